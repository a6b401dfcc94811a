/** /publish/datasets.json: what the checking page needs to check files in the browser (src/site/publish-catalog.ts). */
import type { APIRoute } from "astro";
import { siteCatalog } from "../../site/catalog.ts";
import { publishCatalog } from "../../site/publish-catalog.ts";
import { siteHistory } from "../../site/releases.ts";

export const GET: APIRoute = async () => {
  const body = publishCatalog(await siteCatalog(), await siteHistory());
  return new Response(`${JSON.stringify(body)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
