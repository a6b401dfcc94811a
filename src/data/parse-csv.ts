/** CSV text → header and rows with their line numbers (d3-dsv does the parsing; we only count lines). */
import { csvParseRows } from "d3-dsv";

export interface CsvRow {
  /** 1-based line where the row starts (quoted newlines make a row span several lines). */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
}

/** Parses RFC 4180 CSV; LF, CRLF and CR line ends are all accepted by d3-dsv. Blank lines are skipped. */
export function parseCsv(text: string): ParsedCsv {
  const records = csvParseRows(text);
  const rows: CsvRow[] = [];
  let line = 1;
  for (const cells of records) {
    const start = line;
    line += 1 + cells.reduce((n, cell) => n + countLineBreaks(cell), 0);
    if (cells.length === 1 && cells[0] === "") continue;
    rows.push({ line: start, cells });
  }
  const [first, ...rest] = rows;
  return { header: first?.cells ?? [], rows: rest };
}

function countLineBreaks(cell: string): number {
  const m = cell.match(/\r\n|\r|\n/g);
  return m ? m.length : 0;
}
