/** The JSON download of a dataset: its metadata, the sources it cites, and the typed rows. */
import type { Dataset } from "../data/records.ts";
import type { Source } from "../data/schema.ts";

export function datasetJson(dataset: Dataset, sources: readonly Source[], release?: string): string {
  const { meta } = dataset;
  const body = {
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
    rows: dataset.rows,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
