/** How one dataset row reads on a page: its period, its value with unit and qualifier, its source. */
import type { Dataset, DatasetRow } from "../data/records.ts";
import type { FieldSpec, Locale } from "../data/schema.ts";
import { isUnitId, type UnitId } from "../data/units.ts";
import { formatPeriod, formatValue } from "../i18n/format-value.ts";
import { codeLabel, type SiteCatalog } from "./catalog.ts";

/** Fields shown as columns of their own (period, value, unit, qualifier and source are folded in). */
const FOLDED = new Set(["period_start", "period_end", "year", "unit", "qualifier"]);

export function valueFields(dataset: Dataset): FieldSpec[] {
  return dataset.meta.fields.filter((f) => (f.type === "integer" || f.type === "number") && !FOLDED.has(f.name));
}

export function dimensionFields(dataset: Dataset): FieldSpec[] {
  return dataset.meta.fields.filter((f) => !FOLDED.has(f.name) && f.type !== "source" && f.type !== "integer" && f.type !== "number");
}

export function rowPeriod(row: DatasetRow, locale: Locale): string {
  if (typeof row["year"] === "number") return String(row["year"]);
  if (typeof row["period_start"] === "string" && typeof row["period_end"] === "string") return formatPeriod(row["period_start"], row["period_end"], locale);
  return "";
}

export function rowUnit(row: DatasetRow, field: FieldSpec): UnitId {
  const fromRow = row["unit"];
  if (typeof fromRow === "string" && isUnitId(fromRow)) return fromRow;
  return field.unit ?? "units";
}

/** "about 36,000", "3.92%", "no data". */
export function rowValue(catalog: SiteCatalog, dataset: Dataset, row: DatasetRow, field: FieldSpec, locale: Locale): string {
  const value = row[field.name];
  const formatted = formatValue(typeof value === "number" ? value : null, rowUnit(row, field), locale);
  const qualifier = row["qualifier"];
  return typeof qualifier === "string" && value !== null ? `${codeLabel(catalog, dataset, "qualifier", qualifier, locale)} ${formatted}` : formatted;
}

export function rowSourceId(dataset: Dataset, row: DatasetRow): string {
  const name = dataset.meta.fields.find((f) => f.type === "source")?.name ?? "source";
  return String(row[name] ?? "");
}

/** A dimension cell as text: a code's label, or the text itself. */
export function rowDimension(catalog: SiteCatalog, dataset: Dataset, row: DatasetRow, field: FieldSpec, locale: Locale): string {
  const value = row[field.name];
  if (value === null || value === undefined) return "";
  return field.type === "code" ? codeLabel(catalog, dataset, field.name, String(value), locale) : String(value);
}
