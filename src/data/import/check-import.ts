/**
 * The importer's front end, shared by `npm run import` and the /publish/ page (in a web worker): an official's
 * CSV or .xlsx → notices, located problems, and — only when there are none — the canonical data.csv and its rows.
 * The canonical text is validated again by validateDatasetCsv, the build's own check, before anyone may write it.
 */
import type { CellContext } from "../cell-rules.ts";
import { checkChartPointsUnique } from "../metadata-rules.ts";
import type { ParsedCsv } from "../parse-csv.ts";
import type { ImportNotice } from "../problem-codes.ts";
import type { DataProblem } from "../problems.ts";
import type { DatasetRow } from "../records.ts";
import type { DatasetMeta } from "../schema.ts";
import { validateDatasetCsv, validateDatasetRows } from "../validate-dataset.ts";
import { canonicalCsv } from "./canonical-csv.ts";
import { normaliseCells } from "./normalise-cells.ts";
import { readDelimited } from "./read-delimited.ts";
import { readWorkbookFile } from "./read-workbook-file.ts";
import { selectHeader } from "./select-header.ts";
import type { SheetRead } from "./sheet-read.ts";

export interface ImportRequest {
  meta: DatasetMeta;
  bytes: Uint8Array;
  /** The official's file name, as messages show it. */
  file: string;
  /** The spreadsheet row with the column names; default: the dataset's import.headerRow, else 1. */
  headerRow?: number;
  ctx: Omit<CellContext, "missingValues">;
  /** Called between steps, so a page can show how far the check is. */
  onProgress?: (step: ImportStep) => void;
}

export type ImportStep = "read" | "header" | "validate" | "canonical" | "done";

export interface ImportResult {
  format: "csv" | "xlsx";
  headerRow: number;
  notices: ImportNotice[];
  /** Located in the official's file: line (CSV) or row (.xlsx), and column. Sorted by where they are. */
  problems: DataProblem[];
  /** The typed rows and the canonical data.csv; empty when there are problems. */
  rows: DatasetRow[];
  csv: string;
}

/** Files larger than this are refused before reading: far above a 50,000-row quarterly file. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

export function checkImport(request: ImportRequest): ImportResult {
  const { meta, bytes, file, ctx, onProgress } = request;
  const headerRow = request.headerRow ?? meta.import?.headerRow ?? 1;
  const format = startsWith(bytes, ZIP) ? "xlsx" : "csv";
  const refuse = (problems: DataProblem[], notices: ImportNotice[] = []): ImportResult => ({ format, headerRow, notices, problems: sortProblems(problems), rows: [], csv: "" });
  const whole = (code: "file.too-large" | "file.xls", rule: string, fix: string, params: Record<string, number> = {}): ImportResult =>
    refuse([{ severity: "error", file, line: 1, column: 1, field: "-", rule, fix, message: { code, params } }]);

  if (bytes.length > MAX_FILE_BYTES) {
    const size = Math.round(bytes.length / 1024 / 1024);
    return whole("file.too-large", `the file is ${size} MB, more than ${MAX_FILE_BYTES / 1024 / 1024} MB`, "split it, or leave out columns and sheets that are not part of the dataset", { size, limit: MAX_FILE_BYTES / 1024 / 1024 });
  }
  if (startsWith(bytes, OLE)) return whole("file.xls", "the file is an old Excel workbook (.xls)", "save it as .xlsx (Excel Workbook) or export the sheet as CSV UTF-8");

  onProgress?.("read");
  const read: SheetRead = format === "xlsx" ? readWorkbookFile(bytes, file, headerRow) : readDelimited(bytes, file, headerRow, new Set(meta.fields.map((f) => f.name)));
  if (read.rows.length === 0 && read.problems.length > 0) return refuse(read.problems, read.notices);

  onProgress?.("header");
  const selection = selectHeader(read, headerRow, meta, file);
  const notices = [...read.notices, ...selection.notices];
  if (!selection.parsed) return refuse([...read.problems, ...selection.problems], notices);
  const parsed = selection.parsed;
  notices.push(...normaliseCells(parsed, meta));

  onProgress?.("validate");
  const validated = validateDatasetRows(meta, parsed, file, ctx);
  notices.push({ code: "rows-read", params: { count: parsed.rows.length } });
  const problems = [...nameColumns(read.problems, parsed), ...validated.problems];
  if (problems.length === 0) problems.push(...checkChartPointsUnique(meta, validated.rows, file, validated.rowLines));
  if (problems.length > 0) return refuse(problems, notices);

  onProgress?.("canonical");
  const csv = canonicalCsv(meta, parsed);
  const strict = validateDatasetCsv(meta, new TextEncoder().encode(csv), `data/datasets/${meta.id}/data.csv`, ctx);
  onProgress?.("done");
  if (strict.problems.length > 0) return refuse(strict.problems, notices);
  return { format, headerRow, notices, problems: [], rows: strict.rows, csv };
}

/** Problems found while reading know the cell, not its column's name: take it from the header. */
function nameColumns(problems: readonly DataProblem[], parsed: ParsedCsv): DataProblem[] {
  const names = new Map(parsed.header.map((name, i) => [parsed.columnNumbers?.[i] ?? i + 1, name]));
  const named = (p: DataProblem): boolean => p.message?.code.startsWith("xlsx.") === true && p.line > parsed.headerLine && names.has(p.column);
  return problems.map((p) => (named(p) ? { ...p, field: names.get(p.column) ?? "-" } : p));
}

function sortProblems(problems: DataProblem[]): DataProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
