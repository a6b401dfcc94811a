/** The cell, header and key rules, pinned with their messages (good and bad cases in one table). */
import { describe, expect, test } from "vitest";
import { datasetMetaSchema } from "../../src/data/schema.ts";
import { validateDatasetCsv } from "../../src/data/validate-dataset.ts";
import { formatProblem } from "../../src/data/problems.ts";
import { MINIMAL_DATA } from "../support/data-fixture.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const meta = datasetMetaSchema.parse(JSON.parse(readFileSync(join(MINIMAL_DATA, "datasets/clinic-visits/dataset.json"), "utf8")));
const ctx = { codes: new Map([["regions", new Set(["kz", "abai"])]]), sourceIds: new Set(["test-source"]) };
const HEADER = "region,period_start,period_end,visits,share,comment,source";
const FILE = "data/datasets/clinic-visits/data.csv";

function check(csv: string | Uint8Array): string[] {
  const bytes = typeof csv === "string" ? new TextEncoder().encode(csv) : csv;
  return validateDatasetCsv(meta, bytes, FILE, ctx).problems.map(formatProblem);
}

describe("rows that are valid", () => {
  test.each([
    ["a full row", `${HEADER}\nkz,2019-01-01,2021-12-31,36,12.5,note,test-source\n`],
    ["blank optional cells", `${HEADER}\nkz,2019-01-01,2021-12-31,,,,test-source\n`],
    ["a declared missing-value marker", `${HEADER}\nkz,2019-01-01,2021-12-31,-,-,,test-source\n`],
    ["CRLF line ends", `${HEADER}\r\nkz,2019-01-01,2021-12-31,36,1,,test-source\r\n`],
    ["a UTF-8 byte-order mark", `\uFEFF${HEADER}\nkz,2019-01-01,2021-12-31,36,1,,test-source\n`],
    ["no final newline", `${HEADER}\nkz,2019-01-01,2021-12-31,36,1,,test-source`],
    ["quoted commas, quotes and newlines", `${HEADER}\nkz,2019-01-01,2021-12-31,36,1,"a, ""b""\nc",test-source\n`],
    ["columns in another order", `source,region,period_start,period_end,visits,share,comment\ntest-source,kz,2019-01-01,2021-12-31,36,1,\n`],
  ])("%s", (_, csv) => {
    expect(check(csv)).toEqual([]);
  });

  test("a blank cell is null, never 0", () => {
    const { rows } = validateDatasetCsv(meta, new TextEncoder().encode(`${HEADER}\nkz,2019-01-01,2021-12-31,,-,,test-source\n`), FILE, ctx);
    expect(rows[0]?.["visits"]).toBeNull();
    expect(rows[0]?.["share"]).toBeNull();
  });
});

