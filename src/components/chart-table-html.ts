/** The numbers a chart draws, as a table (with revision markers when the figure carries them). Built as a string (src/markup/html.ts). */
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/translate.ts";
import { html, type Html } from "../markup/html.ts";
import type { ChartTable } from "../site/chart-figures.ts";
import { revisedCellHtml } from "./revised-cell-html.ts";

export function chartTableHtml(table: ChartTable, title: string, locale: Locale): Html {
  const rows = table.rows.map((row) => html`<tr><th scope="row">${row.x}</th>${row.values.map((v) => html`<td class="num">${revisedCellHtml(v, locale)}</td>`)}</tr>`);
  return html`<table><caption>${t(locale, "chart.tableCaption", { title })}</caption><thead><tr><th scope="col">${table.xLabel}</th>${table.columns.map((c) => html`<th scope="col" class="num">${c}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
}
