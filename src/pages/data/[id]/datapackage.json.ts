/** /data/<id>/datapackage.json: the dataset's Frictionless Data Package, describing data.csv beside it. */
import type { APIRoute, GetStaticPaths } from "astro";
import { findDataset, siteCatalog } from "../../../site/catalog.ts";
import { datasetPackage } from "../../../site/data-package.ts";
import { openDataUrls } from "../../../site/open-data-urls.ts";
import { jsonFile } from "../../../site/json-file.ts";

export const getStaticPaths = (async () => {
  const catalog = await siteCatalog();
  return catalog.datasets.map((d) => ({ params: { id: d.meta.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await siteCatalog();
  const body = datasetPackage(catalog, findDataset(catalog, String(params.id)), openDataUrls(site));
  return jsonFile(body);
};
