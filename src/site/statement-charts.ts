/**
 * An organisation's charts for one kind of statement: the expense structure of the latest period and the
 * trends of its main lines, drawn as build-time SVG (src/charts drawings), with the numbers as a table.
 */
import { barDrawing } from "../charts/bar-drawing.ts";
import type { ChartFormat } from "../charts/chart-options.ts";
import type { ChartPoint, ChartPoints } from "../charts/chart-points.ts";
import { lineDrawing } from "../charts/line-drawing.ts";
import { SERIES_COLOURS } from "../charts/palette.ts";
import { renderDrawing } from "../charts/render-drawing.ts";
import type { OrganizationEntry } from "../data/organization-entries.ts";
import { LOCALES, type Locale, type LocalizedText } from "../data/schema.ts";
import { formatTick, formatValue } from "../i18n/format-value.ts";
import { t, type UiKey } from "../i18n/translate.ts";
import { chartTable, describeChart, type ChartFigure } from "./chart-figures.ts";
import type { KindView } from "./organizations.ts";
import { statementsOfKind } from "./statement-table.ts";

function localized(key: UiKey, params: (locale: Locale) => Record<string, string | number>): LocalizedText {
  const [kk, ru, en] = LOCALES.map((l) => t(l, key, params(l)));
  return { kk: kk ?? "", ru: ru ?? "", en: en ?? "" };
}

function tengeFormat(locale: Locale, series: (code: string) => string): ChartFormat {
  return { tick: (v) => formatTick(v, "tenge", locale), value: (v) => formatValue(v, "tenge", locale), unitLabel: t(locale, "unit.tenge"), series };
}

export function statementCharts(entry: OrganizationEntry, kind: KindView, locale: Locale): ChartFigure[] {
  const { columns, amounts } = statementsOfKind(entry, kind, locale);
  const latest = amounts.at(-1);
  const lastColumn = columns.at(-1);
  const first = columns[0];
  const lineName = (code: string): string => kind.accounts.byCode.get(code)?.name[locale] ?? code;
  const statement = (l: Locale): string => kind.kind.title[l];
  const figures: ChartFigure[] = [];
  const structure = kind.kind.charts.structure ?? [];
  if (structure.length > 0 && latest && lastColumn) {
    // Largest first, in the chart and in its table alike; only what was spent (a tax refund is not an expense).
    const points: ChartPoint[] = structure
      .flatMap((code) => {
        const value = latest.get(code)?.value;
        return value !== undefined && value > 0 ? [{ x: lineName(code), y: value, series: "" }] : [];
      })
      .sort((a, b) => (b.y ?? 0) - (a.y ?? 0));
    const id = `${kind.kind.id}-structure`;
    const title = localized("organization.structureTitle", (l) => ({ statement: statement(l), period: lastColumn.label }));
    const chart: ChartPoints = { spec: { id, kind: "bar", title, x: "line", y: "amount" }, unit: "tenge", points, seriesDomain: [""] };
    if (points.length > 0) figures.push(figure(chart, locale, () => t(locale, "unit.tenge"), t(locale, "organization.line"), (format, layout) => barDrawing(chart, format, layout)));
  }
  const trends = kind.kind.charts.trends ?? [];
  if (trends.length > 0 && columns.length > 1 && first && lastColumn) {
    const points: ChartPoint[] = trends.flatMap((code) => columns.map((column, i) => ({ x: Number(column.end.slice(0, 4)), y: amounts[i]?.get(code)?.value ?? null, series: code })));
    const id = `${kind.kind.id}-trends`;
    const title = localized("organization.trendsTitle", (l) => ({ statement: statement(l), from: first.label, to: lastColumn.label }));
    const chart: ChartPoints = { spec: { id, kind: "line", title, x: "year", y: "amount", series: "line" }, unit: "tenge", points, seriesDomain: trends };
    figures.push(figure(chart, locale, lineName, t(locale, "table.period"), (format, layout) => lineDrawing(chart, format, layout)));
  }
  return figures;
}

type Draw = (format: ChartFormat, layout: "wide" | "narrow") => ReturnType<typeof barDrawing>;

function figure(chart: ChartPoints, locale: Locale, series: (code: string) => string, xLabel: string, draw: Draw): ChartFigure {
  const format = tengeFormat(locale, series);
  const title = chart.spec.title[locale];
  const description = describeChart(chart, locale, series, format.unitLabel);
  const id = chart.spec.id;
  const many = chart.seriesDomain.length > 1;
  return {
    id,
    title,
    description,
    svg: { wide: renderDrawing(draw(format, "wide"), { id, title, description }), narrow: renderDrawing(draw(format, "narrow"), { id: `${id}-narrow`, title, description }) },
    legend: many ? chart.seriesDomain.map((code, i) => ({ label: series(code), colour: SERIES_COLOURS[i % SERIES_COLOURS.length] ?? "" })) : [],
    table: chartTable(chart, locale, many ? series : () => format.unitLabel, xLabel),
  };
}
