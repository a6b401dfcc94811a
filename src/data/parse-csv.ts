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
  const rows: CsvRow[] = [];
  forEachCsvRow(text, (row) => void rows.push(row));
  const [first, ...rest] = rows;
  return { headerLine: first?.line ?? 1, header: first?.cells ?? [], rows: rest };
}

/**
 * Calls `visit` with each row of CSV text in turn (the header first), blank lines skipped: a file of a
 * million statement rows is checked without holding a million parsed rows at once.
 */
export function forEachCsvRow(text: string, visit: (row: CsvRow) => void): void {
  if (!text.includes('"')) return forEachUnquotedRow(text, visit);
  for (const row of parseDelimitedRecords(text)) if (!(row.cells.length === 1 && row.cells[0] === "")) visit(row);
}

/** Without a quote a row is one line and a cell holds no comma: splitting natively is many times faster than d3-dsv. */
function forEachUnquotedRow(text: string, visit: (row: CsvRow) => void): void {
  let line = 1;
  let from = 0;
  if (!text.includes("\r")) {
    // LF only, the usual case: find each line end natively
    while (from < text.length) {
      const end = text.indexOf("\n", from);
      const stop = end === -1 ? text.length : end;
      if (stop > from) visit({ line, cells: text.slice(from, stop).split(",") });
      from = stop + 1;
      line += 1;
    }
    return;
  }
  while (from < text.length) {
    let end = from;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end += 1;
    if (end > from) visit({ line, cells: text.slice(from, end).split(",") });
    // a line ends at LF, CR or CRLF, as d3-dsv reads it
    from = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    line += 1;
  }
}

function countLineBreaks(cell: string): number {
  // Almost no cell holds a line break: a cheap test first keeps a million-row file fast.
  if (!cell.includes("\n") && !cell.includes("\r")) return 0;
  const m = cell.match(/\r\n|\r|\n/g);
  return m ? m.length : 0;
}
