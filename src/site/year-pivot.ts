/** A dataset keyed by one dimension and a year, as statistical offices publish it: one row per code, one column per year. */
import type { Dataset } from "../data/records.ts";
import type { FieldSpec, Locale } from "../data/schema.ts";
import { formatValue } from "../i18n/format-value.ts";
import { codeLabel, type SiteCatalog } from "./catalog.ts";
import { marksForRow, type RevisionMark } from "./releases.ts";
import { RevisionNotes, type RevisionNote, type TableCell } from "./revision-notes.ts";
import { dimensionFields, rowUnit, valueFields } from "./row-display.ts";

export interface YearPivot {
  dimension: FieldSpec;
  value: FieldSpec;
  years: number[];
  rows: { code: string; label: string; cells: TableCell[] }[];
  notes: RevisionNote[];
}

/** The pivot when the dataset has exactly one dimension, a year and one value field; otherwise undefined. */
export function yearPivot(catalog: SiteCatalog, dataset: Dataset, locale: Locale, marks: Map<string, RevisionMark[]> = new Map()): YearPivot | undefined {
  const dims = dimensionFields(dataset);
  const values = valueFields(dataset);
  const dimension = dims[0];
  const value = values[0];
  if (dims.length !== 1 || values.length !== 1 || !dimension || !value || !dataset.meta.fields.some((f) => f.name === "year")) return undefined;
  const years = [...new Set(dataset.rows.map((r) => r["year"]).filter((y): y is number => typeof y === "number"))].sort((a, b) => a - b);
  const codes = [...new Set(dataset.rows.map((r) => String(r[dimension.name] ?? "")))];
  const byKey = new Map(dataset.rows.map((r) => [`${String(r[dimension.name])}|${String(r["year"])}`, r]));
  const notes = new RevisionNotes("pivot", locale);
  const rows = codes.map((code) => {
    const label = dimension.type === "code" ? codeLabel(catalog, dataset, dimension.name, code, locale) : code;
    return {
      code,
      label,
      cells: years.map((year): TableCell => {
        const row = byKey.get(`${code}|${year}`);
        const v = row?.[value.name];
        const unit = row ? rowUnit(row, value) : (value.unit ?? "units");
        const text = formatValue(typeof v === "number" ? v : null, unit, locale);
        return row ? notes.cell(text, marksForRow(marks, dataset, row, value.name), unit, `${year} · ${label}`) : { text };
      }),
    };
  });
  return { dimension, value, years, rows, notes: notes.notes };
}
