/** A CSV against its layout (a dataset.json, a registry or statement file): header, cells, primary key, periods. Pure: no file system. */
import { decodeUtf8 } from "./decode-text.ts";
import { forEachCsvRow, type CsvRow, type ParsedCsv } from "./parse-csv.ts";
import { parseCell, type CellContext } from "./cell-rules.ts";
import type { DataProblem } from "./problems.ts";
import type { MessageParams, ProblemCode } from "./problem-codes.ts";
import type { CellValue, DatasetRow } from "./records.ts";
import type { DatasetMeta, FieldSpec } from "./schema.ts";

/** What a CSV is validated against: a dataset.json, or the fixed row layout of a registry or statement file. */
export type CsvLayout = Pick<DatasetMeta, "fields" | "primaryKey" | "missingValues">;

export interface RowsValidation {
  rows: DatasetRow[];
  /** The line each row starts on, parallel to rows: checks that span rows locate their messages with it. */
  rowLines: number[];
  /** The header as written, so a check can name the column of a field. */
  header: string[];
  problems: DataProblem[];
}

export interface DatasetValidation extends RowsValidation {
  /** The text as decoded (BOM removed); the download serves the committed bytes instead. */
  text: string;
}

type CheckContext = Omit<CellContext, "missingValues">;

export function validateDatasetCsv(meta: CsvLayout, bytes: Uint8Array, file: string, ctx: CheckContext): DatasetValidation {
  const rows: DatasetRow[] = [];
  const rowLines: number[] = [];
  const checked = checkCsvRows(meta, bytes, file, ctx, (record, line) => {
    rows.push(record);
    rowLines.push(line);
  });
  return { rows, rowLines, ...checked };
}

/**
 * The same checks, handing each valid row to `accept` as it is read instead of collecting them: a year
 * of statement rows is a million rows, and holding them all at once doubles the build's memory.
 */
export function checkCsvRows(meta: CsvLayout, bytes: Uint8Array, file: string, ctx: CheckContext, accept: (record: DatasetRow, line: number) => void): Omit<DatasetValidation, "rows" | "rowLines"> {
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) return { header: [], text: "", problems: [decoded.problem] };
  const checker = new RowChecker(meta, file, ctx);
  forEachCsvRow(decoded.text, (row) => checker.visit(row, accept));
  return { ...checker.finish(), text: decoded.text };
}

/** The rules on rows already split into cells: shared by data/ (validateDatasetCsv) and the importer, which reads other formats. */
export function validateDatasetRows(meta: CsvLayout, parsed: ParsedCsv, file: string, ctx: CheckContext): RowsValidation {
  const rows: DatasetRow[] = [];
  const rowLines: number[] = [];
  const accept = (record: DatasetRow, line: number): void => {
    rows.push(record);
    rowLines.push(line);
  };
  const checker = new RowChecker(meta, file, ctx, parsed.columnNumbers);
  if (parsed.header.length > 0) checker.visit({ line: parsed.headerLine, cells: parsed.header }, accept);
  for (const row of parsed.rows) checker.visit(row, accept);
  return { rows, rowLines, ...checker.finish() };
}

/** Checks the header, then each row as it comes; remembers keys to refuse duplicates. */
class RowChecker {
  readonly problems: DataProblem[] = [];
  private header: string[] | undefined;
  private headerOk = false;
  // Looked up once, not once a cell: statement files have a million rows.
  private columns: { name: string; field: FieldSpec | undefined }[] = [];
  private readonly declared: ReadonlyMap<string, FieldSpec>;
  private readonly cellCtx: CellContext;
  private readonly keys: KeyIndex = new Map();

  constructor(
    private readonly meta: CsvLayout,
    private readonly file: string,
    ctx: CheckContext,
    private readonly columnNumbers?: readonly number[],
  ) {
    this.declared = new Map(meta.fields.map((f) => [f.name, f]));
    this.cellCtx = { ...ctx, missingValues: meta.missingValues };
  }

  /** The column a cell stands in (1 = first), for messages. */
  private columnOf(i: number): number {
    return this.columnNumbers?.[i] ?? i + 1;
  }

  private at(line: number, column: number, field: string, rule: string, fix: string, code: ProblemCode, params: MessageParams = {}): void {
    this.problems.push({ severity: "error", file: this.file, line, column, field, rule, fix, message: { code, params } });
  }

