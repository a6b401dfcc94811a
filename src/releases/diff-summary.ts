/** A row diff in plain English lines for the terminal: counts, then each change (old → new), a few of each kind. */
import type { CellValue } from "../data/records.ts";
import { describeKey } from "./revision-reasons.ts";
import type { RowDiff } from "./row-diff.ts";

const show = (value: CellValue): string => (value === null ? "blank" : String(value));

export function diffCounts(diff: RowDiff): string {
  return `${diff.added.length} added, ${diff.revised.length} revised, ${diff.withdrawn.length} withdrawn`;
}

export function describeDiff(diff: RowDiff, limit = 20): string[] {
  const lines: string[] = [];
  const listed = <T>(items: readonly T[], line: (item: T) => string): void => {
    lines.push(...items.slice(0, limit).map(line));
    if (items.length > limit) lines.push(`  … and ${items.length - limit} more`);
  };
  listed(diff.added, (a) => `  added      ${describeKey(a.key)}`);
  listed(diff.revised, (r) => `  revised    ${describeKey(r.key)}: ${r.changes.map((c) => `${c.field} ${show(c.old)} → ${show(c.new)}`).join("; ")}`);
  listed(diff.withdrawn, (w) => `  withdrawn  ${describeKey(w.key)}`);
  return lines;
}
