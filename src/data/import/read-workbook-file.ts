/**
 * An .xlsx file as officials save it → rows of cells (the first visible sheet). Formulas, error values and merged
 * cells from the header row down are refused with the cell reference; rows above the header (titles) may have them.
 */
import type { ImportNotice, ProblemMessage } from "../problem-codes.ts";
import type { DataProblem } from "../problems.ts";
import { cellRef, columnLetters } from "../xlsx/cell-ref.ts";
import { readXlsx, XlsxError, type XlsxSheet } from "../xlsx/read-xlsx.ts";
import type { SheetRead, SheetRow } from "./sheet-read.ts";

export function readWorkbookFile(bytes: Uint8Array, file: string, headerRow: number): SheetRead {
  let sheet: XlsxSheet;
  try {
    sheet = readXlsx(bytes);
  } catch (error) {
    if (!(error instanceof XlsxError)) throw error;
    const problem: DataProblem = {
      severity: "error",
      file,
      line: 1,
      column: 1,
      field: "-",
      rule: `the .xlsx file cannot be read: ${error.reason}`,
      fix: "open it in the spreadsheet and save it again as .xlsx (Excel Workbook), or export the sheet as CSV UTF-8",
      message: { code: "xlsx.unreadable", params: { reason: error.reason } },
    };
    return { format: "xlsx", rows: [], notices: [], problems: [problem] };
  }
  const notices: ImportNotice[] = [{ code: "xlsx.sheet", params: { sheet: sheet.name } }];
  const others = sheet.sheetNames.filter((n) => n !== sheet.name);
  if (others.length > 0) notices.push({ code: "xlsx.other-sheets", params: { count: others.length, sheets: others.join(", ") } });

  const problems: DataProblem[] = [];
  const refused = new Set<number>();
  const at = (row: number, column: number, message: ProblemMessage, rule: string, fix: string): void => {
    problems.push({ severity: "error", file, line: row, column, field: "-", rule, fix, message });
    refused.add(row);
  };
  for (const { from, to } of sheet.merges) {
    if (to.row < headerRow) continue;
    const ref = `${cellRef(from)}:${cellRef(to)}`;
    for (let row = Math.max(from.row, headerRow); row <= to.row; row++) refused.add(row);
    if (from.row <= headerRow) at(from.row, from.column, { code: "xlsx.merged-header", params: { ref } }, `the header cells ${ref} are merged`, "unmerge them (Merge & Center off) and write one column name in each cell of the header row");
    else at(from.row, from.column, { code: "xlsx.merged-cells", params: { ref } }, `the cells ${ref} are merged`, "unmerge them and write the value in every cell it belongs to");
  }
  let dates = 0;
  const rows: SheetRow[] = sheet.rows.map(({ row, cells }) => {
    const dense: string[] = Array.from({ length: cells.at(-1)?.column ?? 0 }, () => "");
    for (const cell of cells) {
      dense[cell.column - 1] = cell.value;
      if (row < headerRow) continue;
      const ref = `${columnLetters(cell.column)}${row}`;
      if (cell.formula) at(row, cell.column, { code: "xlsx.formula", params: { ref } }, `the cell ${ref} holds a formula`, "copy the sheet and paste it as values only (Paste Special → Values), so every cell holds the figure itself");
      else if (cell.kind === "error") at(row, cell.column, { code: "xlsx.error-value", params: { ref, value: cell.value } }, `the cell ${ref} shows the error ${cell.value}`, "correct the cell in the spreadsheet, or leave it blank if the value is missing");
      else if (cell.kind === "date" && row > headerRow) dates += 1;
    }
    return { row, line: row, cells: dense };
  });
  if (dates > 0) notices.push({ code: "xlsx.dates", params: { count: dates } });
  // A refused header row leaves nothing to check; refused data rows are left out so their cells are not reported twice.
  const kept = refused.has(headerRow) ? [] : rows.filter((r) => !refused.has(r.row));
  return { format: "xlsx", rows: kept, notices, problems };
}
