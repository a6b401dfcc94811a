/**
 * The HTML a journalist pastes: an iframe with a fixed height that fits without script, and a few lines
 * that resize it to the height the embed page reports (/embed/embed.js posts it).
 */
import { textWidth } from "../charts/chart-options.ts";
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/translate.ts";
import { escapeMarkup } from "../markup/escape.ts";
import { sourcesLine } from "./catalog.ts";
import type { ChartFigure } from "./chart-figures.ts";
import type { EmbeddableChart } from "./embeds.ts";
import { absoluteUrl, embedPath } from "./paths.ts";

/** The message type the embed page posts; namespaced so a host page can tell it from other embeds' messages. */
export const EMBED_HEIGHT_MESSAGE = "openhealthkz:embed-height";

/**
 * The embed's layout, as src/styles/embed.css and site.css draw it: the narrow chart up to 36rem, the wide one
 * above, capped at 48rem; 0.75rem padding at the sides. The browser tests check the estimate at both ends.
 */
const LAYOUT = { narrowUpTo: 576, wideCap: 768, sidePadding: 24 } as const;
/** The frame widths an embed supports, and the narrowest and widest of each layout. */
const WIDTHS = [280, LAYOUT.narrowUpTo, LAYOUT.narrowUpTo + 1, LAYOUT.wideCap + LAYOUT.sidePadding, 1200];

/** The iframe's height without script: the tallest the embed gets at any width it supports, with generous text estimates. */
export function fallbackHeight(figure: Pick<ChartFigure, "title" | "sizes" | "legend">, sourceLine: string): number {
  return Math.max(
    ...WIDTHS.map((width) => {
      const inner = width - LAYOUT.sidePadding;
      const lines = (text: string, fontSize: number): number => Math.ceil(textWidth(text, fontSize) / inner);
      const layout = width <= LAYOUT.narrowUpTo ? figure.sizes.narrow : figure.sizes.wide;
      const chartWidth = width <= LAYOUT.narrowUpTo ? inner : Math.min(inner, LAYOUT.wideCap);
      const legendWidth = figure.legend.reduce((sum, item) => sum + textWidth(item.label, 14) + 32, 0);
      const text =
        lines(figure.title, 16) * 24 + 22 + (legendWidth > 0 ? Math.ceil(legendWidth / inner) * 24 + 8 : 0) + (lines(sourceLine, 14) + 1) * 22;
      return Math.ceil(layout.height * (chartWidth / layout.width) + text + 48);
    }),
  );
}

export function embedSnippet(embed: { url: string; title: string; height: number }): string {
  const origin = new URL(embed.url).origin;
  const iframe = `<iframe src="${escapeMarkup(embed.url)}" title="${escapeMarkup(embed.title)}" width="100%" height="${embed.height}" style="width:100%;max-width:1200px;border:0" loading="lazy" data-openhealthkz-embed></iframe>`;
  // ES5 so that it runs on any page; it only ever changes the height of iframes from this site
  const script =
    `<script>window.addEventListener("message",function(e){var d=e.data;` +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)}||!(d.height>0))return;` +
    `var f=document.querySelectorAll("iframe[data-openhealthkz-embed]");` +
    `for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+"px"});</script>`;
  return `${iframe}\n${script}`;
}

/** The snippet for a chart in a language, latest or pinned to `release`; its title names the chart and the site. */
export function chartEmbedSnippet(args: { figure: ChartFigure; chart: EmbeddableChart; locale: Locale; site: URL | undefined; release?: string }): string {
  const { figure, chart, locale, release } = args;
  const siteName = t(locale, "site.name");
  const sourceLine = `${t(locale, "chart.source")}: ${sourcesLine(chart.sources, locale)} · ${t(locale, "embed.siteRelease", { site: siteName, release: release ?? "" })}`;
  return embedSnippet({
    url: absoluteUrl(embedPath(locale, figure.id, release), args.site),
    title: `${figure.title} — ${siteName}`,
    height: fallbackHeight(figure, sourceLine),
  });
}
