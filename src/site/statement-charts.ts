/**
 * An organisation's charts for one kind of statement: the expense structure of the latest period and the
 * trends of its main lines, drawn as build-time SVG (src/charts drawings), with the numbers as a table.
 */
import { barDrawing } from "../charts/bar-drawing.ts";
import type { ChartFormat, ChartLayout } from "../charts/chart-options.ts";
import type { PlotPoint, PlottedSeries } from "../charts/chart-points.ts";
import type { Drawing } from "../charts/drawing.ts";
import { lineDrawing } from "../charts/line-drawing.ts";
import { SERIES_COLOURS } from "../charts/palette.ts";
import { renderDrawing } from "../charts/render-drawing.ts";
import type { OrganizationEntry } from "../data/organization-entries.ts";
import type { ChartKind, Locale } from "../data/schema.ts";
import { formatTick, formatValue } from "../i18n/format-value.ts";
import { t } from "../i18n/translate.ts";
import { chartTable, describeChart, type ChartFigure } from "./chart-figures.ts";
import type { KindView } from "./organizations.ts";
import { statementsOfKind } from "./statement-table.ts";

/** What one statement chart draws. */
interface StatementChart extends PlottedSeries {
  id: string;
  kind: ChartKind;
  title: string;
  /** Label of each series (line names), or of the single value column. */
  series: (code: string) => string;
  xLabel: string;
  draw: (format: ChartFormat, layout: ChartLayout) => Drawing;
}

export function statementCharts(entry: OrganizationEntry, kind: KindView, locale: Locale): ChartFigure[] {
  const { columns, amounts } = statementsOfKind(entry, kind, locale);
  const latest = amounts.at(-1);
  const lastColumn = columns.at(-1);
  const first = columns[0];
  const lineName = (code: string): string => kind.accounts.byCode.get(code)?.name[locale] ?? code;
  const statement = kind.kind.title[locale];
  const charts: StatementChart[] = [];
  const structure = kind.kind.charts.structure ?? [];
  if (structure.length > 0 && latest && lastColumn) {
    // Largest first, in the chart and in its table alike; only what was spent (a tax refund is not an expense).
    const points: PlotPoint[] = structure
      .flatMap((code) => {
        const value = latest.get(code)?.value;
        return value !== undefined && value > 0 ? [{ x: lineName(code), y: value, series: "" }] : [];
      })
      .sort((a, b) => (b.y ?? 0) - (a.y ?? 0));
    const chart = { points, seriesDomain: [""], unit: "tenge" as const };
    if (points.length > 0) {
      charts.push({
        ...chart,
        id: `${kind.kind.id}-structure`,
        kind: "bar",
        title: t(locale, "organization.structureTitle", { statement, period: lastColumn.label }),
        series: () => t(locale, "unit.tenge"),
        xLabel: t(locale, "organization.line"),
        draw: (format, layout) => barDrawing(chart, format, layout),
      });
    }
  }
  const trends = kind.kind.charts.trends ?? [];
  if (trends.length > 0 && columns.length > 1 && first && lastColumn) {
    const points: PlotPoint[] = trends.flatMap((code) => columns.map((column, i) => ({ x: Number(column.end.slice(0, 4)), y: amounts[i]?.get(code)?.value ?? null, series: code })));
    const chart = { points, seriesDomain: trends, unit: "tenge" as const };
    charts.push({
      ...chart,
      id: `${kind.kind.id}-trends`,
      kind: "line",
      title: t(locale, "organization.trendsTitle", { statement, from: first.label, to: lastColumn.label }),
      series: lineName,
      xLabel: t(locale, "table.period"),
      draw: (format, layout) => lineDrawing(chart, format, layout),
    });
  }
  return charts.map((chart) => figure(chart, locale));
}

function figure(chart: StatementChart, locale: Locale): ChartFigure {
  const unitLabel = t(locale, "unit.tenge");
  const format: ChartFormat = { tick: (v) => formatTick(v, "tenge", locale), value: (v) => formatValue(v, "tenge", locale), unitLabel, series: chart.series };
  const { id, title } = chart;
  const description = describeChart(chart.kind, chart, locale, chart.series, unitLabel);
  const many = chart.seriesDomain.length > 1;
  const drawings = { wide: chart.draw(format, "wide"), narrow: chart.draw(format, "narrow") };
  return {
    id,
    title,
    description,
    unitLabel,
    svg: { wide: renderDrawing(drawings.wide, { id, title, description }), narrow: renderDrawing(drawings.narrow, { id: `${id}-narrow`, title, description }) },
    sizes: { wide: { width: drawings.wide.width, height: drawings.wide.height }, narrow: { width: drawings.narrow.width, height: drawings.narrow.height } },
    legend: many ? chart.seriesDomain.map((code, i) => ({ label: chart.series(code), colour: SERIES_COLOURS[i % SERIES_COLOURS.length] ?? "" })) : [],
    table: chartTable(chart, locale, chart.series, chart.xLabel),
  };
}
