/** A1-style cell references ("B7", "AA12") and ranges ("A1:C1") as 1-based column and row numbers, and back. */

export interface CellPosition {
  /** 1 = column A. */
  column: number;
  /** 1 = the first row. */
  row: number;
}

export function parseCellRef(ref: string): CellPosition | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  let column = 0;
  for (const letter of (m[1] ?? "").toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { column, row: Number(m[2]) };
}

export function parseRangeRef(ref: string): { from: CellPosition; to: CellPosition } | undefined {
  const [a, b] = ref.split(":");
  const from = parseCellRef(a ?? "");
  const to = b === undefined ? from : parseCellRef(b);
  return from && to ? { from, to } : undefined;
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellRef(position: CellPosition): string {
  return `${columnLetters(position.column)}${position.row}`;
}
