/** What a reader of an official's file hands on: every row as text cells, and what it noticed or refused. */
import type { ImportNotice } from "../problem-codes.ts";
import type { DataProblem } from "../problems.ts";

export interface SheetRow {
  /** The row number a spreadsheet shows (blank rows count), used for the header row. */
  row: number;
  /** Where messages point: the text line of a CSV (quoted newlines count), the row of a sheet. */
  line: number;
  cells: string[];
}

export interface SheetRead {
  format: "csv" | "xlsx";
  rows: SheetRow[];
  notices: ImportNotice[];
  /** Problems found while reading, located in the official's file. */
  problems: DataProblem[];
}
