/**
 * The importer over the corpus of real-world files in tests/fixtures/import (its README says what each is for):
 * each file's verdict, what was detected, every located message, and for accepted files the data.csv written.
 * The target is the example dataset of tests/fixtures/data-minimal, whose "import" block allows decimal commas,
 * space-grouped thousands and the markers "-" and "…".
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkImport, type ImportResult } from "../../src/data/import/check-import.ts";
import { formatProblem } from "../../src/data/problems.ts";
import { datasetMetaSchema, type DatasetMeta } from "../../src/data/schema.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { noticeText, problemText } from "../../src/i18n/problem-text.ts";
import { parseCsv } from "../../src/data/parse-csv.ts";
import { readSiteData } from "../../src/releases/read-site-data.ts";
import { copyMinimalData, MINIMAL_CSV, MINIMAL_DATA, PROJECT_ROOT, writeFixture } from "../support/data-fixture.ts";

const CORPUS = join(PROJECT_ROOT, "tests/fixtures/import");
const meta = datasetMetaSchema.parse(JSON.parse(readFileSync(join(MINIMAL_DATA, "datasets/clinic-visits/dataset.json"), "utf8")));
const ctx = { codes: new Map([["regions", new Set(["kz", "abai"])]]), sourceIds: new Set(["test-source"]) };
const HEADER = "region,period_start,period_end,visits,share,comment,source";

function check(file: string, options: { headerRow?: number; meta?: DatasetMeta } = {}): ImportResult {
  return checkImport({ meta: options.meta ?? meta, bytes: readFileSync(join(CORPUS, file)), file, ctx, headerRow: options.headerRow });
}

/** Files whose header is below title rows, and the row the official would name. */
const HEADER_ROWS: Record<string, number> = { "title-rows.csv": 4, "clean.xlsx": 3 };
const ACCEPTED = ["utf8-comma-lf.csv", "utf8-bom-crlf.csv", "windows-1251-semicolon.csv", "utf16le-bom-tab.txt", "cr-line-ends.csv", "title-rows.csv", "rfc4180.csv", "empty-columns-blank-rows.csv", "clean.xlsx", "date1904.xlsx", "two-sheets.xlsx", "libreoffice.xlsx"];

/** Each message up to its fix: `file:line:column field — rule`. */
const located = (result: ImportResult): string[] => result.problems.map((p) => formatProblem(p).split(" — ").slice(0, 2).join(" — "));
const noticeCodes = (result: ImportResult): string[] => result.notices.map((n) => n.code);

