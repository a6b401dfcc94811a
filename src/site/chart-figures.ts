/** A dataset's charts for one language: the SVG, its accessible text, and the same numbers as a table. */
import { chartPoints, type ChartPoints } from "../charts/chart-points.ts";
import { chartOptions } from "../charts/chart-options.ts";
import { renderChartSvg } from "../charts/render.ts";
import type { Dataset } from "../data/records.ts";
import type { ChartKind, ChartSpec, Locale } from "../data/schema.ts";
import { columnFractionDigits, formatPeriod, formatTick, formatValue } from "../i18n/format-value.ts";
import { t } from "../i18n/translate.ts";
import { codeLabel, type SiteCatalog } from "./catalog.ts";

export interface ChartTable {
  /** Header of the first column (years or categories). */
  xLabel: string;
  /** One column per series. */
  columns: string[];
  rows: { x: string; values: string[] }[];
}

export interface ChartFigure {
  id: string;
  title: string;
  description: string;
  /** The chart drawn for wide screens and for phones; CSS shows one. */
  svg: { wide: string; narrow: string };
  /** Series shown in the legend, with their colours. */
  legend: { label: string; colour: string }[];
  table: ChartTable;
}

export function chartFigure(catalog: SiteCatalog, dataset: Dataset, spec: ChartSpec, locale: Locale, colours: readonly string[]): ChartFigure {
  const chart = chartPoints(dataset, spec, {
    code: (field, code) => codeLabel(catalog, dataset, field, code, locale),
    period: (start, end) => formatPeriod(start, end, locale),
  });
  const series = (code: string): string => (spec.series ? codeLabel(catalog, dataset, spec.series, code, locale) : spec.title[locale]);
  const unitLabel = t(locale, `unit.${chart.unit}`);
  const title = spec.title[locale];
  const description = spec.description?.[locale] ?? describeChart(spec.kind, chart, locale, series, unitLabel);
  const format = { tick: (v: number) => formatTick(v, chart.unit, locale), value: (v: number) => formatValue(v, chart.unit, locale), unitLabel, series };
  const svg = {
    wide: renderChartSvg(chartOptions(chart, format, "wide"), { id: spec.id, title, description }),
    narrow: renderChartSvg(chartOptions(chart, format, "narrow"), { id: `${spec.id}-narrow`, title, description }),
  };
  const legend = chart.seriesDomain.length > 1 ? chart.seriesDomain.map((code, i) => ({ label: series(code), colour: colours[i % colours.length] ?? "" })) : [];
  const xField = dataset.meta.fields.find((f) => f.name === spec.x);
  const xLabel = spec.x === "period_start" ? t(locale, "table.period") : (xField?.label[locale] ?? spec.x);
  return { id: spec.id, title, description, svg, legend, table: chartTable(chart, locale, chart.seriesDomain.length > 1 ? series : () => unitLabel, xLabel) };
}

/** The numbers a chart draws, as a table: one row per x, one column per series. */
export function chartTable(chart: Pick<ChartPoints, "points" | "seriesDomain" | "unit">, locale: Locale, series: (code: string) => string, xLabel: string): ChartTable {
  const xs = [...new Set(chart.points.map((p) => p.x))];
  const byKey = new Map(chart.points.map((p) => [`${p.x}|${p.series}`, p.y]));
  const digits = chart.seriesDomain.map((s) => columnFractionDigits(chart.points.filter((p) => p.series === s).map((p) => p.y)));
  return {
    xLabel,
    columns: chart.seriesDomain.map(series),
    rows: xs.map((x) => ({ x: String(x), values: chart.seriesDomain.map((s, i) => formatValue(byKey.get(`${x}|${s}`) ?? null, chart.unit, locale, digits[i])) })),
  };
}

/** A plain-language summary for screen readers: what is shown, the range, the latest value. */
export function describeChart(kind: ChartKind, chart: Pick<ChartPoints, "points" | "seriesDomain" | "unit">, locale: Locale, series: (code: string) => string, unitLabel: string): string {
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
