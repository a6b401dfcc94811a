/** The JSON download of a dataset: its metadata, the sources it cites, and the typed rows. */
import type { Dataset } from "../data/records.ts";
import type { Source } from "../data/schema.ts";

/** Everything about a dataset but its rows (the zip's metadata.json, and the head of data.json). */
export function datasetMetadata(dataset: Dataset, sources: readonly Source[], release?: string) {
  const { meta } = dataset;
  return {
    id: meta.id,
    ...(release ? { release } : {}),
    title: meta.title,
    description: meta.description,
    status: meta.status,
    family: meta.family,
    licence: meta.licence,
    primaryKey: meta.primaryKey,
    fields: meta.fields,
    codelists: meta.codelists,
    sources,
  };
}

export function datasetJson(dataset: Dataset, sources: readonly Source[], release?: string): string {
  return `${JSON.stringify({ ...datasetMetadata(dataset, sources, release), rows: dataset.rows }, null, 2)}\n`;
}
