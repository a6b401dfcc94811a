/** /data/datapackage.json: one Frictionless Data Package for the whole site, every dataset a resource. */
import type { APIRoute } from "astro";
import { siteCatalog } from "../../site/catalog.ts";
import { sitePackage } from "../../site/data-package.ts";
import { everyLanguage, openDataUrls } from "../../site/open-data-urls.ts";
import { jsonFile } from "../../site/json-file.ts";

export const GET: APIRoute = async ({ site }) => {
  const body = sitePackage(await siteCatalog(), openDataUrls(site), { title: everyLanguage("site.name"), description: everyLanguage("site.tagline") });
  return jsonFile(body);
};
