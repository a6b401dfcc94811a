/** Chart points → horizontal bars, largest first, each labelled above its bar and valued at its end. Pure. */
import { CHART_WIDTHS, textWidth, wrapLabel, type ChartFormat, type ChartLayout } from "./chart-options.ts";
import type { PlottedSeries } from "./chart-points.ts";
import { linear, niceTicks, type Drawing, type Shape } from "./drawing.ts";
import { SINGLE_SERIES_COLOUR } from "./palette.ts";

const LINE_HEIGHT = 15;
const BAR_HEIGHT = 12;
const MARGIN = { top: 8, left: 4, bottom: 34 };

export function barDrawing(chart: Pick<PlottedSeries, "points">, format: ChartFormat, layout: ChartLayout): Drawing {
  const width = CHART_WIDTHS[layout];
  const bars = chart.points.filter((p): p is typeof p & { y: number } => p.y !== null && p.y > 0).sort((a, b) => b.y - a.y);
  const max = Math.max(0, ...bars.map((p) => p.y));
  const ticks = niceTicks(0, max, layout === "wide" ? 4 : 2);
  const top = ticks.at(-1) ?? 1;
  const valueWidth = Math.max(0, ...bars.map((p) => textWidth(format.value(p.y))));
  const right = width - valueWidth - 4;
  const x = linear([0, top], [MARGIN.left, right]);
  const shapes: Shape[] = [];
  let y = MARGIN.top;
  const labelled = bars.map((bar) => ({ bar, lines: wrapLabel(String(bar.x), width - 2 * MARGIN.left).split("\n") }));
  const plotBottom = MARGIN.top + labelled.reduce((h, { lines }) => h + lines.length * LINE_HEIGHT + BAR_HEIGHT + 10, 0);
  for (const tick of ticks) {
    shapes.push({ kind: "line", x1: x(tick), y1: MARGIN.top, x2: x(tick), y2: plotBottom, opacity: 0.12 });
  }
  for (const { bar, lines } of labelled) {
    for (const line of lines) {
      y += LINE_HEIGHT;
      shapes.push({ kind: "text", x: MARGIN.left, y: y - 3, text: line, anchor: "start" });
    }
    shapes.push({ kind: "rect", x: x(0), y, width: Math.max(1, x(bar.y) - x(0)), height: BAR_HEIGHT, fill: SINGLE_SERIES_COLOUR });
    shapes.push({ kind: "text", x: x(bar.y) + 4, y: y + BAR_HEIGHT / 2, text: format.value(bar.y), anchor: "start", middle: true });
    y += BAR_HEIGHT + 10;
  }
  shapes.push({ kind: "line", x1: x(0), y1: MARGIN.top, x2: x(0), y2: plotBottom, opacity: 1 });
  ticks.forEach((tick, i) => {
    // The outer labels are anchored inwards so that they never stick out of the drawing.
    shapes.push({ kind: "text", x: x(tick), y: plotBottom + 14, text: format.tick(tick), anchor: i === 0 ? "start" : i === ticks.length - 1 ? "end" : "middle" });
  });
  shapes.push({ kind: "text", x: right, y: plotBottom + 30, text: format.unitLabel, anchor: "end" });
  return { width, height: plotBottom + MARGIN.bottom, shapes };
}
