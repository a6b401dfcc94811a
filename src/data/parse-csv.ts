/** Delimited text → header and rows with their line numbers (d3-dsv does the parsing; we only count lines). */
import { dsvFormat } from "d3-dsv";

export interface CsvRow {
  /** 1-based line where the row starts (quoted newlines make a row span several lines). */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  /** 1-based line of the header row. */
  headerLine: number;
  header: string[];
  rows: CsvRow[];
  /**
   * The column each cell stands in, for messages (1 = first column), when cells were taken from a wider
   * sheet (the importer drops empty columns); absent when cell i is column i + 1.
   */
  columnNumbers?: readonly number[];
}

/** Every record of RFC 4180 delimited text with the line it starts on, blank lines included (as [""]). */
export function parseDelimitedRecords(text: string, delimiter = ","): CsvRow[] {
  const rows: CsvRow[] = [];
  let line = 1;
  for (const cells of dsvFormat(delimiter).parseRows(text)) {
    rows.push({ line, cells });
    line += 1 + cells.reduce((n, cell) => n + countLineBreaks(cell), 0);
  }
  return rows;
}

/** Parses RFC 4180 CSV; LF, CRLF and CR line ends are all accepted by d3-dsv. Blank lines are skipped. */
export function parseCsv(text: string): ParsedCsv {
  const rows = parseDelimitedRecords(text).filter((r) => !(r.cells.length === 1 && r.cells[0] === ""));
  const [first, ...rest] = rows;
  return { headerLine: first?.line ?? 1, header: first?.cells ?? [], rows: rest };
}

function countLineBreaks(cell: string): number {
  const m = cell.match(/\r\n|\r|\n/g);
  return m ? m.length : 0;
}
