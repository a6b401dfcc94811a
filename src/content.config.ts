/** The content layer: every collection is filled by the one validation path in src/data/. */
import { defineCollection } from "astro:content";
import type { Loader, LoaderContext } from "astro/loaders";
import { fileURLToPath } from "node:url";
import { loadSiteData, type SiteData } from "./releases/read-site-data.ts";
import { codelistEntrySchema, datasetEntrySchema, documentEntrySchema, sourceEntrySchema } from "./data/collection-schemas.ts";
import { releaseEntrySchema } from "./releases/collection-schema.ts";
import { releaseCalendarSchema } from "./releases/release-calendar.ts";

let siteData: SiteData | undefined;

/** Reads data/ and its release history once per build; a validation error stops the build with every located problem. */
function siteDataFor(context: LoaderContext): SiteData {
  const root = fileURLToPath(context.config.root);
  siteData ??= loadSiteData(`${root}data`, root);
  return siteData;
}

function catalogLoader(name: string, entries: (d: SiteData) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: `data-catalog:${name}`,
    load: async (context) => {
      context.store.clear();
      for (const { id, data } of entries(siteDataFor(context))) {
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
    loader: catalogLoader("release-calendar", ({ calendar }) => [{ id: "calendar", data: { ...calendar } }]),
    schema: releaseCalendarSchema,
  }),
};
