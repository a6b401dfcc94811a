/** /cards/<lang>/datasets/<id>.png: a shared link to a dataset page shows its first chart under its title. */
import type { APIRoute, GetStaticPaths } from "astro";
import { svgToPng } from "../../../../charts/rasterise.ts";
import { LOCALES, type Locale } from "../../../../i18n/locales.ts";
import { datasetSources, findDataset, siteCatalog, sourcesLine } from "../../../../site/catalog.ts";
import { datasetCard } from "../../../../site/chart-images.ts";
import { embedFigure } from "../../../../site/embeds.ts";

export const getStaticPaths = (async () => {
  const catalog = await siteCatalog();
  return LOCALES.flatMap((locale) => catalog.datasets.map((d) => ({ params: { lang: locale, id: d.meta.id }, props: { locale, id: d.meta.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale, id } = props as { locale: Locale; id: string };
  const catalog = await siteCatalog();
  const dataset = findDataset(catalog, id);
  const sources = datasetSources(catalog, dataset);
  const first = dataset.meta.charts[0];
  const figure = first && embedFigure(catalog, { spec: first, dataset, sources }, locale);
  const card = datasetCard(locale, { title: dataset.meta.title[locale], description: dataset.meta.description[locale], sources: sourcesLine(sources, locale) }, figure);
  return new Response(svgToPng(card.svg), { headers: { "Content-Type": "image/png" } });
};
