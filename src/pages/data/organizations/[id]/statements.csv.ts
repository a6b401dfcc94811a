/** /data/organizations/<id>/statements.csv: an organisation's statement rows in the layout of data/statements/. */
import type { APIRoute, GetStaticPaths } from "astro";
import { organizationCsv } from "../../../../site/organization-downloads.ts";
import { findOrganization, organizationCatalog } from "../../../../site/organizations.ts";

export const getStaticPaths = (async () => {
  const catalog = await organizationCatalog();
  return catalog.records.map((e) => ({ params: { id: e.organization.id }, props: { id: e.organization.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const catalog = await organizationCatalog();
  const entry = findOrganization(catalog, (props as { id: string }).id);
  return new Response(organizationCsv(entry, catalog), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
