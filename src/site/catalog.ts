/** Page-side access to the validated collections (filled by src/content.config.ts). */
import { getCollection } from "astro:content";
import type { Dataset } from "../data/records.ts";
import type { Code, Codelist, FieldSpec, Family, Locale, Source } from "../data/schema.ts";
import { FAMILIES } from "../data/schema.ts";

export interface SiteCatalog {
  datasets: Dataset[];
  sources: Map<string, Source>;
  codelists: Map<string, Codelist>;
}

let cached: Promise<SiteCatalog> | undefined;

export function siteCatalog(): Promise<SiteCatalog> {
  cached ??= (async () => {
    const [datasets, sources, codelists] = await Promise.all([getCollection("datasets"), getCollection("sources"), getCollection("codelists")]);
    return {
      datasets: datasets.map((e) => e.data).sort((a, b) => a.meta.id.localeCompare(b.meta.id)),
      sources: new Map(sources.map((e) => [e.id, e.data])),
      codelists: new Map(codelists.map((e) => [e.id, e.data])),
    };
  })();
  return cached;
}

export function findDataset(catalog: SiteCatalog, id: string): Dataset {
  const dataset = catalog.datasets.find((d) => d.meta.id === id);
  if (!dataset) throw new Error(`The site refers to dataset "${id}", which is not in data/datasets/`);
  return dataset;
}

/** The codes a code list allows in a dataset: its inline list shadows the shared one of the same name (as in src/data/load-catalog.ts). */
export function datasetCodes(catalog: SiteCatalog, dataset: Dataset, listName: string): readonly Code[] {
  return dataset.meta.codelists[listName] ?? catalog.codelists.get(listName)?.codes ?? [];
}

/** The label of a code of a field, from the dataset's inline list or the shared one. */
export function codeLabel(catalog: SiteCatalog, dataset: Dataset, fieldName: string, code: string, locale: Locale): string {
  return fieldCodeLabel(catalog, dataset.meta, fieldName, code, locale);
}

/** The same for anything that declares fields and inline code lists (a dataset.json, the registry's organizations.json). */
export function fieldCodeLabel(catalog: SiteCatalog, declared: { fields: readonly FieldSpec[]; codelists: Readonly<Record<string, readonly Code[]>> }, fieldName: string, code: string, locale: Locale): string {
  const listName = declared.fields.find((f) => f.name === fieldName)?.codelist ?? fieldName;
  const codes = declared.codelists[listName] ?? catalog.codelists.get(listName)?.codes ?? [];
  return codes.find((c) => c.code === code)?.label[locale] ?? code;
}

/** The sources a dataset's rows cite, in order of first use. */
export function datasetSources(catalog: SiteCatalog, dataset: Dataset): Source[] {
  return citedSources(catalog.sources, dataset);
}

/** The sources a dataset's rows cite, in order of first use, looked up in `sources` (the site's, or a release's). */
export function citedSources(sources: ReadonlyMap<string, Source>, dataset: Dataset): Source[] {
  const sourceField = dataset.meta.fields.find((f) => f.type === "source")?.name ?? "source";
  const ids = [...new Set(dataset.rows.map((r) => String(r[sourceField] ?? "")))];
  return ids.map((id) => sources.get(id)).filter((s): s is Source => s !== undefined);
}

/** The line under a chart: each publisher once, e.g. "WHO; World Bank". */
export function sourcesLine(sources: readonly Source[], locale: Locale): string {
  return [...new Set(sources.map((s) => s.publisher[locale]))].join("; ");
}

export function datasetsByFamily(catalog: SiteCatalog): { family: Family; datasets: Dataset[] }[] {
  return FAMILIES.map((family) => ({ family, datasets: catalog.datasets.filter((d) => d.meta.family === family) })).filter((g) => g.datasets.length > 0);
}

/** The period a dataset covers, from its year or period columns. */
export function datasetCoverage(dataset: Dataset): { start: string; end: string } | undefined {
  const starts: string[] = [];
  const ends: string[] = [];
  for (const row of dataset.rows) {
    const year = row["year"];
    if (typeof year === "number") {
      starts.push(`${year}-01-01`);
      ends.push(`${year}-12-31`);
    }
    if (typeof row["period_start"] === "string") starts.push(row["period_start"]);
    if (typeof row["period_end"] === "string") ends.push(row["period_end"]);
  }
  if (starts.length === 0) return undefined;
  return { start: starts.sort()[0] ?? "", end: ends.sort().at(-1) ?? "" };
}

/**
 * The period a dataset covers as an ISO 8601 interval ("2000-01-01/2022-12-31", open-ended "2019-01-01/..").
 * A dataset without period columns holds figures as stated in its sources, so it covers their dates.
 */
export function datasetTemporalCoverage(dataset: Dataset, sources: readonly Source[]): string {
  const coverage = datasetCoverage(dataset);
  if (coverage) return `${coverage.start}/${coverage.end || ".."}`;
  const dates = sources.map((s) => s.date).sort();
  const first = dates[0] ?? "";
  const last = dates.at(-1) ?? first;
  return first === last ? first : `${first}/${last}`;
}
