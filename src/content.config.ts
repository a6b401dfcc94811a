/** The content layer: every collection is filled by the one validation path in src/data/. */
import { defineCollection } from "astro:content";
import type { Loader, LoaderContext } from "astro/loaders";
import { fileURLToPath } from "node:url";
import { loadDataCatalog } from "./data/load-catalog.ts";
import type { DataCatalog } from "./data/records.ts";
import {
  codelistEntrySchema,
  datasetEntrySchema,
  documentEntrySchema,
  organizationEntrySchema,
  registryEntrySchema,
  sourceEntrySchema,
  statementKindEntrySchema,
  statementSetEntrySchema,
} from "./data/collection-schemas.ts";
import { organizationEntries, statementKindEntries } from "./data/organization-entries.ts";

let catalog: DataCatalog | undefined;
/** Collections that have not read the catalog yet in this round of loading. */
const pending = new Set<string>();

/** Reads data/ once per build; a validation error stops the build with every located problem. */
function catalogFor(context: LoaderContext, name: string): DataCatalog {
  const root = fileURLToPath(context.config.root);
  if (!catalog) {
    catalog = loadDataCatalog(`${root}data`, root);
    for (const collection of Object.keys(collections)) pending.add(collection);
  }
  const read = catalog;
  pending.delete(name);
  // The last collection lets the catalog go: with 10,000 organisations it holds hundreds of megabytes
  // the page build needs for itself. A reload (astro dev) reads data/ again.
  if (pending.size === 0) catalog = undefined;
  return read;
}

function catalogLoader(name: string, entries: (c: DataCatalog) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: `data-catalog:${name}`,
    load: async (context) => {
      context.store.clear();
      for (const { id, data } of entries(catalogFor(context, name))) {
        const parsed = await context.parseData({ id, data });
        context.store.set({ id, data: parsed, digest: context.generateDigest(parsed) });
      }
    },
  };
}

export const collections = {
  datasets: defineCollection({
    loader: catalogLoader("datasets", (c) => c.datasets.map((d) => ({ id: d.meta.id, data: { ...d } }))),
    schema: datasetEntrySchema,
  }),
  sources: defineCollection({
    loader: catalogLoader("sources", (c) => c.sources.map((s) => ({ id: s.id, data: { ...s } }))),
    schema: sourceEntrySchema,
  }),
  documents: defineCollection({
    loader: catalogLoader("documents", (c) => Object.entries(c.documents).map(([file, text]) => ({ id: file, data: { file, text } }))),
    schema: documentEntrySchema,
  }),
  codelists: defineCollection({
    loader: catalogLoader("codelists", (c) => Object.values(c.codelists).map((l) => ({ id: l.name, data: { ...l } }))),
    schema: codelistEntrySchema,
  }),
  organizations: defineCollection({
    loader: catalogLoader("organizations", (c) => organizationEntries(c.statements).map((e) => ({ id: e.organization.id, data: { ...e } }))),
    schema: organizationEntrySchema,
  }),
  registry: defineCollection({
    loader: catalogLoader("registry", (c) => (c.statements.registry ? [{ id: "organizations", data: { ...c.statements.registry } }] : [])),
    schema: registryEntrySchema,
  }),
  statementKinds: defineCollection({
    loader: catalogLoader("statementKinds", (c) => statementKindEntries(c.statements).map((e) => ({ id: e.kind.id, data: { ...e } }))),
    schema: statementKindEntrySchema,
  }),
  statementSets: defineCollection({
    loader: catalogLoader("statementSets", (c) => c.statements.sets.map((s) => ({ id: s.meta.id, data: { ...s } }))),
    schema: statementSetEntrySchema,
  }),
};
