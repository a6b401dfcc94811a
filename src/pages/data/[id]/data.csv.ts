/** /data/<id>/data.csv: the CSV exactly as committed in data/, byte for byte. */
import type { APIRoute, GetStaticPaths } from "astro";
import { siteCatalog } from "../../../site/catalog.ts";

export const getStaticPaths = (async () => {
  const catalog = await siteCatalog();
  return catalog.datasets.map((d) => ({ params: { id: d.meta.id }, props: { csv: d.csvText } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
