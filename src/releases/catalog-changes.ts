/** What a release would change: every dataset of data/ against the latest release, with the recorded reasons. */
import type { DataProblem } from "../data/problems.ts";
import type { DataCatalog, Dataset } from "../data/records.ts";
import type { DatasetChanges, RevisionsFile } from "./manifest-schema.ts";
import { parseCsv } from "../data/parse-csv.ts";
import { diffRows, keyOf } from "./row-diff.ts";
import { missingReasonProblem, reasonFor } from "./revision-reasons.ts";

export interface PendingChanges {
  /** Per dataset id, only datasets with changes. */
  changes: Record<string, DatasetChanges>;
  /** A revision or withdrawal without a reason, located at its row. */
  problems: DataProblem[];
}

const EMPTY: readonly Dataset[] = [];

/** The CSV's column order, to point a message at the changed cell. */
function csvHeader(dataset: Dataset): string[] {
  return parseCsv(dataset.csvText.replace(/^\uFEFF/, "").split(/\r?\n|\r/, 1)[0] ?? "").header;
}

/** Compares data/ with the latest release; `releasedAs` names it in messages, `releasedDir` locates withdrawn rows. */
export function pendingChanges(
  previous: DataCatalog | undefined,
  current: DataCatalog,
  revisions: RevisionsFile,
  released: { id: string; relDir: string } | undefined,
): PendingChanges {
  const changes: Record<string, DatasetChanges> = {};
  const problems: DataProblem[] = [];
  const before = new Map((previous?.datasets ?? EMPTY).map((d) => [d.meta.id, d]));
  const ids = [...new Set([...before.keys(), ...current.datasets.map((d) => d.meta.id)])].sort();
  for (const id of ids) {
    const old = before.get(id);
    const now = current.datasets.find((d) => d.meta.id === id);
    const primaryKey = now?.meta.primaryKey ?? old?.meta.primaryKey ?? [];
    const diff = diffRows(old?.rows ?? [], now?.rows ?? [], primaryKey);
    const entry: DatasetChanges = { added: diff.added.map((a) => a.key), revised: [], withdrawn: [] };
    for (const revision of diff.revised) {
      const reason = reasonFor(revisions, id, revision.key);
      if (reason) entry.revised.push({ key: revision.key, changes: revision.changes, reason });
      else {
        const index = now?.rows.indexOf(revision.row) ?? -1;
        for (const change of revision.changes) {
          const column = now ? csvHeader(now).indexOf(change.field) + 1 : 1;
          problems.push(missingReasonProblem({ file: now?.csvPath ?? "", line: now?.rowLines[index] ?? 1, column, dataset: id, key: revision.key, release: released?.id ?? "", change }));
        }
      }
    }
    for (const withdrawal of diff.withdrawn) {
      const reason = reasonFor(revisions, id, withdrawal.key);
      if (reason) entry.withdrawn.push({ key: withdrawal.key, old: withdrawal.old, reason });
      else {
        const index = old?.rows.indexOf(withdrawal.old) ?? -1;
        problems.push(missingReasonProblem({ file: `${released?.relDir ?? ""}/datasets/${id}/data.csv`, line: old?.rowLines[index] ?? 1, column: 1, dataset: id, key: keyOf(withdrawal.old, primaryKey), release: released?.id ?? "", change: "withdrawn" }));
      }
    }
    if (entry.added.length + entry.revised.length + entry.withdrawn.length > 0) changes[id] = entry;
  }
  return { changes, problems };
}
