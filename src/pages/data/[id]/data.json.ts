/** /data/<id>/data.json: metadata, cited sources and typed rows (missing values as null). */
import type { APIRoute, GetStaticPaths } from "astro";
import { datasetSources, siteCatalog } from "../../../site/catalog.ts";
import { datasetJson } from "../../../site/dataset-json.ts";

export const getStaticPaths = (async () => {
  const catalog = await siteCatalog();
  return catalog.datasets.map((d) => ({ params: { id: d.meta.id }, props: { json: datasetJson(d, datasetSources(catalog, d)) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, { headers: { "Content-Type": "application/json; charset=utf-8" } });
