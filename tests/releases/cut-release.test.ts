/**
 * The whole release path in a temporary copy of the repository: a revision without a reason is refused,
 * with a reason it is frozen with its manifest and chain, and the built site shows the diff and keeps
 * every earlier version downloadable.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { releaseManifestSchema } from "../../src/releases/manifest-schema.ts";
import { sha256 } from "../../src/releases/snapshot.ts";
import { copyProject, runNpm } from "../support/project-copy.ts";

const CSV = "data/datasets/hospitals-by-region/data.csv";
let project = "";
let line = 0;

beforeAll(() => {
  project = copyProject();
  const lines = readFileSync(join(project, CSV), "utf8").split("\n");
  line = lines.findIndex((l) => l.startsWith("kz,2022,818,")) + 1;
  lines[line - 1] = lines[line - 1]!.replace("kz,2022,818,", "kz,2022,819,");
  writeFileSync(join(project, CSV), lines.join("\n"));
});

describe("npm run release", () => {
  test("refuses a revised published value that has no recorded reason, and freezes nothing", () => {
    const result = runNpm(project, ["release", "--", "2027-Q1", "--date", "2027-02-26"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${CSV}:${line}:3 hospitals — 818 → 819 for region=kz, year=2022 revises a value published in 2026-Q4.1 without a recorded reason — add to data/revisions.json:`,
    );
    expect(existsSync(join(project, "data/releases/2027-Q1"))).toBe(false);
    expect(runNpm(project, ["check:data"]).status).toBe(1);
  });

  test("with a reason, freezes the files with a manifest chained to the previous release", () => {
    const reason = "The Bureau of National Statistics corrected the 2022 national total in its revised table.";
    writeFileSync(join(project, "data/revisions.json"), JSON.stringify({ revisions: [{ dataset: "hospitals-by-region", match: { region: "kz", year: 2022 }, kind: "correction", reason }] }));
    writeFileSync(join(project, "notes.json"), JSON.stringify({ kk: "Түзету.", ru: "Исправление.", en: "A correction." }));
    const result = runNpm(project, ["release", "--", "2027-Q1", "--date", "2027-02-26", "--notes", "notes.json"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);

    const manifestBytes = readFileSync(join(project, "data/releases/2027-Q1/manifest.json"));
    const manifest = releaseManifestSchema.parse(JSON.parse(manifestBytes.toString("utf8")));
    expect(manifest).toMatchObject({ id: "2027-Q1", date: "2027-02-26", notes: { en: "A correction." } });
    expect(manifest.previous).toEqual({ id: "2026-Q4.1", manifestSha256: sha256(readFileSync(join(project, "data/releases/2026-Q4.1/manifest.json"))) });
    expect(manifest.changes).toEqual({
      "hospitals-by-region": {
        added: [],
        revised: [{ key: { region: "kz", year: 2022 }, changes: [{ field: "hospitals", old: 818, new: 819 }], reason: { kind: "correction", text: reason } }],
        withdrawn: [],
      },
    });
    for (const file of manifest.files) expect(sha256(readFileSync(join(project, "data/releases/2027-Q1", file.path))), file.path).toBe(file.sha256);
    expect(readFileSync(join(project, "data/releases/2027-Q1/datasets/hospitals-by-region/data.csv"))).toEqual(readFileSync(join(project, CSV)));
    expect(JSON.parse(readFileSync(join(project, "data/revisions.json"), "utf8"))).toEqual({ revisions: [] });
    expect(result.stdout).toContain(`manifest SHA-256 ${sha256(manifestBytes)}`);
    expect(runNpm(project, ["verify"]).status).toBe(0);
  });

  test("refuses an id that exists already", () => {
    const result = runNpm(project, ["release", "--", "2027-Q1", "--date", "2027-03-01"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("data/releases/2027-Q1:1:1 - — release 2027-Q1 exists already — choose the next id; a release is never replaced");
  });

  test("refuses a release that changes nothing", () => {
    const result = runNpm(project, ["release", "--", "2027-Q2", "--date", "2027-05-28"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("nothing changed since 2027-Q1");
    expect(existsSync(join(project, "data/releases/2027-Q2"))).toBe(false);
  });

  test("refuses a release whose data fails validation", () => {
    const copy = copyProject();
    writeFileSync(join(copy, CSV), readFileSync(join(copy, CSV), "utf8").replace("kz,2022,818,", "kz,2022,eight,"));
    const result = runNpm(copy, ["release", "--", "2027-Q1", "--date", "2027-02-26"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`hospitals — expected an integer, got "eight"`);
    expect(existsSync(join(copy, "data/releases/2027-Q1"))).toBe(false);
  });
});

test("refuses to release on top of a hand-edited frozen file", () => {
  const copy = copyProject();
  const frozen = join(copy, "data/releases/2026-Q4/sources.json");
  writeFileSync(frozen, readFileSync(frozen, "utf8").replace("World Bank", "World  Bank"));
  const result = runNpm(copy, ["release", "--", "2027-Q1", "--date", "2027-02-26"]);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("data/releases/2026-Q4/sources.json:1:1 - — a frozen file of release 2026-Q4 was altered (its SHA-256 differs from the manifest)");
  expect(existsSync(join(copy, "data/releases/2027-Q1"))).toBe(false);
});

describe("the site built from the new release", () => {
  const out = (): string => join(project, "dist");
  beforeAll(() => {
    const build = runNpm(project, ["build"], { OUT_DIR: join(project, "dist") });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout.slice(-2000)}\n${build.stderr.slice(-2000)}`);
  });

  test("the release page lists the revision, old and new value, with its reason", () => {
    const html = readFileSync(join(out(), "en/releases/2027-Q1/index.html"), "utf8").replace(/\s+/g, " ");
    expect(html).toContain("A correction.");
    expect(html).toMatch(/Correction: The Bureau of National Statistics corrected the 2022 national total/);
    expect(html).toMatch(/<th scope="row">Kazakhstan \(total\) · 2022<\/th><td>Hospitals<\/td><td class="num">818<\/td><td class="num">819<\/td>/);
  });

  test("the dataset page marks the revised figure and footnotes its earlier value", () => {
    const html = readFileSync(join(out(), "en/datasets/hospitals-by-region/index.html"), "utf8");
    expect(html).toMatch(/819<a class="revision-marker" href="#rev-hospitals-national-1"/);
    expect(html).toContain("Earlier: 818 (release 2026-Q4.1)");
    expect(html.replace(/\s+/g, " ")).toMatch(/<li id="rev-hospitals-national-1"><strong>2022<\/strong>: 818 in release 2026-Q4.1, 819 since release 2027-Q1\./);
  });

  test("every release stays downloadable as it was frozen", () => {
    for (const release of ["2026-Q4", "2026-Q4.1", "2027-Q1"]) {
      const frozen = readFileSync(join(project, "data/releases", release, "datasets/hospitals-by-region/data.csv"));
      expect(readFileSync(join(out(), "data/hospitals-by-region", `${release}.csv`)).equals(frozen), release).toBe(true);
      const json = JSON.parse(readFileSync(join(out(), "data/hospitals-by-region", `${release}.json`), "utf8")) as { release: string; rows: { region: string; year: number; hospitals: number | null }[] };
      expect(json.release).toBe(release);
      expect(json.rows.find((r) => r.region === "kz" && r.year === 2022)?.hospitals).toBe(release === "2027-Q1" ? 819 : 818);
    }
  });

  test("the Atom feed announces the release with its notes", () => {
    const feed = readFileSync(join(out(), "en/releases/feed.xml"), "utf8");
    expect(feed).toContain("<title>Release 2027-Q1</title>");
    expect(feed).toContain("<updated>2027-02-26T00:00:00Z</updated>");
    expect(feed).toContain("A correction.");
  });
});
