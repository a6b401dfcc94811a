/**
 * A small data/ folder for statement tests: the real registry declaration, statement kinds and chart of
 * accounts (so the tests pin them), one organisation and one statement set; each test writes its rows.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { readDataCatalog } from "../../src/data/load-catalog.ts";
import { formatProblem } from "../../src/data/problems.ts";
import { PROJECT_ROOT } from "./data-fixture.ts";

export const ROW_HEADER = "organization,period_start,period_end,statement,line,amount,amount_as_printed,line_as_printed,source";
export const REGISTRY_HEADER = "id,bin,name_kk,name_ru,name_en,type,ownership,legal_form,region,city_kk,city_ru,city_en,source";
export const TEST_ORG = "test-hospital,,Аурухана,Больница,Hospital,hospital,state,municipal-enterprise-rem,astana,Астана,Астана,Astana,test-source";

const SOURCES = { sources: [{ id: "test-source", title: { kk: "т", ru: "т", en: "t" }, publisher: { kk: "т", ru: "т", en: "t" }, date: "2024", url: "https://example.test/", licence: "CC-BY-4.0" }] };
const SET = { id: "test-set", status: "official", title: { kk: "т", ru: "т", en: "t" }, description: { kk: "т", ru: "т", en: "t" }, licence: "CC-BY-4.0" };

/** Line code and amount, in the order the form prints them (an object would put "100" before "010"). */
export type Lines = readonly (readonly [string, number | string])[];

/** The rows of one statement, one per line. */
export function rows(kind: string, year: number, lines: Lines, org = "test-hospital"): string {
  return lines.map(([line, amount]) => `${org},${year}-01-01,${year}-12-31,${kind},${line},${amount},,,test-source`).join("\n");
}

/** The same lines with some amounts replaced (or added at the end). */
export function change(lines: Lines, changes: Record<string, number | string>): Lines {
  const known = new Set(lines.map(([code]) => code));
  return [...lines.map(([code, amount]) => [code, changes[code] ?? amount] as const), ...Object.entries(changes).filter(([code]) => !known.has(code))];
}

/** A balance sheet that balances: assets 1,000,000 = liabilities 200,000 + equity 800,000. */
export const BALANCED_SHEET: Lines = [["010", 100000], ["016", 200000], ["100", 300000], ["121", 700000], ["200", 700000], ["214", 150000], ["300", 150000], ["320", 50000], ["400", 50000], ["410", 600000], ["414", 200000], ["420", 800000], ["500", 800000]];
/** Revenue 1,000,000, profit 120,000. */
export const CONSISTENT_PL: Lines = [["010", 1000000], ["011", 800000], ["012", 200000], ["014", 50000], ["020", 150000], ["100", 150000], ["101", 30000], ["200", 120000], ["300", 120000]];
/** Opening 100,000 + receipts 1,000,000 − payments 900,000 = closing 200,000. */
export const RECONCILED_CASH: Lines = [["opening-cash", 100000], ["receipts-shif", 900000], ["receipts-paid-services", 100000], ["receipts", 1000000], ["payments-payroll", 700000], ["payments-food", 200000], ["payments", 900000], ["closing-cash", 200000]];

/** A data folder with the given files (paths relative to data/, contents as text); returns its path. */
export function statementData(files: Record<string, string>): string {
  const dataDir = join(mkdtempSync(join(tmpdir(), "ohkz-statements-")), "data");
  const copy = (path: string): void => cpSync(join(PROJECT_ROOT, "data", path), join(dataDir, path));
  mkdirSync(join(dataDir, "statements", "test-set"), { recursive: true });
  mkdirSync(join(dataDir, "codelists"), { recursive: true });
  mkdirSync(join(dataDir, "organizations"), { recursive: true });
  copy("codelists/regions.json");
  copy("organizations/organizations.json");
  copy("statements/statement-kinds.json");
  copy("statements/line-items.csv");
  const all: Record<string, string> = {
    "sources.json": JSON.stringify(SOURCES),
    "organizations/organizations.csv": `${REGISTRY_HEADER}\n${TEST_ORG}\n`,
    "statements/test-set/statements.json": JSON.stringify(SET),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dataDir, path)), { recursive: true });
    writeFileSync(join(dataDir, path), text);
  }
  return dataDir;
}

/** Every problem (errors and findings) of a data folder, formatted as the CLI prints them. */
export function problemsIn(dataDir: string): string[] {
  return readDataCatalog(dataDir, join(dataDir, "..")).problems.map(formatProblem);
}

/** The year file of the test set. */
export function yearFile(year: number, body: string): Record<string, string> {
  return { [`statements/test-set/${year}.csv`]: `${ROW_HEADER}\n${body}\n` };
}
