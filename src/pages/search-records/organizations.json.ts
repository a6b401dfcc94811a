/** The organisation pages' search records (src/site/search-records.ts says who reads and removes this file). */
import type { APIRoute } from "astro";
import { siteCatalog } from "../../site/catalog.ts";
import { organizationSearchRecords } from "../../site/organization-search.ts";
import { organizationCatalog } from "../../site/organizations.ts";

export const GET: APIRoute = async () => {
  const records = organizationSearchRecords(await siteCatalog(), await organizationCatalog());
  return new Response(JSON.stringify(records), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
