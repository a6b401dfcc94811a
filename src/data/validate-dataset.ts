/** A dataset's CSV against its dataset.json: header, cells, primary key, periods. Pure: no file system. */
import { decodeUtf8 } from "./decode-text.ts";
import { forEachCsvRow } from "./parse-csv.ts";
import { parseCell, type CellContext } from "./cell-rules.ts";
import type { DataProblem } from "./problems.ts";
import type { CellValue, DatasetRow } from "./records.ts";
import type { DatasetMeta, FieldSpec } from "./schema.ts";

export interface DatasetValidation {
  rows: DatasetRow[];
  /** The line each row starts on, parallel to rows: checks that span rows (statements) locate their messages with it. */
  lines: number[];
  /** The header as written, so a check can name the column of a field. */
  header: string[];
  /** The text as decoded (BOM removed); the download serves the committed bytes instead. */
  text: string;
  problems: DataProblem[];
}

/** What a CSV is validated against: a dataset.json, or the fixed row layout of a registry or statement file. */
export type CsvLayout = Pick<DatasetMeta, "fields" | "primaryKey" | "missingValues">;

export function validateDatasetCsv(meta: CsvLayout, bytes: Uint8Array, file: string, ctx: Omit<CellContext, "missingValues">): DatasetValidation {
  const rows: DatasetRow[] = [];
  const lines: number[] = [];
  const checked = checkCsvRows(meta, bytes, file, ctx, (record, line) => {
    rows.push(record);
    lines.push(line);
  });
  return { rows, lines, ...checked };
}

/**
 * The same checks, handing each valid row to `accept` as it is read instead of collecting them: a year
 * of statement rows is a million rows, and holding them all at once doubles the build's memory.
 */
export function checkCsvRows(
  meta: CsvLayout,
  bytes: Uint8Array,
  file: string,
  ctx: Omit<CellContext, "missingValues">,
  accept: (record: DatasetRow, line: number) => void,
): Omit<DatasetValidation, "rows" | "lines"> {
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) return { header: [], text: "", problems: [decoded.problem] };
  const problems: DataProblem[] = [];
  const at = (line: number, column: number, field: string, rule: string, fix: string): void => {
    problems.push({ severity: "error", file, line, column, field, rule, fix });
  };
  const declared = new Map(meta.fields.map((f) => [f.name, f]));
  const cellCtx: CellContext = { ...ctx, missingValues: meta.missingValues };
  const keys: KeyIndex = new Map();
  let header: string[] | undefined;
  let headerOk = false;
  // Looked up once, not once a cell: statement files have a million rows.
  let columns: { name: string; field: FieldSpec | undefined }[] = [];
  forEachCsvRow(decoded.text, (row) => {
    if (header === undefined) {
      header = row.cells;
      headerOk = checkHeader(header, meta, declared, at);
      columns = header.map((name) => ({ name, field: declared.get(name) }));
      return;
    }
    if (!headerOk) return;
    if (row.cells.length !== header.length) {
      at(row.line, Math.min(row.cells.length, header.length) + 1, "-", `the row has ${row.cells.length} cells, the header has ${header.length}`, "make every row have one cell per column (check for a stray or missing comma, or an unclosed quote)");
      return;
    }
    const record: Record<string, CellValue> = {};
    let rowOk = true;
    for (let i = 0; i < columns.length; i++) {
      const { name, field } = columns[i] ?? { name: "", field: undefined };
      if (!field) continue;
      const result = parseCell(row.cells[i] ?? "", field, cellCtx);
      if (result.ok) record[name] = result.value;
      else {
        rowOk = false;
        at(row.line, i + 1, name, result.rule, result.fix);
      }
    }
    if (!rowOk) return;
    const start = record["period_start"];
    const end = record["period_end"];
    if (typeof start === "string" && typeof end === "string" && end < start) {
      at(row.line, header.indexOf("period_end") + 1, "period_end", `the period ends (${end}) before it starts (${start})`, "swap the dates or correct them");
      return;
    }
    const firstLine = firstLineOfKey(keys, meta.primaryKey.map((k) => record[k] ?? null), row.line);
    if (firstLine !== undefined) {
      at(row.line, header.indexOf(meta.primaryKey[0] ?? "") + 1, meta.primaryKey.join("+"), `duplicate primary key ${meta.primaryKey.map((k) => `${k}=${String(record[k] ?? "")}`).join(", ")}, first on line ${firstLine}`, "keep one row per key: remove the duplicate or correct its key");
      return;
    }
    accept(record, row.line);
  });
  if (header === undefined) {
    at(1, 1, "-", "the file is empty", `write the header line: ${meta.fields.map((f) => f.name).join(",")}`);
    return { header: [], text: decoded.text, problems };
  }
  return { header, text: decoded.text, problems };
}

type At = (line: number, column: number, field: string, rule: string, fix: string) => void;

/** Every declared column once, nothing undeclared; true when the header is right. */
function checkHeader(header: readonly string[], meta: CsvLayout, declared: ReadonlyMap<string, FieldSpec>, at: At): boolean {
  let ok = true;
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (seen.has(name)) {
      ok = false;
      at(1, i + 1, name, `the column "${name}" appears twice in the header`, "remove or rename the duplicate column");
    } else if (!declared.has(name)) {
      ok = false;
      at(1, i + 1, name, `unknown column "${name}"`, `declare it in dataset.json or remove it; declared columns: ${[...declared.keys()].join(", ")}`);
    }
    seen.add(name);
  });
  for (const field of meta.fields) {
    if (!seen.has(field.name)) {
      ok = false;
      at(1, header.length + 1, field.name, `the declared column "${field.name}" is missing from the header`, "add the column (blank cells are allowed where the field is not required)");
    }
  }
  return ok;
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
