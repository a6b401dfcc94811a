/** A dataset's CSV against its dataset.json: header, cells, primary key, periods. Pure: no file system. */
import { decodeUtf8 } from "./decode-text.ts";
import { parseCsv, type ParsedCsv } from "./parse-csv.ts";
import { parseCell, type CellContext } from "./cell-rules.ts";
import type { DataProblem } from "./problems.ts";
import type { MessageParams, ProblemCode } from "./problem-codes.ts";
import type { CellValue, DatasetRow } from "./records.ts";
import type { DatasetMeta } from "./schema.ts";

export interface DatasetValidation {
  rows: DatasetRow[];
  rowLines: number[];
  /** The text as decoded (BOM removed); the download serves the committed bytes instead. */
  text: string;
  problems: DataProblem[];
}

export type RowsValidation = Omit<DatasetValidation, "text">;

export function validateDatasetCsv(meta: DatasetMeta, bytes: Uint8Array, file: string, ctx: Omit<CellContext, "missingValues">): DatasetValidation {
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) return { rows: [], rowLines: [], text: "", problems: [decoded.problem] };
  return { ...validateDatasetRows(meta, parseCsv(decoded.text), file, ctx), text: decoded.text };
}

/** The rules on rows already split into cells: shared by data/ (validateDatasetCsv) and the importer, which reads other formats. */
export function validateDatasetRows(meta: DatasetMeta, parsed: ParsedCsv, file: string, ctx: Omit<CellContext, "missingValues">): RowsValidation {
  const { header, rows, headerLine } = parsed;
  const problems: DataProblem[] = [];
  const columnOf = (i: number): number => parsed.columnNumbers?.[i] ?? i + 1;
  const at = (line: number, column: number, field: string, rule: string, fix: string, code: ProblemCode, params: MessageParams = {}): void => {
    problems.push({ severity: "error", file, line, column, field, rule, fix, message: { code, params } });
  };
  const declaredNames = meta.fields.map((f) => f.name).join(", ");
  if (header.length === 0) {
    at(1, 1, "-", "the file is empty", `write the header line: ${meta.fields.map((f) => f.name).join(",")}`, "header.empty", { columns: declaredNames });
    return { rows: [], rowLines: [], problems };
  }

  const declared = new Map(meta.fields.map((f) => [f.name, f]));
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (seen.has(name)) at(headerLine, columnOf(i), name, `the column "${name}" appears twice in the header`, "remove or rename the duplicate column", "header.duplicate", { name });
    else if (!declared.has(name)) at(headerLine, columnOf(i), name, `unknown column "${name}"`, `declare it in dataset.json or remove it; declared columns: ${[...declared.keys()].join(", ")}`, "header.unknown", { name, declared: declaredNames });
    seen.add(name);
  });
  const after = columnOf(header.length - 1) + 1;
  for (const field of meta.fields) {
    if (!seen.has(field.name)) at(headerLine, after, field.name, `the declared column "${field.name}" is missing from the header`, "add the column (blank cells are allowed where the field is not required)", "header.missing", { name: field.name });
  }
  if (problems.length > 0) return { rows: [], rowLines: [], problems };

  const cellCtx: CellContext = { ...ctx, missingValues: meta.missingValues };
  const keys = new Map<string, number>();
  const out: DatasetRow[] = [];
  const outLines: number[] = [];
  for (const row of rows) {
    if (row.cells.length !== header.length) {
      const column = row.cells.length < header.length ? columnOf(row.cells.length - 1) + 1 : after;
      at(row.line, column, "-", `the row has ${row.cells.length} cells, the header has ${header.length}`, "make every row have one cell per column (check for a stray or missing comma, or an unclosed quote)", "row.ragged", { cells: row.cells.length, expected: header.length });
      continue;
    }
    const record: Record<string, CellValue> = {};
    let rowOk = true;
    header.forEach((name, i) => {
      const field = declared.get(name);
      if (!field) return;
      const result = parseCell(row.cells[i] ?? "", field, cellCtx);
      if (result.ok) record[name] = result.value;
      else {
        rowOk = false;
        problems.push({ severity: "error", file, line: row.line, column: columnOf(i), field: name, rule: result.rule, fix: result.fix, message: result.message });
      }
    });
    if (!rowOk) continue;
    const start = record["period_start"];
    const end = record["period_end"];
    if (typeof start === "string" && typeof end === "string" && end < start) {
      at(row.line, columnOf(header.indexOf("period_end")), "period_end", `the period ends (${end}) before it starts (${start})`, "swap the dates or correct them", "row.period-order", { start, end });
      continue;
    }
    const key = JSON.stringify(meta.primaryKey.map((k) => record[k] ?? null));
    const firstLine = keys.get(key);
    if (firstLine !== undefined) {
      const described = meta.primaryKey.map((k) => `${k}=${String(record[k] ?? "")}`).join(", ");
      at(row.line, columnOf(header.indexOf(meta.primaryKey[0] ?? "")), meta.primaryKey.join("+"), `duplicate primary key ${described}, first on line ${firstLine}`, "keep one row per key: remove the duplicate or correct its key", "row.duplicate-key", { key: described, first: firstLine });
      continue;
    }
    keys.set(key, row.line);
    out.push(record);
    outLines.push(row.line);
  }
  return { rows: out, rowLines: outLines, problems };
}
