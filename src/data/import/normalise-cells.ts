/**
 * Cells as officials write them → cells as data.csv holds them, only where the dataset's "import" block allows:
 * spaces trimmed, declared missing-value markers blanked, decimal commas and space-grouped thousands in integer
 * and number columns rewritten. Anything else is left for the cell rules to refuse with their message.
 */
import { DECIMAL_COMMA_NUMBER, SPACE_GROUPED_NUMBER } from "../cell-rules.ts";
import type { ParsedCsv } from "../parse-csv.ts";
import type { ImportNotice } from "../problem-codes.ts";
import type { DatasetMeta, FieldSpec, ImportOptions } from "../schema.ts";

const SPACES = /^[ \u00A0\u202F]+|[ \u00A0\u202F]+$/g;
const DEFAULTS: ImportOptions = { decimal: ".", missing: [], headerRow: 1 };

export function normaliseCell(raw: string, field: FieldSpec, options: ImportOptions): { value: string; change: "" | "number" | "marker" } {
  const value = raw.replace(SPACES, "");
  if (value !== "" && options.missing.includes(value)) return { value: "", change: "marker" };
  if (field.type !== "integer" && field.type !== "number") return { value, change: "" };
  let number = value;
  if (options.thousands === " " && SPACE_GROUPED_NUMBER.test(number)) number = number.replace(/[ \u00A0\u202F]/g, "");
  if (options.decimal === "," && DECIMAL_COMMA_NUMBER.test(number)) number = number.replace(",", ".");
  return { value: number, change: number === value ? "" : "number" };
}

/** Rewrites the cells of declared columns in place; returns notices counting what changed. */
export function normaliseCells(parsed: ParsedCsv, meta: DatasetMeta): ImportNotice[] {
  const options = meta.import ?? DEFAULTS;
  const fields = parsed.header.map((name) => meta.fields.find((f) => f.name === name));
  let numbers = 0;
  let markers = 0;
  for (const row of parsed.rows) {
    row.cells.forEach((cell, i) => {
      const field = fields[i];
      if (!field) return;
      const { value, change } = normaliseCell(cell, field, options);
      row.cells[i] = value;
      if (change === "number") numbers += 1;
      else if (change === "marker") markers += 1;
    });
  }
  const notices: ImportNotice[] = [];
  if (numbers > 0) notices.push({ code: "numbers-converted", params: { count: numbers } });
  if (markers > 0) notices.push({ code: "markers-blanked", params: { count: markers, markers: options.missing.map((m) => JSON.stringify(m)).join(", ") } });
  return notices;
}
