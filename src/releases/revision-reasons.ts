/** Every revised or withdrawn published value needs a recorded reason; data/revisions.json holds them until the release. */
import type { DataProblem } from "../data/problems.ts";
import type { CellValue } from "../data/records.ts";
import type { RevisionReason, RevisionsFile, RowKey } from "./manifest-schema.ts";

/** The reason whose match covers this row of this dataset (the most specific one wins). */
export function reasonFor(revisions: RevisionsFile, dataset: string, key: RowKey): RevisionReason | undefined {
  const candidates = revisions.revisions
    .filter((r) => r.dataset === dataset && Object.entries(r.match).every(([field, value]) => String(key[field] ?? "") === String(value)))
    .sort((a, b) => Object.keys(b.match).length - Object.keys(a.match).length);
  const best = candidates[0];
  return best ? { kind: best.kind, text: best.reason } : undefined;
}

export function describeKey(key: RowKey): string {
  return Object.entries(key).map(([k, v]) => `${k}=${String(v)}`).join(", ");
}

function showCell(value: CellValue): string {
  return value === null ? "blank" : String(value);
}

/** The refusal for a revision without a reason, located at the row in data.csv. */
export function missingReasonProblem(args: {
  file: string;
  line: number;
  column: number;
  dataset: string;
  key: RowKey;
  release: string;
  change: { field: string; old: CellValue; new: CellValue } | "withdrawn";
}): DataProblem {
  const { file, line, column, dataset, key, release, change } = args;
  const what = change === "withdrawn" ? `the row ${describeKey(key)} published in ${release} was withdrawn` : `${showCell(change.old)} → ${showCell(change.new)} for ${describeKey(key)} revises a value published in ${release}`;
  const match = JSON.stringify(Object.fromEntries(Object.entries(key).map(([k, v]) => [k, v ?? ""])));
  return {
    severity: "error",
    file,
    line,
    column,
    field: change === "withdrawn" ? "-" : change.field,
    rule: `${what} without a recorded reason`,
    fix: `add to data/revisions.json: {"dataset": "${dataset}", "match": ${match}, "kind": "scheduled revision" or "correction", "reason": "one sentence on why"} — or restore the published value`,
  };
}
