/**
 * `npm run import` in a temporary copy of the project, as an official's colleague would run it:
 * a clean file is written as data.csv, the changes since the release are printed, and the copy still passes
 * check:data and builds; a revision is reported and needs its reason; a refused file leaves data/ untouched.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvParseRows, dsvFormat } from "d3-dsv";
import { beforeAll, describe, expect, test } from "vitest";
import { datasetCodeSets } from "../../src/data/code-sets.ts";
import { checkImport } from "../../src/data/import/check-import.ts";
import { readDataCatalog } from "../../src/data/load-catalog.ts";
import { listFiles } from "../../src/releases/snapshot.ts";
import { PROJECT_ROOT } from "../support/data-fixture.ts";
import { copyProject, runNpm } from "../support/project-copy.ts";

const SOCIAL = "data/datasets/social-services-statistics/data.csv";
const HOSPITALS = "data/datasets/hospitals-by-region/data.csv";

/** SHA-256 of every file under data/, to prove a refused import wrote nothing. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(join(dir, "data")).map((f) => [f, createHash("sha256").update(readFileSync(join(dir, "data", f))).digest("hex")]));
}

test("importing each dataset's own data.csv gives back the same bytes: the canonical form is the committed one", () => {
  const { catalog } = readDataCatalog(join(PROJECT_ROOT, "data"), PROJECT_ROOT);
  const sourceIds = new Set(catalog.sources.map((s) => s.id));
  for (const { meta } of catalog.datasets) {
    const bytes = readFileSync(join(PROJECT_ROOT, "data/datasets", meta.id, "data.csv"));
    const result = checkImport({ meta, bytes, file: "data.csv", ctx: { codes: datasetCodeSets(meta, catalog.codelists), sourceIds } });
    expect(result.problems, meta.id).toEqual([]);
    expect(result.csv, meta.id).toBe(bytes.toString("utf8"));
  }
});

describe("a clean file with a new row", () => {
  let project = "";
  let before = "";
  let imported: ReturnType<typeof runNpm>;

  beforeAll(() => {
    project = copyProject("ohkz-import-");
    before = readFileSync(join(project, SOCIAL), "utf8");
    // As a spreadsheet saves it: UTF-8 with a BOM, semicolons, CRLF, the source column first, one new quarter.
    const [header = [], ...rows] = csvParseRows(before);
    const order = [header.length - 1, ...header.keys()].slice(0, header.length);
    const source = rows[0]?.[header.length - 1] ?? "";
    const added = ["ssso", "kz", "2024-12-31", "2024-12-31", "300", "organisations", source];
    const text = dsvFormat(";").formatRows([header, ...rows, added].map((r) => order.map((i) => r[i] ?? "")));
    writeFileSync(join(project, "official.csv"), `\uFEFF${text.replace(/\n/g, "\r\n")}\r\n`);
    imported = runNpm(project, ["import", "--", "social-services-statistics", "official.csv"]);
  });

  test("is written as data.csv in the canonical form, with the new row", () => {
    expect(imported.stderr).toBe("");
    expect(imported.status).toBe(0);
    expect(readFileSync(join(project, SOCIAL), "utf8")).toBe(`${before}ssso,kz,2024-12-31,2024-12-31,300,organisations,${csvParseRows(before)[1]?.at(-1)}\n`);
    expect(imported.stdout).toContain("Encoding: UTF-8 with a byte-order mark.");
    expect(imported.stdout).toContain("Columns are separated by semicolons.");
    expect(imported.stdout).toContain(`import: ${SOCIAL} written (${csvParseRows(before).length} rows).`);
  });

  test("prints what changed since the current release", () => {
    expect(imported.stdout).toMatch(/Changes since release 2026-Q4\.1: 1 added, 0 revised, 0 withdrawn\n {2}added {6}indicator=ssso, region=kz, period_start=2024-12-31\n/);
    expect(imported.stdout).not.toContain("need a reason");
  });

  test("passes check:data and builds: no file the checker accepts fails the build", () => {
    const check = runNpm(project, ["check:data"]);
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
    const build = runNpm(project, ["build"], { OUT_DIR: join(project, "dist") });
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    expect(readFileSync(join(project, "dist/data/social-services-statistics/data.csv"), "utf8")).toBe(readFileSync(join(project, SOCIAL), "utf8"));
  });

  test("importing the same file again changes nothing", () => {
    const again = runNpm(project, ["import", "--", "social-services-statistics", "official.csv"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`import: ${SOCIAL} is unchanged`);
  });
});

describe("a file that revises a published value", () => {
  let project = "";
  let imported: ReturnType<typeof runNpm>;

  beforeAll(() => {
    project = copyProject("ohkz-import-");
    // The Bureau's form: "-" where a region did not exist yet (the dataset's import block allows it), 818 → 819.
    const text = readFileSync(join(project, HOSPITALS), "utf8").replace("kz,2022,818,", "kz,2022,819,").replace(/^(abai,2000),,/m, "$1,-,");
    writeFileSync(join(project, "hospitals.csv"), text);
    imported = runNpm(project, ["import", "--", "hospitals-by-region", "hospitals.csv"]);
  });

  test("is written, and the revision is listed with old → new and the reminder about reasons", () => {
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain("Cells marked as missing (\"-\"), left blank: 1.");
    expect(imported.stdout).toContain("Changes since release 2026-Q4.1: 0 added, 1 revised, 0 withdrawn");
    expect(imported.stdout).toContain("revised    region=kz, year=2022: hospitals 818 → 819");
    expect(imported.stdout).toContain("Revised and withdrawn values need a reason in data/revisions.json before `npm run release`");
  });

  test("check:data asks for the reason, and accepts the data once it is recorded", () => {
    const refused = runNpm(project, ["check:data"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("818 → 819 for region=kz, year=2022 revises a value published in 2026-Q4.1 without a recorded reason");
    writeFileSync(join(project, "data/revisions.json"), JSON.stringify({ revisions: [{ dataset: "hospitals-by-region", match: { region: "kz", year: 2022 }, kind: "correction", reason: "The Bureau corrected the 2022 national total." }] }));
    expect(runNpm(project, ["check:data"]).status).toBe(0);
  });
});

describe("a file the checker refuses", () => {
  let project = "";
  beforeAll(() => {
    project = copyProject("ohkz-import-");
  });

  test("is not written: data/ is unchanged, byte for byte, and every problem is located", () => {
    const fingerprintBefore = fingerprint(project);
    const bad = readFileSync(join(project, HOSPITALS), "utf8").replace("kz,2022,818,", "kz,2022,=SUM(C2:C3),").replace("kz,2021,", "kz,2021;");
    writeFileSync(join(project, "bad.csv"), bad);
    const result = runNpm(project, ["import", "--", "hospitals-by-region", "bad.csv"]);
    expect(result.status).toBe(1);
    const line = (prefix: string): number => bad.split("\n").findIndex((l) => l.startsWith(prefix)) + 1;
    expect(result.stderr).toContain(`bad.csv:${line("kz,2021;")}:4 - — the row has 3 cells, the header has 4`);
    expect(result.stderr).toContain(`bad.csv:${line("kz,2022,=")}:3 hospitals — "=SUM(C2:C3)" starts with "=", which a spreadsheet runs as a formula`);
    expect(result.stderr).toContain("import: 2 problem(s) in bad.csv — nothing was written to data/.");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fingerprint(project)).toEqual(fingerprintBefore);
  });

  test("a refused .xlsx is not written either", () => {
    const fingerprintBefore = fingerprint(project);
    const xlsx = join(PROJECT_ROOT, "tests/fixtures/import/site/hospitals-bad.xlsx");
    const result = runNpm(project, ["import", "--", "hospitals-by-region", xlsx, "--header-row", "2"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${xlsx}:2:3 - — the header cells C2:D2 are merged`);
    expect(result.stderr).toContain(`${xlsx}:3:3 - — the cell C3 holds a formula`);
    expect(fingerprint(project)).toEqual(fingerprintBefore);
  });

  test.each([
    [["import", "--", "no-such-dataset", "bad.csv"], 'import: there is no dataset "no-such-dataset"'],
    [["import", "--", "hospitals-by-region", "missing.csv"], "import: missing.csv does not exist"],
    [["import", "--", "hospitals-by-region"], "usage: npm run import -- <dataset> <file.csv|file.xlsx> [--header-row N]"],
    [["import", "--", "hospitals-by-region", "bad.csv", "--header-row", "two"], 'import: --header-row must be a row number (1, 2, …), not "two"'],
  ])("%j is refused with a message", (args, message) => {
    const result = runNpm(project, args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });
});
