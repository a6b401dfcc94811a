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

/** The two layouts every chart is drawn in: wide for desktops, narrow for phones (switched by CSS, no JS). */
export const CHART_WIDTHS = { wide: 640, narrow: 340 } as const;
export type ChartLayout = keyof typeof CHART_WIDTHS;
export const FONT_SIZE = 12;
/** Average glyph width at FONT_SIZE, generous so labels are never cut off. */
const CHAR_WIDTH = 7.2;

/** Values spread over the domain, stand-ins for the ticks Plot will choose, to size the margin for the widest label. */
function likelyTicks(lo: number, hi: number): number[] {
  return Array.from({ length: 11 }, (_, i) => Math.round((lo + ((hi - lo) * i) / 10) * 10) / 10).concat(hi * 1.2);
}

/** Breaks a label into lines that fit maxWidth, by the same generous estimate as the margins. */
export function wrapLabel(text: string, maxWidth: number, fontSize = FONT_SIZE): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return [...lines, line].join("\n");
}

/** A generous estimate of a text's width in px (with 12 px to spare), also used to lay out chart images. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return Math.ceil(text.length * CHAR_WIDTH * (fontSize / FONT_SIZE)) + 12;
}

export function chartOptions(chart: ChartPoints, format: ChartFormat, layout: ChartLayout = "wide"): Plot.PlotOptions {
  return chart.spec.kind === "line" ? lineOptions(chart, format, layout) : barOptions(chart, format, layout);
}

function colour(chart: ChartPoints, format: ChartFormat): Plot.ScaleOptions {
  return {
    domain: chart.seriesDomain,
    range: chart.seriesDomain.length > 1 ? SERIES_COLOURS : [SINGLE_SERIES_COLOUR],
    tickFormat: (code: string) => format.series(code),
  };
}

function lineOptions(chart: ChartPoints, format: ChartFormat, layout: ChartLayout): Plot.PlotOptions {
  const defined = chart.points.filter((p) => p.y !== null);
  const ys = defined.map((p) => p.y ?? 0);
  const marginLeft = Math.max(40, ...likelyTicks(Math.min(0, ...ys), Math.max(0, ...ys)).map((v) => textWidth(format.tick(v))));
  return {
    width: CHART_WIDTHS[layout],
    height: layout === "wide" ? 340 : 280,
    marginLeft,
    marginRight: 24,
    marginTop: 28,
    marginBottom: 32,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { label: null, tickFormat: (year: number) => String(year), ticks: layout === "wide" ? 8 : 4 },
    y: { label: format.unitLabel, labelAnchor: "top", labelArrow: "none", grid: true, nice: true, zero: true, ticks: 6, tickFormat: (v: number) => format.tick(v) },
    color: colour(chart, format),
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(chart.points, { x: "x", y: "y", z: "series", stroke: "series", strokeWidth: 2 }),
      Plot.dot(defined, { x: "x", y: "y", fill: "series", r: 2.5 }),
    ],
  };
}

function barOptions(chart: ChartPoints, format: ChartFormat, layout: ChartLayout): Plot.PlotOptions {
  const width = CHART_WIDTHS[layout];
  const bars = chart.points.filter((p) => p.y !== null);
  const categories = bars.map((p) => String(p.x));
  const ordered = typeof chart.points[0]?.x === "string" && !/^\d{4}/.test(categories[0] ?? "")
    ? [...bars].sort((a, b) => (b.y ?? 0) - (a.y ?? 0)).map((p) => String(p.x))
    : categories;
  const labelWidth = Math.max(60, ...categories.map((c) => textWidth(c)));
  const valueWidth = Math.max(...bars.map((p) => textWidth(format.value(p.y ?? 0))));
  // Long labels on a narrow chart would leave no room for the bars: write each label above its bar instead.
  const labelsAbove = labelWidth > width * 0.4;
  const wrapped = new Map(categories.map((c) => [c, wrapLabel(c, width - 16)]));
  const labelLines = labelsAbove ? Math.max(...[...wrapped.values()].map((w) => w.split("\n").length)) : 1;
  const step = labelsAbove ? 24 + 16 * labelLines : 26;
  const padding = labelsAbove ? 1 - 14 / step : 0.25;
  const category = (p: { x: number | string }): string => String(p.x);
  return {
    width,
    height: Math.max(120, 60 + categories.length * step),
    marginLeft: labelsAbove ? 20 : labelWidth,
    marginRight: valueWidth + 8,
    marginTop: 28,
    marginBottom: 32,
    style: { fontSize: `${FONT_SIZE}px` },
    x: { label: format.unitLabel, labelAnchor: "right", labelArrow: "none", grid: true, nice: true, ticks: layout === "wide" ? 4 : 2, tickFormat: (v: number) => format.tick(v) },
    y: { label: null, domain: [...new Set(ordered)], padding, axis: labelsAbove ? null : "left" },
    color: colour(chart, format),
    marks: [
      Plot.barX(bars, { x: "y", y: category, fill: "series" }),
      Plot.text(bars, { x: "y", y: category, text: (p: { y: number }) => format.value(p.y), textAnchor: "start", dx: 4, fill: "currentColor" }),
      ...(labelsAbove
        ? [Plot.text(bars, { x: 0, y: category, text: (p: { x: number | string }) => wrapped.get(String(p.x)) ?? String(p.x), textAnchor: "start", lineAnchor: "bottom", dy: -11, fill: "currentColor" })]
        : []),
      Plot.ruleX([0]),
    ],
  };
}
