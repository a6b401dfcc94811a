/** A release's changes as tables a reader can scan: each revised figure old → new with its reason, each withdrawal. */
import type { CellValue, Dataset } from "../data/records.ts";
import type { FieldSpec, Locale } from "../data/schema.ts";
import { isUnitId } from "../data/units.ts";
import { formatValue } from "../i18n/format-value.ts";
import type { RevisionKind, RowKey } from "../releases/manifest-schema.ts";
import { codeLabel, type SiteCatalog } from "./catalog.ts";
import { releaseCounts, type ReleaseCounts, type SiteRelease } from "./releases.ts";

/** Changes that share one recorded reason, shown under it. */
export interface ReasonGroup<Row> {
  kind: RevisionKind;
  reason: string;
  rows: Row[];
}

export interface ReleaseChangeTable {
  datasetId: string;
  title: string;
  counts: ReleaseCounts;
  revised: ReasonGroup<{ key: string; field: string; before: string; after: string }>[];
  withdrawn: ReasonGroup<{ key: string; before: string }>[];
}

function groupByReason<Row>(items: readonly { kind: RevisionKind; reason: string; row: Row }[]): ReasonGroup<Row>[] {
  const groups = new Map<string, ReasonGroup<Row>>();
  for (const { kind, reason, row } of items) {
    const id = `${kind}|${reason}`;
    const group = groups.get(id) ?? { kind, reason, rows: [] };
    group.rows.push(row);
    groups.set(id, group);
  }
  return [...groups.values()];
}

export function releaseChangeTables(catalog: SiteCatalog, release: SiteRelease, locale: Locale): ReleaseChangeTable[] {
  return Object.entries(release.manifest.changes).map(([datasetId, changes]) => {
    const dataset = release.datasets.find((d) => d.meta.id === datasetId) ?? catalog.datasets.find((d) => d.meta.id === datasetId);
    const field = (name: string): FieldSpec | undefined => dataset?.meta.fields.find((f) => f.name === name);
    const show = (name: string, value: CellValue, unitHint: CellValue): string => showCell(catalog, dataset, field(name), value, unitHint, locale);
    const keyLabel = (key: RowKey): string => Object.entries(key).map(([k, v]) => show(k, v, null)).join(" · ");
    return {
      datasetId,
      title: dataset?.meta.title[locale] ?? datasetId,
      counts: releaseCounts(release.manifest, datasetId),
      revised: groupByReason(
        changes.revised.flatMap((r) =>
          r.changes.map((c) => ({
            kind: r.reason.kind,
            reason: r.reason.text,
            row: { key: keyLabel(r.key), field: field(c.field)?.label[locale] ?? c.field, ...beforeAfter(c.old, c.new, (v) => show(c.field, v, null)) },
          })),
        ),
      ),
      withdrawn: groupByReason(
        changes.withdrawn.map((w) => ({
          kind: w.reason.kind,
          reason: w.reason.text,
          row: {
            key: keyLabel(w.key),
            before: Object.entries(w.old)
              .filter(([name]) => !(name in w.key) && field(name)?.type !== "source")
              .map(([name, v]) => show(name, v, w.old["unit"] ?? null))
              .join(" · "),
          },
        })),
      ),
    };
  });
}

/** Old and new as readers see them; when rounding hides the change, the exact values are shown. */
function beforeAfter(old: CellValue, now: CellValue, show: (v: CellValue) => string): { before: string; after: string } {
  const before = show(old);
  const after = show(now);
  return before === after ? { before: String(old), after: String(now) } : { before, after };
}

function showCell(catalog: SiteCatalog, dataset: Dataset | undefined, field: FieldSpec | undefined, value: CellValue, unitHint: CellValue, locale: Locale): string {
  if (value === null) return formatValue(null, "units", locale);
  if (!field || !dataset) return String(value);
  if (field.type === "code") return codeLabel(catalog, dataset, field.name, String(value), locale);
  if (field.type === "source") return catalog.sources.get(String(value))?.publisher[locale] ?? String(value);
  if ((field.type === "number" || field.type === "integer") && typeof value === "number") {
    const unit = field.unit ?? (typeof unitHint === "string" && isUnitId(unitHint) ? unitHint : "units");
    return formatValue(value, unit, locale, 2);
  }
  return String(value);
}
