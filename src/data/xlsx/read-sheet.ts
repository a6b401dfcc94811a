/** One worksheet's XML → its rows of cells (values as text) and its merged ranges. */
import { parseCellRef, parseRangeRef, type CellPosition } from "./cell-ref.ts";
import { serialToIsoDate } from "./date-styles.ts";
import { decodeXmlEscapes } from "./shared-strings.ts";
import { scanXml } from "./xml-scan.ts";

export interface SheetCell {
  /** 1 = column A. */
  column: number;
  /** The value as a CSV cell would hold it: text as is, numbers in plain notation, dates as YYYY-MM-DD. */
  value: string;
  kind: "text" | "number" | "date" | "boolean" | "error";
  /** The cell holds a formula (its value is the result the spreadsheet last computed). */
  formula: boolean;
}

export interface SheetRowCells {
  /** The row number the spreadsheet shows (1-based). */
  row: number;
  /** Cells that have a value or a formula, in column order. */
  cells: SheetCell[];
}

export interface SheetData {
  rows: SheetRowCells[];
  merges: { from: CellPosition; to: CellPosition }[];
}

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

interface OpenCell {
  column: number;
  type: string;
  style: number;
  formula: boolean;
  value: string;
  inline: string;
}

export function readSheet(xml: string, ctx: SheetContext): SheetData {
  const rows: SheetRowCells[] = [];
  const merges: SheetData["merges"] = [];
  let row: SheetRowCells | undefined;
  let cell: OpenCell | undefined;
  let reading: "v" | "t" | "" = "";
  scanXml(xml, {
    open(name, a) {
      if (name === "row") {
        // r is optional: a row without it follows the one before.
        row = { row: a["r"] !== undefined ? Number(a["r"]) : (rows.at(-1)?.row ?? 0) + 1, cells: [] };
      } else if (name === "c" && row) {
        const column = parseCellRef(a["r"] ?? "")?.column ?? (row.cells.at(-1)?.column ?? 0) + 1;
        cell = { column, type: a["t"] ?? "n", style: Number(a["s"] ?? 0), formula: false, value: "", inline: "" };
      } else if (name === "f" && cell) cell.formula = true;
      else if (name === "v") reading = "v";
      else if (name === "t" && cell?.type === "inlineStr") reading = "t";
      else if (name === "mergeCell") {
        const range = parseRangeRef(a["ref"] ?? "");
        if (range) merges.push(range);
      }
    },
    close(name) {
      if (name === "v" || name === "t") reading = "";
      else if (name === "c" && row && cell) {
        const read = cellValue(cell, ctx);
        if (read.value !== "" || cell.formula || read.kind === "error") row.cells.push({ column: cell.column, formula: cell.formula, ...read });
        cell = undefined;
      } else if (name === "row" && row) {
        if (row.cells.length > 0) rows.push(row);
        row = undefined;
      }
    },
    text(text) {
      if (!cell) return;
      if (reading === "v") cell.value += text;
      else if (reading === "t") cell.inline += text;
    },
  });
  return { rows, merges };
}

function cellValue(cell: OpenCell, ctx: SheetContext): Pick<SheetCell, "value" | "kind"> {
  switch (cell.type) {
    case "s":
      return { value: ctx.sharedStrings[Number(cell.value)] ?? "", kind: "text" };
    case "inlineStr":
      return { value: decodeXmlEscapes(cell.inline), kind: "text" };
    case "str":
      return { value: decodeXmlEscapes(cell.value), kind: "text" };
    case "b":
      return { value: cell.value === "1" ? "TRUE" : cell.value === "0" ? "FALSE" : cell.value, kind: "boolean" };
    case "e":
      return { value: cell.value, kind: "error" };
    case "d":
      return { value: cell.value.replace(/T00:00(:00(\.0+)?)?Z?$/, ""), kind: "date" };
    default: {
      const text = cell.value.trim();
      if (text === "") return { value: "", kind: "number" };
      const number = Number(text);
      if (!Number.isFinite(number)) return { value: text, kind: "text" };
      if (ctx.dateStyles.has(cell.style)) return { value: serialToIsoDate(number, ctx.date1904), kind: "date" };
      // Excel stores 3.92 as 3.9199999999999999: the shortest text that reads back as the same double is what was typed.
      return { value: String(number), kind: "number" };
    }
  }
}
