/**
 * /data/organizations/<id>/statements.csv: an organisation's statement rows in the layout of data/statements/;
 * /data/organizations/<id>/statements.json: its registry facts, statements, findings, chart of accounts and sources.
 * One route for both, so that an organisation's two files are built one after the other from one unpacking.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { siteCatalog } from "../../../../site/catalog.ts";
import { organizationCsv, organizationJson } from "../../../../site/organization-downloads.ts";
import { findOrganization, organizationCatalog } from "../../../../site/organizations.ts";

const FILES = { "statements.csv": "text/csv; charset=utf-8", "statements.json": "application/json; charset=utf-8" } as const;

export const getStaticPaths = (async () => {
  const catalog = await organizationCatalog();
  return catalog.records.flatMap((e) => Object.keys(FILES).map((file) => ({ params: { id: e.organization.id, file }, props: { id: e.organization.id, file } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { id, file } = props as { id: string; file: keyof typeof FILES };
  const [site, catalog] = await Promise.all([siteCatalog(), organizationCatalog()]);
  const entry = findOrganization(catalog, id);
  const body = file === "statements.csv" ? organizationCsv(entry, catalog) : organizationJson(entry, catalog, site.sources);
  return new Response(body, { headers: { "Content-Type": FILES[file] } });
};
