/** The content layer: every collection is filled by the one validation path in src/data/. */
import { defineCollection } from "astro:content";
import type { Loader, LoaderContext } from "astro/loaders";
import { fileURLToPath } from "node:url";
import { loadSiteData, type SiteData } from "./releases/read-site-data.ts";
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
import { releaseEntrySchema } from "./releases/collection-schema.ts";
import { releaseCalendarSchema } from "./releases/release-calendar.ts";

let siteData: SiteData | undefined;
/** Collections that have not read the data yet in this round of loading. */
const pending = new Set<string>();

/** Reads data/ and its release history once per build; a validation error stops the build with every located problem. */
function siteDataFor(context: LoaderContext, name: string): SiteData {
  const root = fileURLToPath(context.config.root);
  if (!siteData) {
    siteData = loadSiteData(`${root}data`, root);
    for (const collection of Object.keys(collections)) pending.add(collection);
  }
  const read = siteData;
  pending.delete(name);
  // The last collection lets the data go: with 10,000 organisations it holds hundreds of megabytes
  // the page build needs for itself. A reload (astro dev) reads data/ again.
  if (pending.size === 0) siteData = undefined;
  return read;
}

function catalogLoader(name: string, entries: (d: SiteData) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: `data-catalog:${name}`,
    load: async (context) => {
      context.store.clear();
      for (const { id, data } of entries(siteDataFor(context, name))) {
        const parsed = await context.parseData({ id, data });
        context.store.set({ id, data: parsed, digest: context.generateDigest(parsed) });
      }
    },
  };
}

export const collections = {
  datasets: defineCollection({
    loader: catalogLoader("datasets", ({ catalog }) => catalog.datasets.map((d) => ({ id: d.meta.id, data: { ...d } }))),
    schema: datasetEntrySchema,
  }),
  sources: defineCollection({
    loader: catalogLoader("sources", ({ catalog }) => catalog.sources.map((s) => ({ id: s.id, data: { ...s } }))),
    schema: sourceEntrySchema,
  }),
  documents: defineCollection({
    loader: catalogLoader("documents", ({ catalog }) => Object.entries(catalog.documents).map(([file, text]) => ({ id: file, data: { file, text } }))),
    schema: documentEntrySchema,
  }),
  codelists: defineCollection({
    loader: catalogLoader("codelists", ({ catalog }) => Object.values(catalog.codelists).map((l) => ({ id: l.name, data: { ...l } }))),
    schema: codelistEntrySchema,
  }),
  releases: defineCollection({
    loader: catalogLoader("releases", ({ history }) =>
      history.releases.map((r) => ({
        id: r.manifest.id,
        data: { manifest: r.manifest, manifestSha256: r.manifestSha256, datasets: r.catalog.datasets.map((d) => ({ ...d })), sources: [...r.catalog.sources] },
      })),
    ),
    schema: releaseEntrySchema,
  }),
  releaseCalendar: defineCollection({
    loader: catalogLoader("releaseCalendar", ({ calendar }) => [{ id: "calendar", data: { ...calendar } }]),
    schema: releaseCalendarSchema,
  }),
  organizations: defineCollection({
    loader: catalogLoader("organizations", ({ catalog: c }) => organizationEntries(c.statements).map((e) => ({ id: e.organization.id, data: { ...e } }))),
    schema: organizationEntrySchema,
  }),
  registry: defineCollection({
    loader: catalogLoader("registry", ({ catalog: c }) => (c.statements.registry ? [{ id: "organizations", data: { ...c.statements.registry } }] : [])),
    schema: registryEntrySchema,
  }),
  statementKinds: defineCollection({
    loader: catalogLoader("statementKinds", ({ catalog: c }) => statementKindEntries(c.statements).map((e) => ({ id: e.kind.id, data: { ...e } }))),
    schema: statementKindEntrySchema,
  }),
  statementSets: defineCollection({
    loader: catalogLoader("statementSets", ({ catalog: c }) => c.statements.sets.map((s) => ({ id: s.meta.id, data: { ...s } }))),
    schema: statementSetEntrySchema,
  }),
};
