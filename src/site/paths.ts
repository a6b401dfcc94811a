/** Every internal URL goes through here, so the site works at a domain root or under any base path. */
import type { Locale } from "../i18n/locales.ts";

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

export function organizationPath(locale: Locale, id: string): string {
  return localePath(locale, `organizations/${id}/`);
}

export function organizationDownloadPath(id: string, format: "csv" | "json"): string {
  return href(`data/organizations/${id}/statements.${format}`);
}

export function documentPath(file: string): string {
  return href(`sources/documents/${file}`);
}

/** An absolute URL on the configured site (for canonical links and metadata). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(path, site ?? "http://127.0.0.1:4321").href;
}
