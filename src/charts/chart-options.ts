/** Chart points → Observable Plot options (line over years, or horizontal bars over categories). No DOM, no I/O. */
import * as Plot from "@observablehq/plot";
import type { ChartPoints } from "./chart-points.ts";
import { SERIES_COLOURS, SINGLE_SERIES_COLOUR } from "./palette.ts";

export interface ChartFormat {
  /** Axis tick label of a value in the chart's unit. */
  tick(value: number): string;
  /** A value as shown at the end of a bar. */
  value(value: number): string;
  /** The y (value) axis title, e.g. "% of GDP". */
  unitLabel: string;
  /** The label of a series code. */
  series(code: string): string;
}

export const CHART_WIDTH = 640;
const FONT_SIZE = 12;
/** Average glyph width at FONT_SIZE, generous so labels are never cut off. */
const CHAR_WIDTH = 7.2;

/** Values spread over the domain, stand-ins for the ticks Plot will choose, to size the margin for the widest label. */
function likelyTicks(lo: number, hi: number): number[] {
  return Array.from({ length: 11 }, (_, i) => Math.round((lo + ((hi - lo) * i) / 10) * 10) / 10).concat(hi * 1.2);
}

function textWidth(text: string): number {
  return Math.ceil(text.length * CHAR_WIDTH) + 12;
}

export function chartOptions(chart: ChartPoints, format: ChartFormat): Plot.PlotOptions {
  return chart.spec.kind === "line" ? lineOptions(chart, format) : barOptions(chart, format);
}

function colour(chart: ChartPoints, format: ChartFormat): Plot.ScaleOptions {
  return {
    domain: chart.seriesDomain,
    range: chart.seriesDomain.length > 1 ? SERIES_COLOURS : [SINGLE_SERIES_COLOUR],
    tickFormat: (code: string) => format.series(code),
  };
}

function lineOptions(chart: ChartPoints, format: ChartFormat): Plot.PlotOptions {
  const defined = chart.points.filter((p) => p.y !== null);
  const ys = defined.map((p) => p.y ?? 0);
  const marginLeft = Math.max(40, ...likelyTicks(Math.min(0, ...ys), Math.max(0, ...ys)).map((v) => textWidth(format.tick(v))));
  return {
    width: CHART_WIDTH,
    height: 340,
    marginLeft,
    marginRight: 24,
    marginTop: 28,
    marginBottom: 32,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { label: null, tickFormat: (year: number) => String(year), ticks: 8 },
    y: { label: format.unitLabel, labelAnchor: "top", labelArrow: "none", grid: true, nice: true, zero: true, ticks: 6, tickFormat: (v: number) => format.tick(v) },
    color: colour(chart, format),
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(chart.points, { x: "x", y: "y", z: "series", stroke: "series", strokeWidth: 2 }),
      Plot.dot(defined, { x: "x", y: "y", fill: "series", r: 2.5 }),
    ],
  };
}

function barOptions(chart: ChartPoints, format: ChartFormat): Plot.PlotOptions {
  const bars = chart.points.filter((p) => p.y !== null);
  const categories = bars.map((p) => String(p.x));
  const ordered = typeof chart.points[0]?.x === "string" && !/^\d{4}/.test(categories[0] ?? "")
    ? [...bars].sort((a, b) => (b.y ?? 0) - (a.y ?? 0)).map((p) => String(p.x))
    : categories;
  const marginLeft = Math.max(60, ...categories.map(textWidth));
  const longestValue = Math.max(...bars.map((p) => textWidth(format.value(p.y ?? 0))));
  return {
    width: CHART_WIDTH,
    height: Math.max(120, 40 + categories.length * 26),
    marginLeft,
    marginRight: longestValue + 8,
    marginTop: 28,
    marginBottom: 32,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { label: format.unitLabel, labelAnchor: "right", labelArrow: "none", grid: true, nice: true, ticks: 4, tickFormat: (v: number) => format.tick(v) },
    y: { label: null, domain: [...new Set(ordered)], padding: 0.25 },
    color: colour(chart, format),
    marks: [
      Plot.barX(bars, { x: "y", y: (p: { x: number | string }) => String(p.x), fill: "series" }),
      Plot.text(bars, { x: "y", y: (p: { x: number | string }) => String(p.x), text: (p: { y: number }) => format.value(p.y), textAnchor: "start", dx: 4, fill: "currentColor" }),
      Plot.ruleX([0]),
    ],
  };
}