describe("files the importer accepts, and the data.csv it writes", () => {
  test.each([
    ["utf8-comma-lf.csv", undefined, ["encoding.utf8", "delimiter.comma", "line-ends", "rows-read"], `${HEADER}\nkz,2019-01-01,2021-12-31,36,12.5,"three years, one figure",test-source\nabai,2022-01-01,2022-12-31,,,,test-source\n`],
    ["utf8-bom-crlf.csv", undefined, ["encoding.utf8-bom", "delimiter.comma", "line-ends", "rows-read"], `${HEADER}\nkz,2019-01-01,2021-12-31,36,12.5,Қазақстан бойынша,test-source\n`],
    [
      "windows-1251-semicolon.csv",
      undefined,
      ["encoding.windows-1251", "delimiter.semicolon", "line-ends", "numbers-converted", "markers-blanked", "rows-read"],
      `${HEADER}\nkz,2019-01-01,2021-12-31,2666,12.5,Всего по республике,test-source\nabai,2022-01-01,2022-12-31,,3.25,Область Абай,test-source\n`,
    ],
    ["utf16le-bom-tab.txt", undefined, ["encoding.utf16", "delimiter.tab", "line-ends", "rows-read"], `${HEADER}\nkz,2019-01-01,2021-12-31,36,12.5,Қазақстан,test-source\n`],
    ["cr-line-ends.csv", undefined, ["encoding.utf8", "delimiter.comma", "line-ends", "rows-read"], `${HEADER}\nkz,2019-01-01,2021-12-31,36,12.5,,test-source\nabai,2022-01-01,2022-12-31,4,1,,test-source\n`],
    ["title-rows.csv", 4, ["encoding.utf8", "delimiter.semicolon", "line-ends", "header-row", "numbers-converted", "rows-read"], `${HEADER}\nkz,2019-01-01,2021-12-31,36,12.5,,test-source\n`],
    [
      "rfc4180.csv",
      undefined,
      ["encoding.utf8", "delimiter.comma", "line-ends", "rows-read"],
      `${HEADER}\nkz,2019-01-01,2021-12-31,36,12.5,"a, b ""quoted""\nand a second line",test-source\nabai,2022-01-01,2022-12-31,,,,test-source\n`,
    ],
    ["empty-columns-blank-rows.csv", undefined, ["encoding.utf8", "delimiter.semicolon", "line-ends", "empty-columns", "blank-rows", "numbers-converted", "rows-read"], `${HEADER}\nkz,2019-01-01,2021-12-31,36,12.5,,test-source\n`],
    [
      "clean.xlsx",
      3,
      ["xlsx.sheet", "xlsx.dates", "header-row", "numbers-converted", "markers-blanked", "rows-read"],
      `${HEADER}\nkz,2019-01-01,2021-12-31,36,12.5,Қазақстан бойынша,test-source\nabai,2022-01-01,2022-12-31,2666,,,test-source\n`,
    ],
    ["date1904.xlsx", undefined, ["xlsx.sheet", "xlsx.dates", "rows-read"], `${HEADER}\nkz,2019-01-01,2021-12-31,36,12.5,,test-source\n`],
    ["two-sheets.xlsx", undefined, ["xlsx.sheet", "xlsx.other-sheets", "rows-read"], `${HEADER}\nkz,2019-01-01,2021-12-31,36,12.5,,test-source\n`],
    ["libreoffice.xlsx", undefined, ["xlsx.sheet", "xlsx.dates", "rows-read"], `${HEADER}\nkz,2019-01-01,2021-12-31,36,12.5,Алматы,test-source\n`],
  ] as const)("%s", (file, headerRow, notices, csv) => {
    const result = check(file, { headerRow });
    expect(located(result)).toEqual([]);
    expect(noticeCodes(result)).toEqual(notices);
    expect(result.csv).toBe(csv);
    expect(result.rows).toHaveLength(parseCsv(csv).rows.length);
  });

  test("no file it accepts fails the build's checks: each data.csv passes check:data in a copy of data/", () => {
    const accepted = readdirSync(CORPUS).filter((file) => /\.(csv|txt|xls|xlsx)$/.test(file)).map((file) => ({ file, result: check(file, { headerRow: HEADER_ROWS[file] }) })).filter(({ result }) => result.problems.length === 0);
    expect(accepted.map((a) => a.file).sort()).toEqual([...ACCEPTED].sort());
    for (const { file, result } of accepted) {
      const dir = copyMinimalData();
      writeFixture(dir, MINIMAL_CSV, result.csv);
      expect(readSiteData(dir, join(dir, "..")).problems.filter((p) => p.severity === "error"), file).toEqual([]);
    }
  });

  test("notices carry what was detected", () => {
    expect(check("windows-1251-semicolon.csv").notices).toContainEqual({ code: "numbers-converted", params: { count: 3 } });
    expect(check("utf8-bom-crlf.csv").notices).toContainEqual({ code: "line-ends", params: { ends: "CRLF" } });
    expect(check("cr-line-ends.csv").notices).toContainEqual({ code: "line-ends", params: { ends: "CR" } });
    expect(check("utf16le-bom-tab.txt").notices).toContainEqual({ code: "encoding.utf16", params: { name: "UTF-16LE" } });
    expect(check("two-sheets.xlsx").notices).toContainEqual({ code: "xlsx.other-sheets", params: { count: 1, sheets: "Примечания" } });
    expect(check("clean.xlsx", { headerRow: 3 }).notices).toContainEqual({ code: "header-row", params: { row: 3 } });
  });

  test("blank and missing are the same thing: a marker becomes a blank cell, read as null", () => {
    const { rows } = check("windows-1251-semicolon.csv");
    expect(rows[1]?.["visits"]).toBeNull();
    expect(rows[0]?.["visits"]).toBe(2666);
    expect(rows[0]?.["share"]).toBe(12.5);
  });
});

