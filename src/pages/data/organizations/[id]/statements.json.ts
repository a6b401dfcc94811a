/** /data/organizations/<id>/statements.json: registry facts, statements, findings, chart of accounts and sources. */
import type { APIRoute, GetStaticPaths } from "astro";
import { siteCatalog } from "../../../../site/catalog.ts";
import { organizationJson } from "../../../../site/organization-downloads.ts";
import { findOrganization, organizationCatalog } from "../../../../site/organizations.ts";

export const getStaticPaths = (async () => {
  const catalog = await organizationCatalog();
  return catalog.records.map((e) => ({ params: { id: e.organization.id }, props: { id: e.organization.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const [site, catalog] = await Promise.all([siteCatalog(), organizationCatalog()]);
  const entry = findOrganization(catalog, (props as { id: string }).id);
  return new Response(organizationJson(entry, catalog, site.sources), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
