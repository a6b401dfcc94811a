/** /data/catalog.json: every dataset and every release with their pages and files (documented on /{lang}/api/). */
import type { APIRoute } from "astro";
import { siteCatalog } from "../../site/catalog.ts";
import { catalogJson } from "../../site/catalog-json.ts";
import { everyLanguage, openDataUrls } from "../../site/open-data-urls.ts";
import { siteHistory } from "../../site/releases.ts";
import { jsonFile } from "../../site/json-file.ts";

export const GET: APIRoute = async ({ site }) => {
  const body = catalogJson(await siteCatalog(), await siteHistory(), openDataUrls(site), everyLanguage("site.name"));
  return jsonFile(body);
};
