/** /data/<id>/<release>.json: metadata, sources and typed rows of the dataset as frozen in that release. */
import type { APIRoute, GetStaticPaths } from "astro";
import type { Source } from "../../../data/schema.ts";
import { datasetJson } from "../../../site/dataset-json.ts";
import { siteHistory } from "../../../site/releases.ts";

export const getStaticPaths = (async () => {
  const history = await siteHistory();
  return history.releases.flatMap((r) =>
    r.datasets.map((d) => {
      const sourceField = d.meta.fields.find((f) => f.type === "source")?.name ?? "source";
      const cited = new Set(d.rows.map((row) => String(row[sourceField] ?? "")));
      const sources: Source[] = r.sources.filter((s) => cited.has(s.id));
      return { params: { id: d.meta.id, release: r.manifest.id }, props: { json: datasetJson(d, sources, r.manifest.id) } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, { headers: { "Content-Type": "application/json; charset=utf-8" } });
