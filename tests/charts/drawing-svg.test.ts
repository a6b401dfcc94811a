/** The organisation charts' drawings: nice ticks, bars and lines inside the drawing, accessible and stable SVG. */
import { describe, expect, test } from "vitest";
import { barDrawing } from "../../src/charts/bar-drawing.ts";
import type { ChartFormat, ChartLayout } from "../../src/charts/chart-options.ts";
import type { PlotPoint } from "../../src/charts/chart-points.ts";
import { niceTicks, type Drawing } from "../../src/charts/drawing.ts";
import { lineDrawing } from "../../src/charts/line-drawing.ts";
import { renderDrawing } from "../../src/charts/render-drawing.ts";
import { formatTick, formatValue } from "../../src/i18n/format-value.ts";

const format: ChartFormat = { tick: (v) => formatTick(v, "tenge", "en"), value: (v) => formatValue(v, "tenge", "en"), unitLabel: "tenge", series: (c) => c };
/** The Almaty Mental Health Centre's payments in 2023 (cash report, tenge), the largest and two small ones. */
const payments: PlotPoint[] = [
  { x: "Corporate income tax", y: 145000, series: "" },
  { x: "Payroll", y: 3171010200, series: "" },
  { x: "Payroll taxes and contributions (social tax, social contributions, employer pension contributions)", y: 254903100, series: "" },
  { x: "Business travel", y: 259200, series: "" },
];
/** Its receipts and closing cash 2018–2023, with 2020 blanked to test the gap. */
const trends: PlotPoint[] = [
  [2018, 2182490850, 21532970],
  [2019, 2410589200, 45418700],
  [2020, null, null],
  [2021, 5873677850, 485697850],
  [2022, 3711221020, 10006590],
  [2023, 4486048500, 4488800],
].flatMap(([x, receipts, cash]) => [
  { x: x ?? 0, y: receipts ?? null, series: "receipts" },
  { x: x ?? 0, y: cash ?? null, series: "closing-cash" },
]);

function inside(drawing: Drawing): boolean {
  return drawing.shapes.every((s) => {
    const xs = s.kind === "rect" ? [s.x, s.x + s.width] : s.kind === "line" ? [s.x1, s.x2] : s.kind === "circle" ? [s.cx] : s.kind === "text" ? [s.x] : [];
    return xs.every((x) => x >= 0 && x <= drawing.width);
  });
}

describe("nice ticks", () => {
  test.each([
    [0, 3171010200, 4, [0, 1e9, 2e9, 3e9, 4e9]],
    [0, 0.3, 3, [0, 0.1, 0.2, 0.3]],
    [-226970, 485697850, 5, [-1e8, 0, 1e8, 2e8, 3e8, 4e8, 5e8]],
    [0, 0, 4, [0, 1]],
  ])("from %d to %d in about %d steps", (lo, hi, count, ticks) => {
    expect(niceTicks(lo, hi, count)).toEqual(ticks);
  });
});

describe.each(["wide", "narrow"] as const)("%s drawings", (layout: ChartLayout) => {
  const bars = barDrawing({ points: payments }, format, layout);
  const lines = lineDrawing({ points: trends, seriesDomain: ["receipts", "closing-cash"] }, format, layout);

  test("bars come largest first, each with its label above and its value at its end, all inside the drawing", () => {
    const texts = bars.shapes.filter((s) => s.kind === "text").map((s) => (s.kind === "text" ? s.text : ""));
    expect(texts.indexOf("Payroll")).toBeLessThan(texts.indexOf("3.17 bn ₸"));
    expect(texts.indexOf("3.17 bn ₸")).toBeLessThan(texts.indexOf("Business travel"));
    expect(texts.at(-1)).toBe("tenge");
    expect(bars.shapes.filter((s) => s.kind === "rect")).toHaveLength(4);
    expect(inside(bars)).toBe(true);
  });

  test("a missing year breaks the line instead of dropping to zero", () => {
    const paths = lines.shapes.filter((s) => s.kind === "path").map((s) => (s.kind === "path" ? s.d : ""));
    expect(paths).toHaveLength(2);
    for (const d of paths) expect(d.match(/M/g)).toHaveLength(2);
    expect(lines.shapes.filter((s) => s.kind === "circle")).toHaveLength(10);
    expect(inside(lines)).toBe(true);
  });

  test("renders one accessible image, byte-identical every time, with rounded coordinates and escaped text", () => {
    const svg = renderDrawing(bars, { id: `payments-${layout}`, title: "Payments <2023> & more", description: "A test chart." });
    expect(svg).toMatch(new RegExp(`^<svg [^>]*role="img" aria-labelledby="payments-${layout}-title payments-${layout}-desc"`));
    expect(svg).toContain(`<title id="payments-${layout}-title">Payments &lt;2023&gt; &amp; more</title>`);
    expect(svg).not.toMatch(/ (x|y|x1|y1|x2|y2|width|height|cx|cy)="-?\d+\.\d{2,}"/);
    expect(renderDrawing(barDrawing({ points: payments }, format, layout), { id: `payments-${layout}`, title: "Payments <2023> & more", description: "A test chart." })).toBe(svg);
  });
});

test("the drawings match their snapshots", async () => {
  await expect(renderDrawing(barDrawing({ points: payments }, format, "narrow"), { id: "bars", title: "Payments", description: "Bars." })).toMatchFileSnapshot("__snapshots__/drawing-bars-narrow.svg");
  await expect(renderDrawing(lineDrawing({ points: trends, seriesDomain: ["receipts", "closing-cash"] }, format, "wide"), { id: "lines", title: "Trends", description: "Lines." })).toMatchFileSnapshot("__snapshots__/drawing-lines.svg");
});
