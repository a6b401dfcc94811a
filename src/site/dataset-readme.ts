/** README.txt of a dataset's zip: what the files are, the release, how to cite, the licences — in every language of the site. */
import type { Dataset } from "../data/records.ts";
import type { Source } from "../data/schema.ts";
import { formatDate } from "../i18n/format-value.ts";
import { LOCALES, type Locale } from "../i18n/locales.ts";
import { t } from "../i18n/translate.ts";
import { sourcesLine } from "./catalog.ts";

export interface ReadmeInput {
  dataset: Dataset;
  sources: readonly Source[];
  /** The last release that changed the dataset, if any. */
  release?: { id: string; date: string };
  /** The dataset page's absolute address in a language. */
  pageUrl(locale: Locale): string;
}

function section(input: ReadmeInput, locale: Locale): string {
  const { meta } = input.dataset;
  const title = `${t(locale, "site.name")} — ${meta.title[locale]}`;
  const release = input.release
    ? t(locale, "zip.release", { release: input.release.id, date: formatDate(input.release.date, locale) })
    : t(locale, "zip.unreleased");
  const citeRelease = input.release ? t(locale, "cite.release", { release: input.release.id, date: formatDate(input.release.date, locale) }) : "";
  const citation = t(locale, "cite.dataset", { title: meta.title[locale], release: citeRelease, sources: sourcesLine(input.sources, locale), url: input.pageUrl(locale) });
  const licences = input.sources.map((s) => `  - ${s.title[locale]} (${s.publisher[locale]}): ${s.licence}${s.licenceUrl ? ` ${s.licenceUrl}` : ""}`);
  return [
    title,
    "=".repeat(title.length),
    "",
    meta.description[locale],
    "",
    release,
    `${t(locale, "zip.page")}: ${input.pageUrl(locale)}`,
    "",
    `${t(locale, "dataset.cite")}:`,
    `  ${citation}`,
    "",
    `${t(locale, "zip.files")}:`,
    `  data.csv — ${t(locale, "download.csvNote")}`,
    `  metadata.json — ${t(locale, "zip.metadataNote")}`,
    `  README.txt — ${t(locale, "zip.readmeNote")}`,
    "",
    t(locale, "zip.licence"),
    ...licences,
    "",
  ].join("\n");
}

export function datasetReadme(input: ReadmeInput): string {
  return LOCALES.map((locale) => section(input, locale)).join(`\n${"-".repeat(72)}\n\n`);
}
