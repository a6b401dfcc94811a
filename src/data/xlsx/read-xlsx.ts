/** An .xlsx file → the first visible worksheet's cells and merged ranges. Works the same in Node, browsers and web workers. */
import { readDateStyles } from "./date-styles.ts";
import { readSheet, type SheetData } from "./read-sheet.ts";
import { readSharedStrings } from "./shared-strings.ts";
import { readWorkbookIndex } from "./workbook-index.ts";
import { XmlError } from "./xml-scan.ts";
import { unzipTextParts, XlsxError } from "./zip-parts.ts";

export interface XlsxSheet extends SheetData {
  /** The sheet that was read. */
  name: string;
  /** Every sheet of the workbook, in order. */
  sheetNames: string[];
}

/** Throws an XlsxError (with a reason for the reader) when the file cannot be read as a workbook. */
export function readXlsx(bytes: Uint8Array): XlsxSheet {
  const load = (names: readonly string[]): Map<string, string> => unzipTextParts(bytes, (name) => names.includes(name));
  try {
    const index = readWorkbookIndex(load);
    const sheet = index.sheets.find((s) => !s.hidden) ?? index.sheets[0];
    if (!sheet) throw new XlsxError("the workbook lists no worksheet");
    const parts = load([sheet.path, index.sharedStringsPath ?? "", index.stylesPath ?? ""].filter((p) => p !== ""));
    const sheetXml = parts.get(sheet.path);
    if (sheetXml === undefined) throw new XlsxError(`the worksheet part ${sheet.path} is missing`);
    const ctx = {
      sharedStrings: readSharedStrings(index.sharedStringsPath ? parts.get(index.sharedStringsPath) : undefined),
      dateStyles: readDateStyles(index.stylesPath ? parts.get(index.stylesPath) : undefined),
      date1904: index.date1904,
    };
    return { name: sheet.name, sheetNames: index.sheets.map((s) => s.name), ...readSheet(sheetXml, ctx) };
  } catch (error) {
    if (error instanceof XmlError) throw new XlsxError(`its XML is broken: ${error.message}`);
    throw error;
  }
}

export { XlsxError };
