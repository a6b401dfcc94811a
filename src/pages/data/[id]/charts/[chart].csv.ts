/** /data/<id>/charts/<chart>.csv: the rows one chart draws, with the dataset's columns. */
import type { APIRoute, GetStaticPaths } from "astro";
import { siteCatalog } from "../../../../site/catalog.ts";
import { chartCsv } from "../../../../site/chart-csv.ts";
import { latestCharts } from "../../../../site/embeds.ts";

export const getStaticPaths = (async () =>
  latestCharts(await siteCatalog()).map(({ dataset, spec }) => ({ params: { id: dataset.meta.id, chart: spec.id }, props: { csv: chartCsv(dataset, spec) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { csv: string }).csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
