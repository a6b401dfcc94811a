/** The codes a dataset's code fields accept: every shared list in data/codelists/, shadowed by the dataset's inline lists. */
import type { Codelist, DatasetMeta } from "./schema.ts";

export function datasetCodeSets(meta: DatasetMeta, shared: Readonly<Record<string, Codelist>>): Map<string, Set<string>> {
  const codes = new Map<string, Set<string>>();
  for (const [name, list] of Object.entries(shared)) codes.set(name, new Set(list.codes.map((c) => c.code)));
  for (const [name, list] of Object.entries(meta.codelists)) codes.set(name, new Set(list.map((c) => c.code)));
  return codes;
}
