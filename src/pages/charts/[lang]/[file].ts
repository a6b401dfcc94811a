/** /charts/<lang>/<chart>.svg, .png and @2x.png: each chart with its title, unit, legend and source, drawn once per language. */
import type { APIRoute, GetStaticPaths } from "astro";
import { svgToPng } from "../../../charts/rasterise.ts";
import { LOCALES, type Locale } from "../../../i18n/locales.ts";
import { siteCatalog } from "../../../site/catalog.ts";
import { chartImage } from "../../../site/chart-images.ts";
import { embedFigure, latestCharts, type EmbeddableChart } from "../../../site/embeds.ts";
import type { ChartImageFormat } from "../../../site/paths.ts";

const FORMATS: { format: ChartImageFormat; suffix: string }[] = [
  { format: "svg", suffix: ".svg" },
  { format: "png", suffix: ".png" },
  { format: "png@2x", suffix: "@2x.png" },
];

export const getStaticPaths = (async () => {
  const charts = latestCharts(await siteCatalog());
  return LOCALES.flatMap((locale) =>
    charts.flatMap((chart) => FORMATS.map(({ format, suffix }) => ({ params: { lang: locale, file: `${chart.spec.id}${suffix}` }, props: { locale, chart, format } }))),
  );
}) satisfies GetStaticPaths;

type Props = { locale: Locale; chart: EmbeddableChart; format: ChartImageFormat };

export const GET: APIRoute = async ({ props, site }) => {
  const { locale, chart, format } = props as Props;
  const figure = embedFigure(await siteCatalog(), chart, locale);
  const image = chartImage(figure, chart, locale, site);
  if (format === "svg") return new Response(image.svg, { headers: { "Content-Type": "image/svg+xml" } });
  return new Response(svgToPng(image.svg, format === "png" ? 1 : 2), { headers: { "Content-Type": "image/png" } });
};
