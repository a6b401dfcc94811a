/**
 * The .xlsx reader's parts, on markup written by hand to hit what real writers do: namespace prefixes, rows and
 * cells without references, shared and inline strings, rich text, error values, shared formulas, date styles,
 * the 1904 calendar, merged ranges, and packages that lie about their size. (Whole files from openpyxl and
 * LibreOffice are in tests/fixtures/import and tests/data/import-corpus.test.ts.)
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { cellRef, columnLetters, parseCellRef, parseRangeRef } from "../../src/data/xlsx/cell-ref.ts";
import { isDateFormatCode, readDateStyles, serialToIsoDate } from "../../src/data/xlsx/date-styles.ts";
import { readSheet } from "../../src/data/xlsx/read-sheet.ts";
import { readXlsx } from "../../src/data/xlsx/read-xlsx.ts";
import { readSharedStrings } from "../../src/data/xlsx/shared-strings.ts";
import { scanXml, XmlError } from "../../src/data/xlsx/xml-scan.ts";
import { unzipTextParts, XlsxError } from "../../src/data/xlsx/zip-parts.ts";

function events(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    open: (name, a, self) => out.push(`<${name}${Object.entries(a).map(([k, v]) => ` ${k}=${v}`).join("")}${self ? "/" : ""}>`),
    close: (name) => out.push(`</${name}>`),
    text: (text) => out.push(text),
  });
  return out;
}

describe("xml-scan", () => {
  test("elements, attributes, entities, CDATA; prefixes, comments, declarations and xmlns dropped", () => {
    const xml = `<?xml version="1.0"?><!-- a comment --><x:row xmlns:x="urn:x" r="1" t='s&amp;p'><x:v>1 &lt; 2 &#x41;&#66;</x:v><c a="x>y"/><t><![CDATA[<raw> & text]]></t></x:row>`;
    expect(events(xml)).toEqual(["<row r=1 t=s&p>", "<v>", "1 < 2 AB", "</v>", "<c a=x>y/>", "</c>", "<t>", "<raw> & text", "</t>", "</row>"]);
  });

  test.each([
    ['<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', "a DOCTYPE or declaration"],
    ["<x>&nbsp;</x>", "an unknown entity &nbsp;"],
    ["<x>fish & chips</x>", "an unterminated entity reference"],
    ["<x><y</x>", "a tag with no valid name"],
    ['<x a="1', "an unclosed tag"],
    ["<x><!-- never closed</x>", "no closing -->"],
  ])("refuses %s", (xml, message) => {
    expect(() => events(xml)).toThrow(XmlError);
    expect(() => events(xml)).toThrow(message);
  });
});

describe("cell references", () => {
  test.each([
    ["A1", 1, 1],
    ["Z9", 26, 9],
    ["AA12", 27, 12],
    ["$XFD$1048576", 16384, 1048576],
  ])("%s", (ref, column, row) => {
    expect(parseCellRef(ref)).toEqual({ column, row });
    expect(cellRef({ column, row })).toBe(ref.replace(/\$/g, ""));
  });

  test("ranges and letters", () => {
    expect(parseRangeRef("B1:C3")).toEqual({ from: { column: 2, row: 1 }, to: { column: 3, row: 3 } });
    expect(parseRangeRef("D4")).toEqual({ from: { column: 4, row: 4 }, to: { column: 4, row: 4 } });
    expect(parseCellRef("R1C1")).toBeUndefined();
    expect(columnLetters(703)).toBe("AAA");
  });
});

describe("dates", () => {
  test.each([
    ["dd.mm.yyyy", true],
    ["[$-419]d mmm yyyy", true],
    ["mmm-yy", true],
    ["0.00", false],
    ["#,##0", false],
    ["h:mm", false],
    ["[h]:mm", false],
    ["mm:ss", false],
    ['"day "0', false],
    ["[Red]0.0", false],
  ])("format %s is a date: %s", (code, isDate) => {
    expect(isDateFormatCode(code)).toBe(isDate);
  });

  test.each([
    [44561, false, "2021-12-31"],
    [1, false, "1900-01-01"],
    [59, false, "1900-02-28"],
    [61, false, "1900-03-01"],
    [44561.5, false, "2021-12-31T12:00:00"],
    [0, true, "1904-01-01"],
    [43099, true, "2021-12-31"],
  ])("serial %s (1904: %s) is %s", (serial, date1904, iso) => {
    expect(serialToIsoDate(serial, date1904)).toBe(iso);
  });

  test("styles: only cellXfs count, built-in and custom date formats", () => {
    const xml = `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>
      <cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>
      <cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="3"/></cellXfs></styleSheet>`;
    expect([...readDateStyles(xml)]).toEqual([1, 3]);
  });
});

test("shared strings: rich text runs joined, phonetic guides left out, _xHHHH_ escapes decoded", () => {
  const xml = `<sst><si><t>plain</t></si><si><r><rPr><b/></rPr><t>Ал</t></r><r><t xml:space="preserve">маты </t></r><rPh><t>ignored</t></rPh></si><si><t>a_x000D_b</t></si><si><t/></si></sst>`;
  expect(readSharedStrings(xml)).toEqual(["plain", "Алматы ", "a\rb", ""]);
});

describe("a worksheet", () => {
  const ctx = { sharedStrings: ["region", "kz"], dateStyles: new Set([2]), date1904: false };
  const xml = `<worksheet><sheetData>
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>vis</t><t>its</t></is></c></row>
    <row><c t="s"><v>1</v></c><c><v>3.9199999999999999</v></c><c s="2"><v>44561</v></c><c t="b"><v>1</v></c></row>
    <row r="5"><c r="B5" t="e"><v>#N/A</v></c><c r="C5"><f t="shared" si="0"/><v>7</v></c><c r="D5" t="str"><f>A1&amp;"x"</f><v>regionx</v></c><c r="E5" s="1"/></row>
    </sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
  const sheet = readSheet(xml, ctx);

  test("rows keep their numbers; a row without r follows the previous one; empty cells are left out", () => {
    expect(sheet.rows.map((r) => [r.row, r.cells.map((c) => c.column)])).toEqual([
      [1, [1, 3]],
      [2, [1, 2, 3, 4]],
      [5, [2, 3, 4]],
    ]);
  });

  test("values as a CSV cell would hold them", () => {
    expect(sheet.rows.flatMap((r) => r.cells.map((c) => `${c.value}|${c.kind}${c.formula ? "|f" : ""}`))).toEqual([
      "region|text",
      "visits|text",
      "kz|text",
      "3.92|number",
      "2021-12-31|date",
      "TRUE|boolean",
      "#N/A|error",
      "7|number|f",
      "regionx|text|f",
    ]);
  });

  test("merged ranges", () => {
    expect(sheet.merges).toEqual([{ from: { column: 1, row: 1 }, to: { column: 2, row: 1 } }]);
  });
});

describe("the package", () => {
  const CONTENT = `<?xml version="1.0" encoding="UTF-8"?>`;
  function workbook(extra: Record<string, string> = {}): Uint8Array {
    const files: Record<string, string> = {
      "_rels/.rels": `${CONTENT}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="book/main.xml"/></Relationships>`,
      "book/main.xml": `${CONTENT}<x:workbook xmlns:x="urn:main" xmlns:r="urn:rel"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Hidden" sheetId="1" state="hidden" r:id="rId1"/><x:sheet name="Данные" sheetId="2" r:id="rId2"/></x:sheets></x:workbook>`,
      "book/_rels/main.xml.rels": `${CONTENT}<Relationships><Relationship Id="rId1" Type="urn/worksheet" Target="sheets/a.xml"/><Relationship Id="rId2" Type="urn/worksheet" Target="/book/sheets/b.xml"/><Relationship Id="rId3" Type="urn/sharedStrings" Target="strings.xml"/></Relationships>`,
      "book/sheets/a.xml": `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>hidden</t></is></c></row></sheetData></worksheet>`,
      "book/sheets/b.xml": `<x:worksheet xmlns:x="urn:main"><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      "book/strings.xml": `<sst><si><t>Қазақстан</t></si></sst>`,
      ...extra,
    };
    return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
  }

  test("follows the relationships to the first visible sheet, wherever the parts are", () => {
    const sheet = readXlsx(workbook());
    expect(sheet.name).toBe("Данные");
    expect(sheet.sheetNames).toEqual(["Hidden", "Данные"]);
    expect(sheet.rows).toEqual([{ row: 2, cells: [{ column: 2, value: "Қазақстан", kind: "text", formula: false }, { column: 3, value: "0", kind: "number", formula: false }] }]);
  });

  test.each([
    [strToU8("PK\u0003\u0004 not really a zip"), "it is not a valid zip package"],
    [zipSync({ "a.txt": strToU8("x") }), "it has no workbook part (xl/workbook.xml)"],
  ])("names why a file cannot be read", (bytes, reason) => {
    expect(() => readXlsx(bytes)).toThrow(XlsxError);
    expect(() => readXlsx(bytes)).toThrow(reason);
  });

  test("broken XML in a part is a reason, not a crash", () => {
    expect(() => readXlsx(workbook({ "book/sheets/b.xml": "<worksheet><sheetData><row" }))).toThrow("its XML is broken: an unclosed tag");
  });

  test("refuses parts whose declared sizes pass the limit, before inflating them", () => {
    const big = zipSync({ "xl/big.xml": new Uint8Array(200_000) });
    expect(() => unzipTextParts(big, () => true, 100_000)).toThrow("its parts unpack to more than");
    expect(unzipTextParts(big, () => true, 300_000).get("xl/big.xml")).toHaveLength(200_000);
    expect(unzipTextParts(big, (name) => name !== "xl/big.xml", 100).size).toBe(0);
  });
});
