/**
 * A delimited text file as officials save it → rows of cells: any encoding decode-text accepts, CRLF/LF/CR,
 * and the delimiter of the header row (comma, semicolon or tab). A row split by another delimiter is refused.
 */
import { dsvFormat } from "d3-dsv";
import { parseDelimitedRecords } from "../parse-csv.ts";
import type { ImportNotice } from "../problem-codes.ts";
import type { DataProblem } from "../problems.ts";
import { decodeSpreadsheetText } from "./detect-encoding.ts";
import type { SheetRead, SheetRow } from "./sheet-read.ts";

const DELIMITERS = [
  { char: ",", shown: '","', notice: "delimiter.comma" },
  { char: ";", shown: '";"', notice: "delimiter.semicolon" },
  { char: "\t", shown: "Tab", notice: "delimiter.tab" },
] as const;
type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter that splits the header row into the most declared column names; failing that, the one that shows
 * the most names in any of the first rows (the header is elsewhere, and selectHeader will say where); failing that,
 * the one that splits the header row into the most cells. Ties go to the comma.
 */
export function detectDelimiter(text: string, headerRow: number, names: ReadonlySet<string>): Delimiter {
  // The header is near the top: a few lines past it are enough, even for 50,000 rows.
  const sample = text.split(/\r\n|\r|\n/, Math.max(headerRow, 30) + 5).join("\n");
  const score = (delimiter: Delimiter): number[] => {
    const records = parseDelimitedRecords(sample, delimiter.char);
    const named = (cells: readonly string[]): number => cells.filter((c) => names.has(c.trim())).length;
    const header = records[headerRow - 1]?.cells ?? [];
    return [named(header), Math.max(0, ...records.map((r) => named(r.cells))), header.length];
  };
  const scored = DELIMITERS.map((delimiter) => ({ delimiter, score: score(delimiter) }));
  const better = (a: number[], b: number[]): boolean => {
    const i = a.findIndex((v, k) => v !== b[k]);
    return i !== -1 && (a[i] ?? 0) > (b[i] ?? 0);
  };
  return scored.reduce((best, next) => (better(next.score, best.score) ? next : best)).delimiter;
}

function lineEnds(text: string): string {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0 ? "CRLF" : "", lf > 0 ? "LF" : "", cr > 0 ? "CR" : ""].filter(Boolean);
  return kinds.length === 0 ? "LF" : kinds.join(" + ");
}

export function readDelimited(bytes: Uint8Array, file: string, headerRow: number, names: ReadonlySet<string>): SheetRead {
  const decoded = decodeSpreadsheetText(bytes, file);
  if (!decoded.ok) return { format: "csv", rows: [], notices: [], problems: [decoded.problem] };
  const delimiter = detectDelimiter(decoded.text, headerRow, names);
  const notices: ImportNotice[] = [decoded.notice, { code: delimiter.notice, params: {} }, { code: "line-ends", params: { ends: lineEnds(decoded.text) } }];
  const records = parseDelimitedRecords(decoded.text, delimiter.char);
  const width = records[headerRow - 1]?.cells.length ?? 0;
  const problems: DataProblem[] = [];
  const rows: SheetRow[] = [];
  records.forEach((record, i) => {
    const row = i + 1;
    const other = row > headerRow && record.cells.length !== width ? splitsLikeHeader(record.cells, delimiter, width) : undefined;
    if (other) {
      problems.push({
        severity: "error",
        file,
        line: record.line,
        column: 1,
        field: "-",
        rule: `the row is separated by ${other.shown} but the header by ${delimiter.shown}`,
        fix: `use one delimiter in the whole file: save it again from the spreadsheet, or replace ${other.shown} with ${delimiter.shown} in this row`,
        message: { code: "file.mixed-delimiters", params: { found: other.shown, expected: delimiter.shown } },
      });
    } else rows.push({ row, line: record.line, cells: record.cells });
  });
  return { format: "csv", rows, notices, problems };
}

/** Another delimiter that would split this row into as many cells as the header has. */
function splitsLikeHeader(cells: readonly string[], used: Delimiter, width: number): Delimiter | undefined {
  const raw = cells.join(used.char);
  return DELIMITERS.find((d) => d !== used && raw.includes(d.char) && dsvFormat(d.char).parseRows(raw)[0]?.length === width);
}
