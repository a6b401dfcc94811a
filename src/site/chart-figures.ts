/** A dataset's charts for one language: the SVG, its accessible text, and the same numbers as a table. */
import { chartPoints, type ChartPoints, type PlotPoint, type PlottedSeries } from "../charts/chart-points.ts";
import { chartOptions, type ChartLayout } from "../charts/chart-options.ts";
import { renderChartSvg } from "../charts/render.ts";
import type { Dataset } from "../data/records.ts";
import type { ChartKind, ChartSpec, Locale } from "../data/schema.ts";
import { columnFractionDigits, formatPeriod, formatValue } from "../i18n/format-value.ts";
import { t } from "../i18n/translate.ts";
import { codeLabel, type SiteCatalog } from "./catalog.ts";
import { chartFormat } from "./chart-format.ts";
import { marksForRow, type RevisionMark } from "./releases.ts";
import { RevisionNotes, type RevisionNote, type TableCell } from "./revision-notes.ts";

export interface ChartTable {
  /** Header of the first column (years or categories). */
  xLabel: string;
  /** One column per series. */
  columns: string[];
  rows: { x: string; values: TableCell[] }[];
  /** Footnotes of revised figures in the table. */
  notes: RevisionNote[];
}

export interface ChartFigure {
  id: string;
  title: string;
  description: string;
  /** The y (value) axis title, e.g. "% of GDP". */
  unitLabel: string;
  /** The chart drawn for wide screens and for phones; CSS shows one. */
  svg: { wide: string; narrow: string };
  /** The size in px each SVG is drawn at (images and embeds lay out around it). */
  sizes: Record<ChartLayout, { width: number; height: number }>;
  /** Series shown in the legend, with their colours. */
  legend: { label: string; colour: string }[];
  table: ChartTable;
}

export function chartFigure(catalog: SiteCatalog, dataset: Dataset, spec: ChartSpec, locale: Locale, colours: readonly string[], marks: Map<string, RevisionMark[]> = new Map()): ChartFigure {
  const chart = chartPoints(dataset, spec, {
    code: (field, code) => codeLabel(catalog, dataset, field, code, locale),
    period: (start, end) => formatPeriod(start, end, locale),
  });
  const series = (code: string): string => (spec.series ? codeLabel(catalog, dataset, spec.series, code, locale) : spec.title[locale]);
  const format = chartFormat(chart.unit, locale, series);
  const unitLabel = format.unitLabel;
  const title = spec.title[locale];
  const description = spec.description?.[locale] ?? describeChart(chart.spec.kind, chart, locale, series, unitLabel);
  const options = { wide: chartOptions(chart, format, "wide"), narrow: chartOptions(chart, format, "narrow") };
  const svg = {
    wide: renderChartSvg(options.wide, { id: spec.id, title, description }),
    narrow: renderChartSvg(options.narrow, { id: `${spec.id}-narrow`, title, description }),
  };
  const sizeOf = (o: { width?: number; height?: number }) => ({ width: o.width ?? 0, height: o.height ?? 0 });
  const sizes = { wide: sizeOf(options.wide), narrow: sizeOf(options.narrow) };
  const legend = chart.seriesDomain.length > 1 ? chart.seriesDomain.map((code, i) => ({ label: series(code), colour: colours[i % colours.length] ?? "" })) : [];
  return { id: spec.id, title, description, unitLabel, svg, sizes, legend, table: datasetChartTable({ chart, locale, column: chart.seriesDomain.length > 1 ? series : () => unitLabel, series, dataset, marks }) };
}

/** A dataset chart's table, each revised figure marked and footnoted. */
function datasetChartTable(args: {
  chart: ChartPoints;
  locale: Locale;
  column: (code: string) => string;
  series: (code: string) => string;
  dataset: Dataset;
  marks: Map<string, RevisionMark[]>;
}): ChartTable {
  const { chart, locale, column, series, dataset, marks } = args;
  const xField = dataset.meta.fields.find((f) => f.name === chart.spec.x);
  const xLabel = chart.spec.x === "period_start" ? t(locale, "table.period") : (xField?.label[locale] ?? chart.spec.x);
  const notes = new RevisionNotes(chart.spec.id, locale);
  const many = chart.seriesDomain.length > 1;
  const table = chartTable(chart, locale, column, xLabel, (text, point) =>
    notes.cell(text, marksForRow(marks, dataset, point.row, chart.spec.y), chart.unit, many ? `${point.x} · ${series(point.series)}` : String(point.x)),
  );
  return { ...table, notes: notes.notes };
}

/** The numbers a chart draws, as a table: one row per x, one column per series; `cell` may mark a figure. */
export function chartTable<P extends PlotPoint>(
  chart: { points: readonly P[]; seriesDomain: readonly string[]; unit: PlottedSeries["unit"] },
  locale: Locale,
  column: (code: string) => string,
  xLabel: string,
  cell: (text: string, point: P) => TableCell = (text) => ({ text }),
): ChartTable {
  const xs = [...new Set(chart.points.map((p) => p.x))];
  const byKey = new Map(chart.points.map((p) => [`${p.x}|${p.series}`, p]));
  const digits = chart.seriesDomain.map((s) => columnFractionDigits(chart.points.filter((p) => p.series === s).map((p) => p.y)));
  const rows = xs.map((x) => ({
    x: String(x),
    values: chart.seriesDomain.map((s, i) => {
      const point = byKey.get(`${x}|${s}`);
      const text = formatValue(point?.y ?? null, chart.unit, locale, digits[i]);
      return point ? cell(text, point) : { text };
    }),
  }));
  return { xLabel, columns: chart.seriesDomain.map(column), rows, notes: [] };
}

/** A plain-language summary for screen readers: what is shown, the range, the latest value. */
export function describeChart(kind: ChartKind, chart: PlottedSeries, locale: Locale, series: (code: string) => string, unitLabel: string): string {
  const defined = chart.points.filter((p) => p.y !== null);
  const first = defined[0];
  const last = defined.at(-1);
  if (!first || !last) return t(locale, "chart.noData");
  const names = chart.seriesDomain.length > 1 ? chart.seriesDomain.map(series).join(", ") : "";
  const fmt = (v: number | null): string => formatValue(v, chart.unit, locale);
  if (kind === "line" && chart.seriesDomain.length === 1) {
    return t(locale, "chart.describeLine", { unit: unitLabel, from: String(first.x), to: String(last.x), first: fmt(first.y), last: fmt(last.y) });
  }
  if (kind === "line") return t(locale, "chart.describeLines", { unit: unitLabel, from: String(first.x), to: String(last.x), series: names });
  const max = defined.reduce((a, b) => ((b.y ?? 0) > (a.y ?? 0) ? b : a));
  return t(locale, "chart.describeBars", { unit: unitLabel, count: defined.length, top: String(max.x), topValue: fmt(max.y) });
}
