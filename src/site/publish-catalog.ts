/**
 * What the checking page (/{lang}/publish/) needs to check a file in the browser, as one static JSON
 * (/publish/datasets.json): every dataset's metadata, the codes its code fields accept (with labels),
 * the source ids, and the latest release that holds it (whose rows are at /data/<id>/<release>.json).
 */
import type { Code, DatasetMeta, Locale, Source } from "../data/schema.ts";
import type { SiteCatalog } from "./catalog.ts";
import type { SiteHistory } from "./releases.ts";

export interface PublishDataset {
  meta: DatasetMeta;
  /** Each code list the dataset's fields name, with its codes and labels. */
  codelists: Record<string, Code[]>;
  /** The latest release holding this dataset, or null when it has never been released. */
  release: string | null;
}

export interface PublishCatalog {
  sourceIds: string[];
  datasets: PublishDataset[];
}

export function publishCatalog(catalog: SiteCatalog, history: SiteHistory): PublishCatalog {
  const latest = history.releases[0];
  return {
    sourceIds: [...catalog.sources.values()].map((s: Source) => s.id).sort(),
    datasets: catalog.datasets.map(({ meta }) => ({
      meta,
      codelists: Object.fromEntries(
        meta.fields.flatMap((f) => (f.codelist ? [[f.codelist, meta.codelists[f.codelist] ?? catalog.codelists.get(f.codelist)?.codes ?? []]] : [])),
      ),
      release: latest?.datasets.some((d) => d.meta.id === meta.id) ? latest.manifest.id : null,
    })),
  };
}

/** The label of a code of a field in the reader's language (the code itself when the list does not have it). */
export function publishCodeLabel(dataset: PublishDataset, field: string, code: string, locale: Locale): string {
  const list = dataset.meta.fields.find((f) => f.name === field)?.codelist;
  return (list ? dataset.codelists[list] : undefined)?.find((c) => c.code === code)?.label[locale] ?? code;
}
