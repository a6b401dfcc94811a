/** How to cite a chart, in the reader's language: a short line for a caption and a full reference. */
import { formatDate } from "../i18n/format-value.ts";
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/translate.ts";

export interface Citation {
  short: string;
  full: string;
}

export interface CitedChart {
  title: string;
  datasetTitle: string;
  /** The release the figures come from; none before the dataset's first release. */
  release?: { id: string; date: string };
  /** The publishers of the sources, e.g. "WHO; World Bank". */
  sources: string;
  /** The chart's permanent address. */
  url: string;
}

export function chartCitation(chart: CitedChart, locale: Locale): Citation {
  const release = chart.release ? t(locale, "cite.release", { release: chart.release.id, date: formatDate(chart.release.date, locale) }) : "";
  return {
    short: t(locale, "cite.short", { title: chart.title, release }),
    full: t(locale, "cite.full", { title: chart.title, dataset: chart.datasetTitle, release, sources: chart.sources, url: chart.url }),
  };
}
