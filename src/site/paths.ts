/** Every internal URL goes through here, so the site works at a domain root or under any base path. */
import type { Locale } from "../i18n/locales.ts";
import { SEARCH_BUNDLE_DIR } from "./search-bundle.ts";

const BASE = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site path (no leading slash) → a URL path under the base, e.g. "en/datasets/" → "/ohkz/en/datasets/". */
export function href(path: string): string {
  return BASE + path.replace(/^\/+/, "");
}

/** A page in a language: localePath("en", "datasets/x/") → "/en/datasets/x/" under the base. */
export function localePath(locale: Locale, path = ""): string {
  return href(`${locale}/${path}`);
}

export function datasetPath(locale: Locale, id: string): string {
  return localePath(locale, `datasets/${id}/`);
}

export function downloadPath(datasetId: string, format: "csv" | "json"): string {
  return href(`data/${datasetId}/data.${format}`);
}

/** The Frictionless Data Package of one dataset, or of the whole site when no id is given. */
export function dataPackagePath(datasetId?: string): string {
  return href(datasetId ? `data/${datasetId}/datapackage.json` : "data/datapackage.json");
}

/** The static JSON index of datasets and releases. */
export function catalogJsonPath(): string {
  return href("data/catalog.json");
}

/** Pagefind's bundle (pagefind.js and the index), written by src/integrations/pagefind-index.ts. */
export function searchBundlePath(): string {
  return href(`${SEARCH_BUNDLE_DIR}/`);
}

/** A dataset as frozen in a release: a stable URL that keeps showing what it showed. */
export function releaseDownloadPath(datasetId: string, release: string, format: "csv" | "json"): string {
  return href(`data/${datasetId}/${release}.${format}`);
}

/** An organisation's page: its statements, ratios, charts and findings. */
export function organizationPath(locale: Locale, id: string): string {
  return href(organizationSitePath(locale, id));
}

/** The same page's path from the site root, without the base ("en/organizations/x/"). */
export function organizationSitePath(locale: Locale, id: string): string {
  return `${locale}/organizations/${id}/`;
}

/** An organisation's statements as one file (the lines it uses, every period). */
export function organizationDownloadPath(id: string, format: "csv" | "json"): string {
  return href(`data/organizations/${id}/statements.${format}`);
}

export function documentPath(file: string): string {
  return href(`sources/documents/${file}`);
}

/** A chart to embed in an iframe: the latest data, or pinned to a release so it keeps showing what it showed. */
export function embedPath(locale: Locale, chartId: string, release?: string): string {
  return href(`embed/${locale}/${chartId}/${release ? `${release}/` : ""}`);
}

/** The embed pages' one optional script (public/embed/embed.js) and the file it reads. */
export const EMBED_SCRIPT = "embed/embed.js";
export const LATEST_EMBEDS = "embed/latest.json";

export type ChartImageFormat = "svg" | "png" | "png@2x";

/** A chart as an image file with its title and source, e.g. charts/en/hospitals-national@2x.png. */
export function chartImagePath(locale: Locale, chartId: string, format: ChartImageFormat): string {
  return href(`charts/${locale}/${chartId}${format === "png@2x" ? "@2x.png" : `.${format}`}`);
}

/** The rows a chart draws, as CSV. */
export function chartCsvPath(datasetId: string, chartId: string): string {
  return href(`data/${datasetId}/charts/${chartId}.csv`);
}

/** The CSV, its metadata and a readme with the citation and licence, in one zip. */
export function datasetZipPath(datasetId: string): string {
  return href(`data/${datasetId}/${datasetId}.zip`);
}

/** The 1200×630 image a shared link shows: a dataset's first chart, or the site's card. */
export function shareCardPath(locale: Locale, datasetId?: string): string {
  return href(datasetId ? `cards/${locale}/datasets/${datasetId}.png` : `cards/${locale}/site.png`);
}

/** An absolute URL on the configured site (for canonical links and metadata). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(path, site ?? "http://127.0.0.1:4321").href;
}
