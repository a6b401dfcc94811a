/** Chart points → one line per series over the years, with a value axis and a dot at each year. Pure. */
import { CHART_WIDTHS, textWidth, type ChartFormat, type ChartLayout } from "./chart-options.ts";
import type { PlottedSeries } from "./chart-points.ts";
import { linear, niceTicks, type Drawing, type Shape } from "./drawing.ts";
import { SERIES_COLOURS, SINGLE_SERIES_COLOUR } from "./palette.ts";

const MARGIN = { top: 26, right: 16, bottom: 28 };

export function lineDrawing(chart: Pick<PlottedSeries, "points" | "seriesDomain">, format: ChartFormat, layout: ChartLayout): Drawing {
  const width = CHART_WIDTHS[layout];
  const height = layout === "wide" ? 300 : 240;
  const years = [...new Set(chart.points.map((p) => Number(p.x)))].sort((a, b) => a - b);
  const values = chart.points.flatMap((p) => (p.y === null ? [] : [p.y]));
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), layout === "wide" ? 5 : 4);
  const left = Math.max(36, ...ticks.map((t) => textWidth(format.tick(t))));
  const bottom = height - MARGIN.bottom;
  const y = linear([ticks[0] ?? 0, ticks.at(-1) ?? 1], [bottom, MARGIN.top]);
  const inset = 14;
  const x = years.length > 1 ? linear([years[0] ?? 0, years.at(-1) ?? 1], [left + inset, width - MARGIN.right - inset]) : () => (left + width - MARGIN.right) / 2;
  const shapes: Shape[] = [{ kind: "text", x: 0, y: 12, text: format.unitLabel, anchor: "start" }];
  for (const tick of ticks) {
    shapes.push({ kind: "line", x1: left, y1: y(tick), x2: width - MARGIN.right, y2: y(tick), opacity: tick === 0 ? 1 : 0.12 });
    shapes.push({ kind: "text", x: left - 6, y: y(tick), text: format.tick(tick), anchor: "end", middle: true });
  }
  // Label every year while they fit, otherwise every other one.
  const every = years.length * 44 > width - left ? 2 : 1;
  years.forEach((year, i) => {
    if (i % every === 0) shapes.push({ kind: "text", x: x(year), y: bottom + 16, text: String(year), anchor: "middle" });
  });
  chart.seriesDomain.forEach((series, i) => {
    const colour = chart.seriesDomain.length > 1 ? (SERIES_COLOURS[i % SERIES_COLOURS.length] ?? SINGLE_SERIES_COLOUR) : SINGLE_SERIES_COLOUR;
    const points = years.map((year) => chart.points.find((p) => p.series === series && Number(p.x) === year)?.y ?? null);
    // A missing year breaks the line: a new segment starts after the gap, never a drop to zero.
    const d = points.map((v, k) => (v === null ? "" : `${k === 0 || points[k - 1] === null ? "M" : "L"}${round(x(years[k] ?? 0))},${round(y(v))}`)).join("");
    if (d) shapes.push({ kind: "path", d, stroke: colour });
    points.forEach((v, k) => {
      if (v !== null) shapes.push({ kind: "circle", cx: x(years[k] ?? 0), cy: y(v), r: 3, fill: colour });
    });
  });
  return { width, height, shapes };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
