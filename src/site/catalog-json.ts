/** /data/catalog.json: a static index of every dataset and its files, for programs and data portals. */
import type { Dataset } from "../data/records.ts";
import type { DatasetStatus, Family, LocalizedText } from "../data/schema.ts";
import type { Locale } from "../i18n/locales.ts";
import { datasetSources, datasetTemporalCoverage, type SiteCatalog } from "./catalog.ts";
import type { OpenDataUrls } from "./open-data-urls.ts";

export interface CatalogEntry {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  family: Family;
  status: DatasetStatus;
  frequency: string;
  licence: string;
  keywords?: { kk: string[]; ru: string[]; en: string[] };
  /** ISO 8601 interval, e.g. "2000-01-01/2022-12-31". */
  temporalCoverage: string;
  rows: number;
  /** Ids of the sources the rows cite (described in data.json and datapackage.json). */
  sources: string[];
  pages: Record<Locale, string>;
  downloads: { csv: string; json: string; datapackage: string };
}

export interface CatalogJson {
  name: string;
  title: LocalizedText;
  homepage: string;
  documentation: Record<Locale, string>;
  dataPackage: string;
  datasets: CatalogEntry[];
  /** Frozen releases will be listed here once the site publishes them; there are none yet. */
  releases: [];
}

export function catalogJson(catalog: SiteCatalog, urls: OpenDataUrls, title: LocalizedText): CatalogJson {
  return {
    name: "open-health-kz",
    title,
    homepage: urls.home,
    documentation: perLocale((l) => urls.page(l, "api/")),
    dataPackage: urls.dataPackage(),
    datasets: catalog.datasets.map((d) => catalogEntry(catalog, d, urls)),
    releases: [],
  };
}

function catalogEntry(catalog: SiteCatalog, dataset: Dataset, urls: OpenDataUrls): CatalogEntry {
  const { meta } = dataset;
  const sources = datasetSources(catalog, dataset);
  return {
    id: meta.id,
    title: meta.title,
    description: meta.description,
    family: meta.family,
    status: meta.status,
    frequency: meta.frequency,
    licence: meta.licence,
    ...(meta.keywords ? { keywords: meta.keywords } : {}),
    temporalCoverage: datasetTemporalCoverage(dataset, sources),
    rows: dataset.rows.length,
    sources: sources.map((s) => s.id),
    pages: perLocale((l) => urls.datasetPage(l, meta.id)),
    downloads: { csv: urls.csv(meta.id), json: urls.json(meta.id), datapackage: urls.dataPackage(meta.id) },
  };
}

function perLocale(value: (locale: Locale) => string): Record<Locale, string> {
  return { kk: value("kk"), ru: value("ru"), en: value("en") };
}
