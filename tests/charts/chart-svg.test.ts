/** Build-time SVG: accessible, stable ids, rounded coordinates, byte-identical on every render. */
import { describe, expect, test } from "vitest";
import { chartOptions, type ChartFormat, type ChartLayout } from "../../src/charts/chart-options.ts";
import { chartPoints } from "../../src/charts/chart-points.ts";
import { renderChartSvg } from "../../src/charts/render.ts";
import type { Dataset } from "../../src/data/records.ts";
import { datasetMetaSchema, type ChartSpec } from "../../src/data/schema.ts";
import { formatTick, formatValue } from "../../src/i18n/format-value.ts";

const text = { kk: "x", ru: "x", en: "x" };
/** Kazakhstan's current health expenditure, % of GDP, 2016–2022 (WHO GHED), with 2019 blanked to test gaps. */
const dataset: Dataset = {
  meta: datasetMetaSchema.parse({
    id: "snapshot",
    family: "spending",
    status: "reference",
    title: text,
    description: text,
    frequency: "annual",
    licence: "CC-BY-4.0",
    primaryKey: ["country", "year"],
    fields: [
      { name: "country", type: "code", codelist: "countries", required: true, label: text },
      { name: "year", type: "year", required: true, label: text },
      { name: "value", type: "number", unit: "percent-of-gdp", label: text },
      { name: "source", type: "source", required: true, label: text },
    ],
  }),
  rows: [
    [2016, 3.15],
    [2017, 2.91],
    [2018, 2.84],
    [2019, null],
    [2020, 3.82],
    [2021, 3.92],
    [2022, 3.57],
  ].flatMap(([year, value]) => [
    { country: "KAZ", year: year ?? null, value: value ?? null, source: "s" },
    { country: "KGZ", year: year ?? null, value: typeof value === "number" ? value * 1.7 : null, source: "s" },
  ]),
  rowLines: [],
  csvText: "",
  csvPath: "data.csv",
};

const format: ChartFormat = {
  tick: (v) => formatTick(v, "percent-of-gdp", "en"),
  value: (v) => formatValue(v, "percent-of-gdp", "en"),
  unitLabel: "% of GDP",
  series: (code) => ({ KAZ: "Kazakhstan", KGZ: "Kyrgyzstan" })[code] ?? code,
};
const labels = { code: (_: string, code: string) => code, period: (s: string, e: string) => `${s.slice(0, 4)}–${e.slice(0, 4)}` };

function svgFor(spec: ChartSpec, layout: ChartLayout = "wide"): string {
  return renderChartSvg(chartOptions(chartPoints(dataset, spec, labels), format, layout), { id: spec.id, title: "Health spending", description: "A test chart." });
}

const line: ChartSpec = { id: "che-line", kind: "line", title: text, x: "year", y: "value", filter: { country: ["KAZ"] } };
const lines: ChartSpec = { id: "che-lines", kind: "line", title: text, x: "year", y: "value", series: "country" };
const bars: ChartSpec = { id: "che-bars", kind: "bar", title: text, x: "country", y: "value", filter: { year: ["2021"] } };

describe.each([
  ["line", line, "wide"],
  ["lines", lines, "wide"],
  ["bars", bars, "wide"],
  ["line-narrow", line, "narrow"],
  ["bars-narrow", bars, "narrow"],
] as const)("%s chart", (name, spec, layout) => {
  const svg = svgFor(spec, layout);

  test("matches its snapshot", async () => {
    await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });

  test("is one accessible image with its title and description", () => {
    expect(svg).toMatch(new RegExp(`^<svg [^>]*role="img"`));
    expect(svg).toContain(`aria-labelledby="${spec.id}-title ${spec.id}-desc"`);
    expect(svg).toContain(`<title id="${spec.id}-title">Health spending</title>`);
    expect(svg).toContain(`<desc id="${spec.id}-desc">A test chart.</desc>`);
    expect(svg).not.toMatch(/<g[^>]*aria-label=/);
  });

  test("carries no <style> element, which the Content-Security-Policy would block", () => {
    expect(svg).not.toContain("<style");
  });

  test("has rounded coordinates and ids that start with the chart id", () => {
    expect(svg).not.toMatch(/\d+\.\d{3,}/);
    for (const [, id] of svg.matchAll(/\bid="([^"]+)"/g)) expect(id?.startsWith(spec.id)).toBe(true);
  });

  test("renders byte-identically a second time (no process-wide counters leak in)", () => {
    expect(svgFor(spec, layout)).toBe(svg);
  });
});

test("a missing value breaks the line instead of dropping to zero", () => {
  const svg = svgFor(line);
  const d = /stroke-width="2"[^>]*><path d="(M[^"]+)"/.exec(svg)?.[1] ?? "";
  expect(d.match(/M/g)).toHaveLength(2); // two segments: 2016–2018 and 2020–2022
});

test("bar charts label each bar with its value in the reader's format", () => {
  expect(svgFor(bars)).toContain(">3.92%<");
});
