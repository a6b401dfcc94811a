/** The home page's key figures: each picks one row of a dataset, so its value, period and source come from data/. */
import type { Dataset, DatasetRow } from "../data/records.ts";
import type { Locale, Source } from "../data/schema.ts";
import { formatDate, formatValue } from "../i18n/format-value.ts";
import { t, type UiKey } from "../i18n/translate.ts";
import { findDataset, type SiteCatalog } from "./catalog.ts";
import { rowPeriod, rowSourceId, rowValue } from "./row-display.ts";

export interface FigureSelector {
  dataset: string;
  /** Field → value (compared as text); exactly one row must match. */
  where: Record<string, string>;
  /** The numeric field to show. */
  field: string;
}

export interface KeyFigure {
  label: string;
  dataset: Dataset;
  value: string;
  period: string;
  source: Source;
}

/** What the home page leads with: spending, institutions, cases — one or two figures each. */
export const KEY_FIGURES: readonly (FigureSelector & { label: UiKey })[] = [
  { label: "home.fig.govSpending", dataset: "health-financing-statements", where: { indicator: "gov-health-spending" }, field: "value" },
  { label: "home.fig.che", dataset: "current-health-expenditure", where: { country: "KAZ", year: "2021" }, field: "value" },
  { label: "home.fig.hospitals", dataset: "hospitals-by-region", where: { region: "kz", year: "2022" }, field: "hospitals" },
  { label: "home.fig.doctors", dataset: "doctors-by-region", where: { region: "kz", year: "2022" }, field: "doctors" },
  { label: "home.fig.cases", dataset: "almaty-health-corruption-cases", where: { period_start: "2019-01-01" }, field: "cases" },
  { label: "home.fig.casesSince", dataset: "almaty-health-corruption-cases", where: { period_start: "2022-01-01" }, field: "cases" },
  { label: "home.fig.socialOrgs", dataset: "social-services-institutions", where: { indicator: "special-social-services-organisations" }, field: "value" },
];

export function selectRow(catalog: SiteCatalog, selector: FigureSelector): { dataset: Dataset; row: DatasetRow } {
  const dataset = findDataset(catalog, selector.dataset);
  const rows = dataset.rows.filter((r) => Object.entries(selector.where).every(([k, v]) => String(r[k] ?? "") === v));
  const row = rows[0];
  if (rows.length !== 1 || !row) {
    throw new Error(`A home-page figure expects one row of "${selector.dataset}" where ${JSON.stringify(selector.where)}, found ${rows.length}: update src/site/key-figures.ts or the data`);
  }
  return { dataset, row };
}

function selectedValue(catalog: SiteCatalog, selector: FigureSelector): number {
  const value = selectRow(catalog, selector).row[selector.field];
  if (typeof value !== "number") throw new Error(`Home-page figure of "${selector.dataset}" ${JSON.stringify(selector.where)} has no value`);
  return value;
}

export function keyFigure(catalog: SiteCatalog, selector: FigureSelector & { label: UiKey }, locale: Locale): KeyFigure {
  const { dataset, row } = selectRow(catalog, selector);
  const field = dataset.meta.fields.find((f) => f.name === selector.field);
  const source = catalog.sources.get(rowSourceId(dataset, row));
  if (!field || !source) throw new Error(`Home-page figure of "${selector.dataset}": no field "${selector.field}" or no source`);
  const period = rowPeriod(row, locale) || t(locale, "home.statedIn", { date: formatDate(source.date, locale) });
  return { label: t(locale, selector.label), dataset, value: rowValue(row, field, locale), period, source };
}

/** The official 2021 statement beside WHO's series, and the ratio anyone can recompute from the data. */
export function spendingComparison(catalog: SiteCatalog, locale: Locale) {
  const official = keyFigure(catalog, { label: "home.fig.govShare", dataset: "health-financing-statements", where: { indicator: "health-spending-gdp-share", source: "seed-003-pm-healthcare-audit" }, field: "value" }, locale);
  const spending = keyFigure(catalog, { ...KEY_FIGURES[0]!, label: "home.compareOfficial" }, locale);
  const che = keyFigure(catalog, { ...KEY_FIGURES[1]!, label: "home.compareCheWho" }, locale);
  const gghe = keyFigure(catalog, { label: "home.compareGgheWho", dataset: "health-expenditure", where: { country: "KAZ", year: "2021", indicator: "gghed_gdp" }, field: "value" }, locale);
  const gdpSelector = { dataset: "population-gdp", where: { indicator: "gdp_current_tenge", year: "2021" }, field: "value" };
  const gdp = selectedValue(catalog, gdpSelector);
  const stated = selectedValue(catalog, KEY_FIGURES[0]!);
  const computed = {
    label: t(locale, "home.compareComputed", { gdp: formatValue(gdp, "tenge", locale) }),
    value: formatValue(Math.round((stated / gdp) * 10000) / 100, "percent-of-gdp", locale),
    gdp: keyFigure(catalog, { ...gdpSelector, label: "home.compareComputed" }, locale),
  };
  return { official, spending, che, gghe, computed };
}
