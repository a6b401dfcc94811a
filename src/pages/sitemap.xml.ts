/** /sitemap.xml: every page in kk, ru and en with its alternates, for search engines. */
import type { APIRoute } from "astro";
import { siteCatalog } from "../site/catalog.ts";
import { organizationCatalog } from "../site/organizations.ts";
import { openDataUrls } from "../site/open-data-urls.ts";
import { siteHistory } from "../site/releases.ts";
import { localizedPages, sitemapXml } from "../site/sitemap.ts";

export const GET: APIRoute = async ({ site }) => {
  const releases = (await siteHistory()).releases.map((r) => r.manifest.id);
  const organizations = (await organizationCatalog()).records.map((r) => r.organization.id);
  return new Response(sitemapXml(localizedPages(await siteCatalog(), releases, organizations), openDataUrls(site)), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
