/** How one dataset row reads on a page: its period, its value with unit and qualifier, its source. */
import type { Dataset, DatasetRow } from "../data/records.ts";
import type { FieldSpec, Locale } from "../data/schema.ts";
import { isUnitId, type UnitId } from "../data/units.ts";
import { formatDate, formatPeriod, formatValue } from "../i18n/format-value.ts";
import { kazakhEnding } from "../i18n/kazakh-suffix.ts";
import { t } from "../i18n/translate.ts";
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
  const start = row["period_start"];
  const end = row["period_end"];
  if (typeof row["year"] === "number") return String(row["year"]);
  if (typeof start === "string" && typeof end === "string") return formatPeriod(start, end, locale);
  if (typeof start === "string") return t(locale, "period.from", { date: formatDate(start, locale) });
  return "";
}

export function rowUnit(row: DatasetRow, field: FieldSpec): UnitId {
  const fromRow = row["unit"];
  if (typeof fromRow === "string" && isUnitId(fromRow)) return fromRow;
  return field.unit ?? "units";
}

/** "about 36,000", "3.92%", "no data" — the source's wording of approximate figures kept. */
export function rowValue(row: DatasetRow, field: FieldSpec, locale: Locale): string {
  const value = row[field.name];
  const formatted = formatValue(typeof value === "number" ? value : null, rowUnit(row, field), locale);
  const qualifier = row["qualifier"];
  if (typeof qualifier !== "string" || typeof value !== "number" || !isQualifier(qualifier)) return formatted;
  return t(locale, `qualifier.${qualifier}`, {
    value: formatted,
    dative: kazakhEnding(formatted, value, "dative"),
    ablative: kazakhEnding(formatted, value, "ablative"),
  });
}

const QUALIFIERS = ["about", "almost", "more-than"] as const;
function isQualifier(code: string): code is (typeof QUALIFIERS)[number] {
  return (QUALIFIERS as readonly string[]).includes(code);
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

/** Every unit a dataset's values are in: declared on fields, or named by a unit column. */
export function datasetUnits(dataset: Dataset): UnitId[] {
  const declared = dataset.meta.fields.flatMap((f) => (f.unit ? [f.unit] : []));
  const fromRows = dataset.rows.flatMap((r) => (typeof r["unit"] === "string" && isUnitId(r["unit"]) ? [r["unit"]] : []));
  return [...new Set([...declared, ...fromRows])];
}

/** What a dataset covers, per coded dimension (regions, countries, indicators): the labels of the codes its rows use. */
export function dimensionLabels(catalog: SiteCatalog, dataset: Dataset, locale: Locale): { field: FieldSpec; labels: string[] }[] {
  return dimensionFields(dataset)
    .filter((f) => f.type === "code")
    .map((field) => ({
      field,
      labels: [...new Set(dataset.rows.map((r) => r[field.name]).filter((v): v is string => typeof v === "string"))].map((code) =>
        codeLabel(catalog, dataset, field.name, code, locale),
      ),
    }));
}
