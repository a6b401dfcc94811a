/** A dataset's CSV against its dataset.json: header, cells, primary key, periods. Pure: no file system. */
import { decodeUtf8 } from "./decode-text.ts";
import { parseCsv } from "./parse-csv.ts";
import { parseCell, type CellContext } from "./cell-rules.ts";
import type { DataProblem } from "./problems.ts";
import type { CellValue, DatasetRow } from "./records.ts";
import type { DatasetMeta } from "./schema.ts";

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
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) return { rows: [], lines: [], header: [], text: "", problems: [decoded.problem] };
  const problems: DataProblem[] = [];
  const at = (line: number, column: number, field: string, rule: string, fix: string): void => {
    problems.push({ severity: "error", file, line, column, field, rule, fix });
  };
  const { header, rows } = parseCsv(decoded.text);
  if (header.length === 0) {
    at(1, 1, "-", "the file is empty", `write the header line: ${meta.fields.map((f) => f.name).join(",")}`);
    return { rows: [], lines: [], header, text: decoded.text, problems };
  }

  const declared = new Map(meta.fields.map((f) => [f.name, f]));
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (seen.has(name)) at(1, i + 1, name, `the column "${name}" appears twice in the header`, "remove or rename the duplicate column");
    else if (!declared.has(name)) at(1, i + 1, name, `unknown column "${name}"`, `declare it in dataset.json or remove it; declared columns: ${[...declared.keys()].join(", ")}`);
    seen.add(name);
  });
  for (const field of meta.fields) {
    if (!seen.has(field.name)) at(1, header.length + 1, field.name, `the declared column "${field.name}" is missing from the header`, "add the column (blank cells are allowed where the field is not required)");
  }
  if (problems.length > 0) return { rows: [], lines: [], header, text: decoded.text, problems };

  const cellCtx: CellContext = { ...ctx, missingValues: meta.missingValues };
  const keys = new Map<string, number>();
  const out: DatasetRow[] = [];
  const lines: number[] = [];
  for (const row of rows) {
    if (row.cells.length !== header.length) {
      at(row.line, Math.min(row.cells.length, header.length) + 1, "-", `the row has ${row.cells.length} cells, the header has ${header.length}`, "make every row have one cell per column (check for a stray or missing comma, or an unclosed quote)");
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
        at(row.line, i + 1, name, result.rule, result.fix);
      }
    });
    if (!rowOk) continue;
    const start = record["period_start"];
    const end = record["period_end"];
    if (typeof start === "string" && typeof end === "string" && end < start) {
      at(row.line, header.indexOf("period_end") + 1, "period_end", `the period ends (${end}) before it starts (${start})`, "swap the dates or correct them");
      continue;
    }
    const key = JSON.stringify(meta.primaryKey.map((k) => record[k] ?? null));
    const firstLine = keys.get(key);
    if (firstLine !== undefined) {
      at(row.line, header.indexOf(meta.primaryKey[0] ?? "") + 1, meta.primaryKey.join("+"), `duplicate primary key ${meta.primaryKey.map((k) => `${k}=${String(record[k] ?? "")}`).join(", ")}, first on line ${firstLine}`, "keep one row per key: remove the duplicate or correct its key");
      continue;
    }
    keys.set(key, row.line);
    out.push(record);
    lines.push(row.line);
  }
  return { rows: out, lines, header, text: decoded.text, problems };
}
