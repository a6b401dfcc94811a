/** /data/catalog.json: a static index of every dataset and every release, and their files, for programs and data portals. */
import type { Dataset } from "../data/records.ts";
import type { DatasetStatus, Family, LocalizedText } from "../data/schema.ts";
import type { Locale } from "../i18n/locales.ts";
import { datasetSources, datasetTemporalCoverage, type SiteCatalog } from "./catalog.ts";
import type { OpenDataUrls } from "./open-data-urls.ts";
import { releaseCounts, type SiteHistory, type SiteRelease } from "./releases.ts";

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

export interface CatalogRelease {
  id: string;
  /** ISO date of publication. */
  date: string;
  notes: LocalizedText;
  /** The release this one follows and the SHA-256 of its manifest: the hash chain `npm run verify` checks. */
  previous: { id: string; manifestSha256: string } | null;
  manifestSha256: string;
  pages: Record<Locale, string>;
  /** Rows added, revised and withdrawn, per dataset that changed. */
  changes: Record<string, { added: number; revised: number; withdrawn: number }>;
  /** Every dataset exactly as frozen in this release. */
  downloads: Record<string, { csv: string; json: string }>;
}

export interface CatalogJson {
  name: string;
  title: LocalizedText;
  homepage: string;
  documentation: Record<Locale, string>;
  dataPackage: string;
  datasets: CatalogEntry[];
  /** Newest first. */
  releases: CatalogRelease[];
}

export function catalogJson(catalog: SiteCatalog, history: SiteHistory, urls: OpenDataUrls, title: LocalizedText): CatalogJson {
  return {
    name: "open-health-kz",
    title,
    homepage: urls.home,
    documentation: perLocale((l) => urls.page(l, "api/")),
    dataPackage: urls.dataPackage(),
    datasets: catalog.datasets.map((d) => catalogEntry(catalog, d, urls)),
    releases: history.releases.map((r) => catalogRelease(r, urls)),
  };
}

function catalogRelease(release: SiteRelease, urls: OpenDataUrls): CatalogRelease {
  const { manifest } = release;
  return {
    id: manifest.id,
    date: manifest.date,
    notes: manifest.notes,
    previous: manifest.previous,
    manifestSha256: release.manifestSha256,
    pages: perLocale((l) => urls.page(l, `releases/${manifest.id}/`)),
    changes: Object.fromEntries(
      Object.keys(manifest.changes).map((id) => {
        const { added, revised, withdrawn } = releaseCounts(manifest, id);
        return [id, { added, revised, withdrawn }];
      }),
    ),
    downloads: Object.fromEntries(release.datasets.map((d) => [d.meta.id, { csv: urls.releaseFile(d.meta.id, manifest.id, "csv"), json: urls.releaseFile(d.meta.id, manifest.id, "json") }])),
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
