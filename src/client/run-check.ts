/**
 * One check of an official's file, as the checking page's web worker runs it: the importer (src/data, the same
 * code as `npm run import` and the build's rules), then what the charts would draw and what would change
 * since the current release. Pure, so it also runs in tests without a browser.
 */
import { chartPoints } from "../charts/chart-points.ts";
import { checkImport, type ImportStep } from "../data/import/check-import.ts";
import { formatPeriod } from "../i18n/format-value.ts";
import { diffRows } from "../releases/row-diff.ts";
import { publishCodeLabel } from "../site/publish-catalog.ts";
import { LISTED, type ChangeList, type CheckOutcome, type CheckRequest } from "./check-protocol.ts";

const listed = <T>(items: readonly T[]): ChangeList<T> => ({ count: items.length, first: items.slice(0, LISTED) });

export function runCheck(request: CheckRequest, onStep: (step: ImportStep) => void = () => {}): CheckOutcome {
  const { dataset, locale } = request;
  const { meta } = dataset;
  const codes = new Map(Object.entries(dataset.codelists).map(([name, list]) => [name, new Set(list.map((c) => c.code))]));
  const result = checkImport({
    meta,
    bytes: new Uint8Array(request.bytes),
    file: request.fileName,
    headerRow: request.headerRow,
    ctx: { codes, sourceIds: new Set(request.sourceIds) },
    onProgress: onStep,
  });
  const clean = result.problems.length === 0;
  const labels = { code: (field: string, code: string) => publishCodeLabel(dataset, field, code, locale), period: (start: string, end: string) => formatPeriod(start, end, locale) };
  const diff = clean ? diffRows(request.released ?? [], result.rows, meta.primaryKey) : undefined;
  return {
    format: result.format,
    headerRow: result.headerRow,
    notices: result.notices,
    problems: listed(result.problems),
    rowCount: result.rows.length,
    csv: result.csv,
    charts: clean ? meta.charts.map((spec) => chartPoints({ meta, rows: result.rows }, spec, labels)) : [],
    changes: diff
      ? {
          added: listed(diff.added.map((a) => a.key)),
          revised: listed(diff.revised.map(({ key, changes }) => ({ key, changes }))),
          withdrawn: listed(diff.withdrawn.map((w) => w.key)),
        }
      : null,
  };
}
