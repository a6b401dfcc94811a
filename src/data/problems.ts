import type { ProblemMessage } from "./problem-codes.ts";

/**
 * A located problem in data/: what is wrong, where, and how to fix it.
 * "error" stops the build; "finding" is a fact about published figures that is shown to readers.
 */
export interface DataProblem {
  severity: "error" | "finding";
  /** Path relative to the repository root, e.g. data/datasets/x/data.csv. */
  file: string;
  /** 1-based line in the file; 1 for whole-file problems. */
  line: number;
  /** 1-based column: the cell number in a CSV row (1 = first column), the character in a JSON line. */
  column: number;
  /** The field (CSV column or JSON path) the problem is about, or "-" for the whole file. */
  field: string;
  /** What rule is broken, naming the offending value. */
  rule: string;
  /** What to do about it. */
  fix: string;
  /** The same problem as a stable code and its values, for the checker to say in kk/ru/en (absent for metadata problems). */
  message?: ProblemMessage;
}

/** `file:line:column field — rule — what to do`, the one format every caller prints. */
export function formatProblem(p: DataProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.field} — ${p.rule} — ${p.fix}`;
}

/** Thrown when data/ has errors; carries every problem, not only the first. */
export class DataValidationError extends Error {
  readonly problems: readonly DataProblem[];
  constructor(problems: readonly DataProblem[]) {
    super(`${problems.length} problem(s) in data/:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "DataValidationError";
    this.problems = problems;
  }
}

/** Quotes a cell for a message, shortened so a huge cell does not flood the terminal. */
export function quoteCell(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
  return JSON.stringify(shown);
}
