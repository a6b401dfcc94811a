/** /data/<id>/<release>.csv: the dataset exactly as frozen in that release — a link in an article keeps showing what it showed. */
import type { APIRoute, GetStaticPaths } from "astro";
import { siteHistory } from "../../../site/releases.ts";

export const getStaticPaths = (async () => {
  const history = await siteHistory();
  return history.releases.flatMap((r) => r.datasets.map((d) => ({ params: { id: d.meta.id, release: r.manifest.id }, props: { csv: d.csvText } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
