/** Charts as image files (the SVG and PNG downloads) and the cards a shared link shows, in one language. */
import { chartImageSvg, type SvgImage } from "../charts/chart-image.ts";
import { CARD_SIZE, shareCardSvg } from "../charts/share-card.ts";
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/translate.ts";
import { sourcesLine } from "./catalog.ts";
import type { ChartFigure } from "./chart-figures.ts";
import type { EmbeddableChart } from "./embeds.ts";
import { absoluteUrl, chartImagePath, datasetPath, shareCardPath } from "./paths.ts";

/** An image for Open Graph and Twitter cards. */
export interface ShareImage {
  /** Path under the base, from paths.ts. */
  path: string;
  alt: string;
  width: number;
  height: number;
}

/** The chart as drawn for wide screens, with its title, unit, legend, sources and its address on the site: what the SVG and PNG downloads hold. */
export function chartImage(figure: ChartFigure, chart: EmbeddableChart, locale: Locale, site: URL | undefined): SvgImage {
  const footer = { sources: sourcesLine(chart.sources, locale), url: `${absoluteUrl(datasetPath(locale, chart.dataset.meta.id), site)}#chart-${chart.spec.id}` };
  return chartImageSvg({
    svg: figure.svg.wide,
    size: figure.sizes.wide,
    title: figure.title,
    unit: figure.unitLabel,
    legend: figure.legend,
    footer: [`${t(locale, "chart.source")}: ${footer.sources}`, t(locale, "site.name"), footer.url],
  });
}

/** A dataset's card: its first chart under its title, or its description when it has no chart. */
export function datasetCard(locale: Locale, dataset: { title: string; description: string; sources: string }, figure?: ChartFigure): SvgImage {
  return shareCardSvg({
    siteName: t(locale, "site.name"),
    title: dataset.title,
    ...(figure ? { chart: { svg: figure.svg.wide, size: figure.sizes.wide } } : { lede: dataset.description }),
    footer: `${t(locale, "chart.source")}: ${dataset.sources}`,
  });
}

export function siteCard(locale: Locale): SvgImage {
  return shareCardSvg({ siteName: t(locale, "site.name"), title: t(locale, "home.title"), lede: t(locale, "site.tagline"), footer: t(locale, "footer.licence") });
}

export function siteCardImage(locale: Locale): ShareImage {
  return { path: shareCardPath(locale), alt: `${t(locale, "site.name")}: ${t(locale, "home.title")}`, ...CARD_SIZE };
}

export function datasetCardImage(locale: Locale, datasetId: string, title: string): ShareImage {
  return { path: shareCardPath(locale, datasetId), alt: `${t(locale, "site.name")}: ${title}`, ...CARD_SIZE };
}

/** The chart's PNG as the image of its embed page. */
export function chartShareImage(locale: Locale, figure: ChartFigure, image: SvgImage): ShareImage {
  return { path: chartImagePath(locale, figure.id, "png"), alt: figure.title, width: image.width, height: image.height };
}
