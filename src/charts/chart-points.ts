/** Dataset rows → the points one chart draws: filtered, with labelled categories and series. Pure. */
import type { Dataset, DatasetRow } from "../data/records.ts";
import type { ChartSpec } from "../data/schema.ts";
import { isUnitId, type UnitId } from "../data/units.ts";

/** What a chart draws of one figure: enough for the drawings and tables of figures that are not dataset rows. */
export interface PlotPoint {
  /** A year (number) for line charts, a category label for bar charts. */
  x: number | string;
  /** Missing values stay null: lines break and bars are left out, never drawn as 0. */
  y: number | null;
  /** The series code ("" when the chart has one series). */
  series: string;
}

/** A point of a dataset chart. */
export interface ChartPoint extends PlotPoint {
  /** The dataset row the point comes from (tables use it to find revisions). */
  row: DatasetRow;
}

/** The points, series and unit of a chart, whatever its figures come from (a dataset, a statement). */
export interface PlottedSeries {
  points: readonly PlotPoint[];
  seriesDomain: readonly string[];
  unit: UnitId;
}

export interface ChartPoints {
  spec: ChartSpec;
  unit: UnitId;
  points: ChartPoint[];
  /** Every series code in a stable order: colours never shift when a series is missing or toggled. */
  seriesDomain: string[];
}

export interface ChartLabels {
  /** The label of a code of a field (regions, countries, indicators…), in the reader's language. */
  code(field: string, code: string): string;
  /** The label of a row's period, e.g. "2019–2021". */
  period(start: string, end: string): string;
}

/** The dataset rows a chart draws: those its filter keeps, in file order. */
export function chartRows(dataset: Pick<Dataset, "rows">, spec: ChartSpec): DatasetRow[] {
  return dataset.rows.filter((row) =>
    Object.entries(spec.filter ?? {}).every(([field, allowed]) => allowed.includes(String(row[field] ?? ""))),
  );
}

export function chartPoints(dataset: Pick<Dataset, "meta" | "rows">, spec: ChartSpec, labels: ChartLabels): ChartPoints {
  const rows = chartRows(dataset, spec);
  const field = (name: string) => dataset.meta.fields.find((f) => f.name === name);
  const xField = field(spec.x);
  const points = rows.map((row): ChartPoint => {
    const rawX = row[spec.x] ?? null;
    let x: number | string;
    if (spec.x === "period_start" && typeof row["period_end"] === "string") x = labels.period(String(rawX), row["period_end"]);
    else if (xField?.type === "code") x = labels.code(spec.x, String(rawX));
    else x = typeof rawX === "number" ? rawX : String(rawX);
    const y = row[spec.y];
    return { x, y: typeof y === "number" ? y : null, series: spec.series ? String(row[spec.series] ?? "") : "", row };
  });
  const unitFromRows = rows.map((r) => r["unit"]).find((u): u is string => typeof u === "string");
  const unit = spec.unit ?? field(spec.y)?.unit ?? (unitFromRows !== undefined && isUnitId(unitFromRows) ? unitFromRows : "units");
  const seriesDomain = [...new Set(points.map((p) => p.series))].sort();
  return { spec, unit, points, seriesDomain };
}
