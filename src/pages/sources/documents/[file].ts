/** /sources/documents/<file>: the source documents the figures are cited to, as committed in data/. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";

export const getStaticPaths = (async () => {
  const documents = await getCollection("documents");
  return documents.map((d) => ({ params: { file: d.data.file }, props: { text: d.data.text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
