/** Absolute addresses for machine-readable files: tools fetch them from anywhere, so relative links will not do. */
import type { LocalizedText } from "../data/schema.ts";
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/translate.ts";
import { absoluteUrl, catalogJsonPath, dataPackagePath, datasetPath, documentPath, downloadPath, href, localePath, releaseDownloadPath } from "./paths.ts";

export interface OpenDataUrls {
  /** The site's root (the language choice). */
  home: string;
  page(locale: Locale, path: string): string;
  datasetPage(locale: Locale, id: string): string;
  csv(id: string): string;
  json(id: string): string;
  /** A dataset as frozen in a release. */
  releaseFile(id: string, release: string, format: "csv" | "json"): string;
  /** A dataset's Data Package, or the whole site's when no id is given. */
  dataPackage(id?: string): string;
  catalog: string;
  document(file: string): string;
}

export function openDataUrls(site: URL | undefined): OpenDataUrls {
  const abs = (path: string): string => absoluteUrl(path, site);
  return {
    home: abs(href("")),
    page: (locale, path) => abs(localePath(locale, path)),
    datasetPage: (locale, id) => abs(datasetPath(locale, id)),
    csv: (id) => abs(downloadPath(id, "csv")),
    json: (id) => abs(downloadPath(id, "json")),
    releaseFile: (id, release, format) => abs(releaseDownloadPath(id, release, format)),
    dataPackage: (id) => abs(dataPackagePath(id)),
    catalog: abs(catalogJsonPath()),
    document: (file) => abs(documentPath(file)),
  };
}

/** A UI string in every language, for descriptors that describe the whole site. */
export function everyLanguage(key: "site.name" | "site.tagline"): LocalizedText {
  return { kk: t("kk", key), ru: t("ru", key), en: t("en", key) };
}