describe("rows that are refused, with their messages", () => {
  test.each([
    [
      "a wrong type",
      `${HEADER}\nkz,2019-01-01,2021-12-31,12.5,1,,test-source\n`,
      'data/datasets/clinic-visits/data.csv:2:4 visits — expected an integer, got "12.5" — write a whole number with no spaces or separators, e.g. 2666, or leave the cell blank if the value is missing',
    ],
    [
      "thousands separators",
      `${HEADER}\nkz,2019-01-01,2021-12-31,2 666,1,,test-source\n`,
      'data/datasets/clinic-visits/data.csv:2:4 visits — expected an integer, got "2 666" — remove the thousands separators: write a whole number with no spaces or separators, e.g. 2666, or leave the cell blank if the value is missing',
    ],
    [
      "a decimal comma",
      `${HEADER}\nkz,2019-01-01,2021-12-31,1,"3,5",,test-source\n`,
      'data/datasets/clinic-visits/data.csv:2:5 share — expected a number, got "3,5" — use a dot, not a comma, for decimals: write digits with a dot for decimals and no thousands separators, e.g. 3.92, or leave the cell blank if the value is missing',
    ],
    [
      "a value out of range",
      `${HEADER}\nkz,2019-01-01,2021-12-31,1,101,,test-source\n`,
      "data/datasets/clinic-visits/data.csv:2:5 share — 101 is above the maximum 100 — check the value; share must be at most 100",
    ],
    [
      "a missing required value",
      `${HEADER}\nkz,,2021-12-31,1,1,,test-source\n`,
      "data/datasets/clinic-visits/data.csv:2:2 period_start — a value is required, the cell is blank — fill in the value; a required field cannot be missing",
    ],
    [
      "a duplicate primary key",
      `${HEADER}\nkz,2019-01-01,2021-12-31,1,1,,test-source\nkz,2019-01-01,2021-12-31,2,2,,test-source\n`,
      "data/datasets/clinic-visits/data.csv:3:1 region+period_start — duplicate primary key region=kz, period_start=2019-01-01, first on line 2 — keep one row per key: remove the duplicate or correct its key",
    ],
    [
      "an unknown source id",
      `${HEADER}\nkz,2019-01-01,2021-12-31,1,1,,nobody\n`,
      'data/datasets/clinic-visits/data.csv:2:7 source — source id "nobody" is not in data/sources.json — add the source to data/sources.json or correct the id',
    ],
    [
      "an unknown code",
      `${HEADER}\natlantis,2019-01-01,2021-12-31,1,1,,test-source\n`,
      'data/datasets/clinic-visits/data.csv:2:1 region — "atlantis" is not a code of the "regions" code list — use one of: kz, abai (or add the code to the list)',
    ],
    [
      "an unknown column",
      `${HEADER},colour\nkz,2019-01-01,2021-12-31,1,1,,test-source,red\n`,
      'data/datasets/clinic-visits/data.csv:1:8 colour — unknown column "colour" — declare it in dataset.json or remove it; declared columns: region, period_start, period_end, visits, share, comment, source',
    ],
    [
      "a missing column",
      `region,period_start,period_end,visits,share,source\nkz,2019-01-01,2021-12-31,1,1,test-source\n`,
      'data/datasets/clinic-visits/data.csv:1:7 comment — the declared column "comment" is missing from the header — add the column (blank cells are allowed where the field is not required)',
    ],
    [
      "a duplicate header",
      `${HEADER},visits\nkz,2019-01-01,2021-12-31,1,1,,test-source,1\n`,
      'data/datasets/clinic-visits/data.csv:1:8 visits — the column "visits" appears twice in the header — remove or rename the duplicate column',
    ],
    [
      "a formula-looking text cell",
      `${HEADER}\nkz,2019-01-01,2021-12-31,1,1,"=HYPERLINK(""http://x"")",test-source\n`,
      'data/datasets/clinic-visits/data.csv:2:6 comment — "=HYPERLINK(\\"http://x\\")" starts with "=", which a spreadsheet runs as a formula — type the value itself, without a leading = + @ or tab (put an apostrophe-free plain value)',
    ],
    [
      "an invalid date",
      `${HEADER}\nkz,2021-02-30,2021-12-31,1,1,,test-source\n`,
      'data/datasets/clinic-visits/data.csv:2:2 period_start — "2021-02-30" is not a date in the calendar — write the date as YYYY-MM-DD, e.g. 2021-12-31',
    ],
    [
      "a period that ends before it starts",
      `${HEADER}\nkz,2021-01-01,2019-12-31,1,1,,test-source\n`,
      "data/datasets/clinic-visits/data.csv:2:3 period_end — the period ends (2019-12-31) before it starts (2021-01-01) — swap the dates or correct them",
    ],
    [
      "a ragged row",
      `${HEADER}\nkz,2019-01-01,2021-12-31,1,1,test-source\n`,
      "data/datasets/clinic-visits/data.csv:2:7 - — the row has 6 cells, the header has 7 — make every row have one cell per column (check for a stray or missing comma, or an unclosed quote)",
    ],
  ])("%s", (_, csv, message) => {
    expect(check(csv)).toEqual([message]);
  });

  test("a file that is not UTF-8 (Windows-1251) names the byte and its line", () => {
    const cp1251 = Uint8Array.from([...new TextEncoder().encode(`${HEADER}\nkz,2019-01-01,2021-12-31,1,1,`), 0xcf, 0xf0, ...new TextEncoder().encode(",test-source\n")]);
    expect(check(cp1251)).toEqual([
      "data/datasets/clinic-visits/data.csv:2:30 - — the file is not UTF-8 (byte 0xCF at offset 88) — save the file as UTF-8 (in Excel: Save As → CSV UTF-8; in LibreOffice: Character set → Unicode (UTF-8))",
    ]);
  });

  test("every problem is reported, not only the first, with lines counted across quoted newlines", () => {
    const csv = `${HEADER}\nkz,2019-01-01,2021-12-31,x,1,"two\nlines",test-source\nabai,2019-13-01,2021-12-31,1,1,,nobody\n`;
    expect(check(csv).map((m) => m.split(" — ")[0])).toEqual([
      "data/datasets/clinic-visits/data.csv:2:4 visits",
      "data/datasets/clinic-visits/data.csv:4:2 period_start",
      "data/datasets/clinic-visits/data.csv:4:7 source",
    ]);
  });
});

describe("links in sources", () => {
  test.each(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>"])("%s is refused", async (url) => {
    const { sourceSchema } = await import("../../src/data/schema.ts");
    const text = { kk: "x", ru: "x", en: "x" };
    const result = sourceSchema.safeParse({ id: "s", title: text, publisher: text, date: "2020", licence: "x", url });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("use an http:// or https:// address");
  });
});