  visit(row: CsvRow, accept: (record: DatasetRow, line: number) => void): void {
    const { header } = this;
    if (header === undefined) {
      this.header = row.cells;
      this.headerOk = this.checkHeader(row.cells, row.line);
      this.columns = row.cells.map((name) => ({ name, field: this.declared.get(name) }));
      return;
    }
    if (!this.headerOk) return;
    if (row.cells.length !== header.length) {
      const column = row.cells.length < header.length ? this.columnOf(row.cells.length - 1) + 1 : this.columnOf(header.length - 1) + 1;
      this.at(row.line, column, "-", `the row has ${row.cells.length} cells, the header has ${header.length}`, "make every row have one cell per column (check for a stray or missing comma, or an unclosed quote)", "row.ragged", { cells: row.cells.length, expected: header.length });
      return;
    }
    const record: Record<string, CellValue> = {};
    let rowOk = true;
    for (let i = 0; i < this.columns.length; i++) {
      const { name, field } = this.columns[i] ?? { name: "", field: undefined };
      if (!field) continue;
      const result = parseCell(row.cells[i] ?? "", field, this.cellCtx);
      if (result.ok) record[name] = result.value;
      else {
        rowOk = false;
        this.problems.push({ severity: "error", file: this.file, line: row.line, column: this.columnOf(i), field: name, rule: result.rule, fix: result.fix, message: result.message });
      }
    }
    if (!rowOk) return;
    const start = record["period_start"];
    const end = record["period_end"];
    if (typeof start === "string" && typeof end === "string" && end < start) {
      this.at(row.line, this.columnOf(header.indexOf("period_end")), "period_end", `the period ends (${end}) before it starts (${start})`, "swap the dates or correct them", "row.period-order", { start, end });
      return;
    }
    const { primaryKey } = this.meta;
    const firstLine = firstLineOfKey(this.keys, primaryKey.map((k) => record[k] ?? null), row.line);
    if (firstLine !== undefined) {
      const described = primaryKey.map((k) => `${k}=${String(record[k] ?? "")}`).join(", ");
      this.at(row.line, this.columnOf(header.indexOf(primaryKey[0] ?? "")), primaryKey.join("+"), `duplicate primary key ${described}, first on line ${firstLine}`, "keep one row per key: remove the duplicate or correct its key", "row.duplicate-key", { key: described, first: firstLine });
      return;
    }
    accept(record, row.line);
  }

  /** Every declared column once, nothing undeclared; true when the header is right. */
  private checkHeader(header: readonly string[], line: number): boolean {
    const before = this.problems.length;
    const declaredNames = this.meta.fields.map((f) => f.name).join(", ");
    const seen = new Set<string>();
    header.forEach((name, i) => {
      if (seen.has(name)) this.at(line, this.columnOf(i), name, `the column "${name}" appears twice in the header`, "remove or rename the duplicate column", "header.duplicate", { name });
      else if (!this.declared.has(name)) this.at(line, this.columnOf(i), name, `unknown column "${name}"`, `declare it in dataset.json or remove it; declared columns: ${declaredNames}`, "header.unknown", { name, declared: declaredNames });
      seen.add(name);
    });
    const after = this.columnOf(header.length - 1) + 1;
    for (const field of this.meta.fields) {
      if (!seen.has(field.name)) this.at(line, after, field.name, `the declared column "${field.name}" is missing from the header`, "add the column (blank cells are allowed where the field is not required)", "header.missing", { name: field.name });
    }
    return this.problems.length === before;
  }

  finish(): { header: string[]; problems: DataProblem[] } {
    if (this.header === undefined) {
      const columns = this.meta.fields.map((f) => f.name);
      this.at(1, 1, "-", "the file is empty", `write the header line: ${columns.join(",")}`, "header.empty", { columns: columns.join(", ") });
    }
    return { header: this.header ?? [], problems: this.problems };
  }
}

/** Lines by primary key, one level per key field: no key string is built for each of a million rows. */
type KeyIndex = Map<CellValue, KeyIndex | number>;

/** The line that already holds this key, or undefined after recording `line` as its first. */
function firstLineOfKey(index: KeyIndex, values: readonly CellValue[], line: number): number | undefined {
  let level = index;
  for (let i = 0; i < values.length - 1; i++) {
    const value = values[i] ?? null;
    let next = level.get(value);
    if (next === undefined || typeof next === "number") level.set(value, (next = new Map()));
    level = next;
  }
  const last = values.at(-1) ?? null;
  const first = level.get(last);
  if (typeof first === "number") return first;
  level.set(last, line);
  return undefined;
}