describe("files the importer refuses, each with its located messages", () => {
  test.each([
    ["utf16le-no-bom.csv", ["utf16le-no-bom.csv:1:1 - — the file is UTF-16 without a byte-order mark, so its byte order is unknown"]],
    ["not-text.csv", ["not-text.csv:1:1 - — the file is not text: it holds zero bytes"]],
    ["cp1252-euro.csv", ["cp1252-euro.csv:2:38 - — the file is not UTF-8 (byte 0x80 at offset 96)"]],
    ["old-excel.xls", ["old-excel.xls:1:1 - — the file is an old Excel workbook (.xls)"]],
    ["corrupt.xlsx", ["corrupt.xlsx:1:1 - — the .xlsx file cannot be read: it is not a valid zip package (invalid zip data)"]],
    ["mixed-delimiters.csv", ['mixed-delimiters.csv:3:1 - — the row is separated by "," but the header by ";"']],
    ["ragged-rows.csv", ["ragged-rows.csv:2:7 - — the row has 6 cells, the header has 7", "ragged-rows.csv:3:8 - — the row has 8 cells, the header has 7"]],
    ["duplicate-headers.csv", ['duplicate-headers.csv:1:8 visits — the column "visits" appears twice in the header']],
    [
      "formulas.csv",
      [
        'formulas.csv:2:4 visits — "=SUM(D3:D4)" starts with "=", which a spreadsheet runs as a formula',
        'formulas.csv:3:6 comment — "@cmd" starts with "@", which a spreadsheet runs as a formula',
        'formulas.csv:4:6 comment — "+7 701 000 00 00" starts with "+", which a spreadsheet runs as a formula',
      ],
    ],
    [
      "numbers-as-text.csv",
      [
        'numbers-as-text.csv:2:4 visits — expected an integer, got "818 ед."',
        'numbers-as-text.csv:2:5 share — expected a number, got "12%"',
        'numbers-as-text.csv:3:4 visits — expected an integer, got "n/a"',
        'numbers-as-text.csv:3:5 share — expected a number, got "1.5.2"',
      ],
    ],
    ["missing-markers.csv", ["missing-markers.csv:3:1 region — a value is required, the cell is blank"]],
    ["rfc4180-bad.csv", ['rfc4180-bad.csv:4:4 visits — expected an integer, got "many"']],
    ["title-rows.csv", ["title-rows.csv:1:1 - — row 1 holds no declared column name, but row 4 does"]],
    ["merged-header.xlsx", ["merged-header.xlsx:1:2 - — the header cells B1:C1 are merged"]],
    ["formulas.xlsx", ["formulas.xlsx:3:5 share — the cell E3 shows the error #DIV/0!", "formulas.xlsx:4:4 visits — the cell D4 holds a formula"]],
    [
      "numbers-as-text-merged-rows.xlsx",
      ['numbers-as-text-merged-rows.xlsx:2:4 visits — expected an integer, got "818 ед."', "numbers-as-text-merged-rows.xlsx:3:1 region — the cells A3:A4 are merged"],
    ],
  ] as const)("%s", (file, messages) => {
    const result = check(file);
    expect(located(result)).toEqual(messages);
    expect(result.csv).toBe("");
    expect(result.rows).toEqual([]);
  });

  test("an empty spacer column is skipped, and messages keep the file's own column numbers", () => {
    const text = "region;;period_start;period_end;visits;share;comment;source\nkz;;2019-01-01;2021-12-31;many;1;;test-source\n";
    const result = checkImport({ meta, bytes: new TextEncoder().encode(text), file: "spacer.csv", ctx });
    expect(located(result)).toEqual(['spacer.csv:2:5 visits — expected an integer, got "many"']);
    expect(result.notices).toContainEqual({ code: "empty-columns", params: { count: 1 } });
  });

  test("a header row past the end of the file is named", () => {
    expect(located(check("utf8-comma-lf.csv", { headerRow: 9 }))).toEqual(["utf8-comma-lf.csv:1:1 - — row 9 is blank or past the end of the file (its last row is 3)"]);
  });

  test("decimal commas and grouped thousands are refused, with a hint, where the dataset does not allow them", () => {
    const strict: DatasetMeta = { ...meta, import: undefined };
    const result = check("windows-1251-semicolon.csv", { meta: strict });
    expect(located(result)).toEqual([
      'windows-1251-semicolon.csv:2:4 visits — expected an integer, got "2\u00a0666"',
      'windows-1251-semicolon.csv:2:5 share — expected a number, got "12,5"',
      'windows-1251-semicolon.csv:3:5 share — expected a number, got "3,25"',
    ]);
    expect(result.problems.map((p) => p.message?.params["hint"])).toEqual(["thousands", "decimal-comma", "decimal-comma"]);
  });
});

test("every message of the corpus can be said in kk, ru and en, with nothing left unfilled", () => {
  const files = ["mixed-delimiters.csv", "ragged-rows.csv", "formulas.csv", "formulas.xlsx", "merged-header.xlsx", "utf16le-no-bom.csv", "title-rows.csv", "clean.xlsx", "windows-1251-semicolon.csv"];
  for (const file of files) {
    const result = check(file);
    for (const locale of LOCALES) {
      for (const problem of result.problems) {
        expect(problem.message, formatProblem(problem)).toBeDefined();
        const text = problemText(problem.message!, locale);
        expect(`${text.rule} ${text.fix}`, `${file} ${locale}`).not.toMatch(/\{\w+\}/);
      }
      for (const notice of result.notices) expect(noticeText(notice, locale), `${file} ${locale}`).not.toMatch(/\{\w+\}/);
    }
  }
});

test("every file of the corpus is described in its README", () => {
  const readme = readFileSync(join(CORPUS, "README.md"), "utf8");
  const files = readdirSync(CORPUS).filter((file) => /\.(csv|txt|xls|xlsx)$/.test(file));
  expect(files.filter((file) => !readme.includes(`| \`${file}\` |`))).toEqual([]);
});
