/** Revised figures in a table: the cell shows a marker, a footnote gives the earlier value, the release and the reason. */
import type { CellValue } from "../data/records.ts";
import type { Locale } from "../data/schema.ts";
import type { UnitId } from "../data/units.ts";
import { formatValue } from "../i18n/format-value.ts";
import type { RevisionMark } from "./releases.ts";

export interface RevisionNote {
  /** Footnote id, unique within the page. */
  id: string;
  /** What the cell is, e.g. "2008 · Kazakhstan". */
  label: string;
  earlier: string;
  later: string;
  release: string;
  previousRelease: string;
  kind: RevisionMark["reason"]["kind"];
  reason: string;
}

export interface TableCell {
  text: string;
  /** Set when the figure was revised: the footnote of its latest revision. */
  revision?: RevisionNote;
}

/** Numbers the footnotes of one table: `rev-<table>-1`, `rev-<table>-2`… */
export class RevisionNotes {
  readonly notes: RevisionNote[] = [];
  constructor(private readonly tableId: string, private readonly locale: Locale) {}

  /** A cell for a value; marked when it has revisions (the latest is footnoted, earlier ones listed with it). */
  cell(text: string, marks: readonly RevisionMark[], unit: UnitId, label: string): TableCell {
    const latest = marks.at(-1);
    if (!latest) return { text };
    const [earlier, later] = this.pair(latest.old, latest.new, unit);
    const note: RevisionNote = {
      id: `rev-${this.tableId}-${this.notes.length + 1}`,
      label,
      earlier,
      later,
      release: latest.release,
      previousRelease: latest.previousRelease,
      kind: latest.reason.kind,
      reason: latest.reason.text,
    };
    this.notes.push(note);
    return { text, revision: note };
  }

  /** Formatted as readers see them; when rounding hides the change, the exact figures are shown. */
  private pair(old: CellValue, now: CellValue, unit: UnitId): [string, string] {
    const show = (v: CellValue, digits?: number): string => (typeof v === "number" ? formatValue(v, unit, this.locale, digits) : formatValue(null, unit, this.locale));
    const a = show(old, 2);
    const b = show(now, 2);
    return a !== b ? [a, b] : [String(old), String(now)];
  }
}
