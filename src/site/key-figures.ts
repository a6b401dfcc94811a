/** The home page's key figures: each picks one row of a dataset, so its value, period and source come from data/. */
import type { Dataset, DatasetRow } from "../data/records.ts";
import type { Locale, Source } from "../data/schema.ts";
import { t } from "../i18n/translate.ts";
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
  dataset: Dataset;
  row: DatasetRow;
  value: string;
  period: string;
  source: Source;
}

export function selectRow(catalog: SiteCatalog, selector: FigureSelector): { dataset: Dataset; row: DatasetRow } {
  const dataset = findDataset(catalog, selector.dataset);
  const rows = dataset.rows.filter((r) => Object.entries(selector.where).every(([k, v]) => String(r[k] ?? "") === v));
  const row = rows[0];
  if (rows.length !== 1 || !row) {
    throw new Error(`A home-page figure expects one row of "${selector.dataset}" where ${JSON.stringify(selector.where)}, found ${rows.length}: update src/site/key-figures.ts or the data`);
  }
  return { dataset, row };
}

export function keyFigure(catalog: SiteCatalog, selector: FigureSelector, locale: Locale): KeyFigure {
  const { dataset, row } = selectRow(catalog, selector);
  const field = dataset.meta.fields.find((f) => f.name === selector.field);
  const source = catalog.sources.get(rowSourceId(dataset, row));
  if (!field || !source) throw new Error(`Home-page figure of "${selector.dataset}": no field "${selector.field}" or no source`);
  return { dataset, row, value: rowValue(catalog, dataset, row, field, locale), period: rowPeriod(row, locale), source };
}

export function missingLabel(locale: Locale): string {
  return t(locale, "value.missing");
}
