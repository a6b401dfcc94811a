/**
 * schema.org Dataset metadata for a dataset page (what search engines and data portals read, the DCAT
 * terms mapped to schema.org): name, description, licence, creator, period covered, downloads, sources.
 */
import type { Dataset } from "../data/records.ts";
import type { Locale, Source } from "../data/schema.ts";
import { LOCALE_INFO } from "../i18n/locales.ts";
import { t } from "../i18n/translate.ts";
import { datasetTemporalCoverage } from "./catalog.ts";
import { licenceUrl } from "./licences.ts";
import type { OpenDataUrls } from "./open-data-urls.ts";
import { valueFields } from "./row-display.ts";

export function datasetJsonLd(dataset: Dataset, sources: readonly Source[], locale: Locale, urls: OpenDataUrls): Record<string, unknown> {
  const { meta } = dataset;
  const organisation = { "@type": "Organization", name: t(locale, "site.name"), url: urls.page(locale, "") };
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": urls.datasetPage(locale, meta.id),
    url: urls.datasetPage(locale, meta.id),
    name: meta.title[locale],
    description: meta.description[locale],
    inLanguage: LOCALE_INFO[locale].htmlLang,
    ...(meta.keywords ? { keywords: meta.keywords[locale] } : {}),
    license: licenceUrl(meta.licence) ?? meta.licence,
    isAccessibleForFree: true,
    creator: organisation,
    publisher: organisation,
    temporalCoverage: datasetTemporalCoverage(dataset, sources),
    variableMeasured: valueFields(dataset).map((f) => f.label[locale]),
    distribution: [
      { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: urls.csv(meta.id) },
      { "@type": "DataDownload", encodingFormat: "application/json", contentUrl: urls.json(meta.id) },
    ],
    subjectOf: { "@type": "CreativeWork", name: "Frictionless Data Package", encodingFormat: "application/json", url: urls.dataPackage(meta.id) },
    isBasedOn: sources.map((s) => ({
      "@type": "CreativeWork",
      name: s.title[locale],
      publisher: { "@type": "Organization", name: s.publisher[locale] },
      datePublished: s.date,
      ...(s.url ? { url: s.url } : s.document ? { url: urls.document(s.document) } : {}),
    })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text in the data can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
