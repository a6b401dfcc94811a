/** Page-side view of the release history: versions of a dataset, when it changed, and its revised figures. */
import { getCollection } from "astro:content";
import type { CellValue, Dataset, DatasetRow } from "../data/records.ts";
import type { Source } from "../data/schema.ts";
import type { ReleaseManifest, RevisionReason } from "../releases/manifest-schema.ts";
import { nextUpdate, type ReleaseCalendar } from "../releases/release-calendar.ts";
import { keyOf, keyString } from "../releases/row-diff.ts";

export interface SiteRelease {
  manifest: ReleaseManifest;
  manifestSha256: string;
  /** The datasets exactly as frozen in this release, and the sources they cite. */
  datasets: Dataset[];
  sources: Source[];
}

export interface SiteHistory {
  /** Newest first. */
  releases: SiteRelease[];
  calendar: ReleaseCalendar;
}

let cached: Promise<SiteHistory> | undefined;

export function siteHistory(): Promise<SiteHistory> {
  cached ??= (async () => {
    const [releases, calendars] = await Promise.all([getCollection("releases"), getCollection("releaseCalendar")]);
    const ordered = releases.map((e) => e.data).sort((a, b) => b.manifest.date.localeCompare(a.manifest.date) || b.manifest.id.localeCompare(a.manifest.id, "en", { numeric: true }));
    return { releases: ordered, calendar: calendars[0]?.data ?? { planned: [] } };
  })();
  return cached;
}

export interface ReleaseCounts {
  datasets: number;
  added: number;
  revised: number;
  withdrawn: number;
}

export function releaseCounts(manifest: ReleaseManifest, datasetId?: string): ReleaseCounts {
  const entries = Object.entries(manifest.changes).filter(([id]) => datasetId === undefined || id === datasetId);
  return entries.reduce(
    (n, [, c]) => ({ datasets: n.datasets + 1, added: n.added + c.added.length, revised: n.revised + c.revised.length, withdrawn: n.withdrawn + c.withdrawn.length }),
    { datasets: 0, added: 0, revised: 0, withdrawn: 0 },
  );
}

/** Every release that holds the dataset, newest first, with what changed in it. */
export function datasetVersions(history: SiteHistory, datasetId: string): { release: SiteRelease; counts: ReleaseCounts; changed: boolean }[] {
  return history.releases
    .filter((r) => r.datasets.some((d) => d.meta.id === datasetId))
    .map((release) => ({ release, counts: releaseCounts(release.manifest, datasetId), changed: datasetId in release.manifest.changes }));
}

/** The latest release that changed the dataset, and the next planned one that will update it. */
export function updateDates(history: SiteHistory, datasetId: string): { last?: ReleaseManifest; next?: ReleaseCalendar["planned"][number] } {
  const last = history.releases.find((r) => datasetId in r.manifest.changes)?.manifest;
  const latest = history.releases[0]?.manifest.date ?? "";
  return { last, next: nextUpdate(history.calendar, datasetId, latest) };
}

export interface RevisionMark {
  release: string;
  previousRelease: string;
  field: string;
  old: CellValue;
  new: CellValue;
  reason: RevisionReason;
}

/** Revised figures of a dataset (numeric fields only), by row key, oldest revision first. */
export function revisionMarks(history: SiteHistory, dataset: Dataset): Map<string, RevisionMark[]> {
  const numeric = new Set(dataset.meta.fields.filter((f) => f.type === "integer" || f.type === "number").map((f) => f.name));
  const marks = new Map<string, RevisionMark[]>();
  for (const release of [...history.releases].reverse()) {
    for (const revision of release.manifest.changes[dataset.meta.id]?.revised ?? []) {
      for (const change of revision.changes.filter((c) => numeric.has(c.field))) {
        const id = keyString(revision.key);
        marks.set(id, [...(marks.get(id) ?? []), { release: release.manifest.id, previousRelease: release.manifest.previous?.id ?? "", ...change, reason: revision.reason }]);
      }
    }
  }
  return marks;
}

export function marksForRow(marks: Map<string, RevisionMark[]>, dataset: Dataset, row: DatasetRow, field: string): RevisionMark[] {
  return (marks.get(keyString(keyOf(row, dataset.meta.primaryKey))) ?? []).filter((m) => m.field === field);
}
