/** What changed between two versions of a dataset, row by row, keyed by its primary key. Pure. */
import type { CellValue, DatasetRow } from "../data/records.ts";
import type { RowKey } from "./manifest-schema.ts";

export interface RowDiff {
  added: { key: RowKey; row: DatasetRow }[];
  revised: { key: RowKey; row: DatasetRow; changes: { field: string; old: CellValue; new: CellValue }[] }[];
  withdrawn: { key: RowKey; old: DatasetRow }[];
}

export function keyOf(row: DatasetRow, primaryKey: readonly string[]): RowKey {
  return Object.fromEntries(primaryKey.map((k) => [k, row[k] ?? null]));
}

export function keyString(key: RowKey): string {
  return JSON.stringify(Object.keys(key).sort().map((k) => [k, key[k]]));
}

/** Compares every non-key field; a changed cell is a revision, a missing key a withdrawal. */
export function diffRows(before: readonly DatasetRow[], after: readonly DatasetRow[], primaryKey: readonly string[]): RowDiff {
  const old = new Map(before.map((row) => [keyString(keyOf(row, primaryKey)), row]));
  const diff: RowDiff = { added: [], revised: [], withdrawn: [] };
  const seen = new Set<string>();
  for (const row of after) {
    const key = keyOf(row, primaryKey);
    const id = keyString(key);
    seen.add(id);
    const previous = old.get(id);
    if (!previous) {
      diff.added.push({ key, row });
      continue;
    }
    const fields = [...new Set([...Object.keys(previous), ...Object.keys(row)])].filter((f) => !primaryKey.includes(f));
    const changes = fields.filter((f) => (previous[f] ?? null) !== (row[f] ?? null)).map((f) => ({ field: f, old: previous[f] ?? null, new: row[f] ?? null }));
    if (changes.length > 0) diff.revised.push({ key, row, changes });
  }
  for (const [id, row] of old) if (!seen.has(id)) diff.withdrawn.push({ key: keyOf(row, primaryKey), old: row });
  return diff;
}
