/**
 * Frictionless Data Packages (v2, https://datapackage.org/): one per dataset at /data/<id>/datapackage.json
 * and one for the whole site at /data/datapackage.json. Resource paths are relative to the descriptor,
 * so they resolve wherever the site is served.
 */
import { createHash } from "node:crypto";
import type { Dataset } from "../data/records.ts";
import type { LocalizedText, Source } from "../data/schema.ts";
import { datasetSources, type SiteCatalog } from "./catalog.ts";
import { licenceUrl } from "./licences.ts";
import type { OpenDataUrls } from "./open-data-urls.ts";
import { sourceLabel, tableSchema, type TableSchema } from "./table-schema.ts";

export const DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
export const DATA_RESOURCE_PROFILE = "https://datapackage.org/profiles/2.0/dataresource.json";

interface Licence {
  name: string;
  path?: string;
}

interface PackageSource {
  title: string;
  path?: string;
  /** Not in the standard: each source keeps its own licence. */
  license: Licence;
}

export interface DataResource {
  $schema: string;
  name: string;
  type: "table";
  path: string;
  title: string;
  description: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  bytes: number;
  hash: string;
  schema: TableSchema;
  licenses: Licence[];
  sources: PackageSource[];
}

export interface DataPackage {
  $schema: string;
  name: string;
  title: string;
  description: string;
  homepage: string;
  keywords?: string[];
  licenses?: Licence[];
  contributors: { title: string; path: string; roles: string[] }[];
  sources?: PackageSource[];
  resources: DataResource[];
  /** Not in the standard: the title and description in every language of the site. */
  translations: { title: LocalizedText; description: LocalizedText };
}

const PUBLISHER = "Open Health KZ";

/** The package of one dataset; its CSV sits beside the descriptor. */
export function datasetPackage(catalog: SiteCatalog, dataset: Dataset, urls: OpenDataUrls): DataPackage {
  const { meta } = dataset;
  const resource = dataResource(catalog, dataset, "data.csv", urls);
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: meta.id,
    title: meta.title.en,
    description: meta.description.en,
    homepage: urls.datasetPage("en", meta.id),
    ...(meta.keywords && meta.keywords.en.length > 0 ? { keywords: meta.keywords.en } : {}),
    licenses: resource.licenses,
    contributors: [{ title: PUBLISHER, path: urls.home, roles: ["publisher"] }],
    sources: resource.sources,
    resources: [resource],
    translations: { title: meta.title, description: meta.description },
  };
}

/** The package of the whole site: every dataset's CSV as one resource, each with its own licence and sources. */
export function sitePackage(catalog: SiteCatalog, urls: OpenDataUrls, text: { title: LocalizedText; description: LocalizedText }): DataPackage {
  const resources = catalog.datasets.map((d) => dataResource(catalog, d, `${d.meta.id}/data.csv`, urls));
  const licences = [...new Set(catalog.datasets.map((d) => d.meta.licence))];
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: "open-health-kz",
    title: text.title.en,
    description: text.description.en,
    homepage: urls.home,
    // one licence for the package only when every dataset shares it; otherwise each resource says its own
    ...(licences.length === 1 && licences[0] ? { licenses: [licence(licences[0])] } : {}),
    contributors: [{ title: PUBLISHER, path: urls.home, roles: ["publisher"] }],
    resources,
    translations: text,
  };
}

function dataResource(catalog: SiteCatalog, dataset: Dataset, path: string, urls: OpenDataUrls): DataResource {
  const { meta } = dataset;
  const sources = datasetSources(catalog, dataset);
  const bytes = Buffer.from(dataset.csvText, "utf8");
  return {
    $schema: DATA_RESOURCE_PROFILE,
    name: meta.id,
    type: "table",
    path,
    title: meta.title.en,
    description: meta.description.en,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: bytes.byteLength,
    hash: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
    schema: tableSchema(catalog, dataset, sources),
    licenses: [licence(meta.licence)],
    sources: sources.map((s) => packageSource(s, urls)),
  };
}

function licence(name: string): Licence {
  const path = licenceUrl(name);
  return path ? { name, path } : { name };
}

function packageSource(source: Source, urls: OpenDataUrls): PackageSource {
  const path = source.url ?? (source.document ? urls.document(source.document) : undefined);
  const sourceLicence = source.licenceUrl ? { name: source.licence, path: source.licenceUrl } : licence(source.licence);
  return { title: sourceLabel(source), ...(path ? { path } : {}), license: sourceLicence };
}
