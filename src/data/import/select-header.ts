/**
 * Rows of an official's sheet → header and data rows for validation: the header is the row the official names
 * (title rows above it are skipped), blank rows and wholly empty columns are dropped, trailing empty cells trimmed.
 */
import type { ParsedCsv } from "../parse-csv.ts";
import type { ImportNotice } from "../problem-codes.ts";
import type { DataProblem } from "../problems.ts";
import type { DatasetMeta } from "../schema.ts";
import type { SheetRead, SheetRow } from "./sheet-read.ts";

export interface HeaderSelection {
  /** Absent when no header could be found; the problems say why. */
  parsed?: ParsedCsv;
  notices: ImportNotice[];
  problems: DataProblem[];
}

const SPACES = /^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g;
const isBlank = (cell: string): boolean => cell.replace(SPACES, "") === "";

export function selectHeader(read: SheetRead, headerRow: number, meta: DatasetMeta, file: string): HeaderSelection {
  const nonBlank = read.rows.filter((r) => !r.cells.every(isBlank));
  const headerAt = nonBlank.find((r) => r.row === headerRow);
  const declared = new Set(meta.fields.map((f) => f.name));
  const declaredIn = (r: SheetRow): number => r.cells.filter((c) => declared.has(c.replace(SPACES, ""))).length;
  const problem = (line: number, code: "header.row-out-of-range" | "header.elsewhere", params: Record<string, number>, rule: string, fix: string): HeaderSelection => ({
    notices: [],
    problems: [{ severity: "error", file, line, column: 1, field: "-", rule, fix, message: { code, params } }],
  });
  if (nonBlank.length === 0) return { parsed: { headerLine: 1, header: [], rows: [] }, notices: [], problems: [] };
  if (!headerAt) {
    const last = read.rows.at(-1)?.row ?? 0;
    return problem(1, "header.row-out-of-range", { row: headerRow, last }, `row ${headerRow} is blank or past the end of the file (its last row is ${last})`, "give the number of the row that holds the column names, as the spreadsheet numbers it");
  }
  if (declaredIn(headerAt) === 0) {
    const elsewhere = nonBlank.find((r) => r.row !== headerRow && declaredIn(r) >= Math.min(2, declared.size));
    if (elsewhere) {
      return problem(headerAt.line, "header.elsewhere", { row: elsewhere.row, given: headerRow }, `row ${headerRow} holds no declared column name, but row ${elsewhere.row} does`, `say that the header is on row ${elsewhere.row} (npm run import … --header-row ${elsewhere.row}, or the "Header row" box on the checking page)`);
    }
  }

  const width = headerAt.cells.length;
  const dataRows = nonBlank.filter((r) => r.row > headerRow);
  const keep = headerAt.cells.map((_, j) => j).filter((j) => !isBlank(headerAt.cells[j] ?? "") || dataRows.some((r) => !isBlank(r.cells[j] ?? "")));
  const notices: ImportNotice[] = [];
  if (headerRow > 1) notices.push({ code: "header-row", params: { row: headerRow } });
  const dropped = width - keep.length;
  if (dropped > 0) notices.push({ code: "empty-columns", params: { count: dropped } });
  const blank = read.rows.filter((r) => r.row > headerRow).length - dataRows.length;
  if (blank > 0) notices.push({ code: "blank-rows", params: { count: blank } });

  const project = (cells: readonly string[]): string[] => {
    const tail = cells.slice(width);
    // Cells past the header are kept only when they hold something, so that the row is reported as ragged.
    const extra = tail.some((c) => !isBlank(c)) ? tail : [];
    const base = read.format === "xlsx" ? keep.map((j) => cells[j] ?? "") : keep.filter((j) => j < cells.length).map((j) => cells[j] ?? "");
    return [...base, ...extra];
  };
  return {
    parsed: {
      headerLine: headerAt.line,
      header: keep.map((j) => (headerAt.cells[j] ?? "").replace(SPACES, "")),
      rows: dataRows.map((r) => ({ line: r.line, cells: project(r.cells) })),
      columnNumbers: keep.map((j) => j + 1),
    },
    notices,
    problems: [],
  };
}
