/**
 * One kind of statement as a financial table: lines in form order, totals in bold, periods side by side,
 * change. Built as a string (src/markup/html.ts): an organisation page has hundreds of these cells.
 */
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/translate.ts";
import { attribute, html, type Html } from "../markup/html.ts";
import type { StatementRow, StatementTable } from "../site/statement-table.ts";

export function statementTableHtml(table: StatementTable, locale: Locale): Html {
  const { columns } = table;
  const from = columns.at(-2)?.label;
  const to = columns.at(-1)?.label ?? "";
  const change = from !== undefined;
  const caption = t(locale, "organization.statementCaption", { statement: table.kind.kind.title[locale] });
  const periods = columns.map((c) => html`<th scope="col" class="num">${c.label}</th>`);
  const changes = change && html`<th scope="col" class="num">${t(locale, "organization.change", { from, to })}</th><th scope="col" class="num">${t(locale, "organization.percentChange")}</th>`;
  const head = html`<thead><tr><th scope="col">${t(locale, "organization.line")}</th><th scope="col">${t(locale, "organization.code")}</th>${periods}${changes}</tr></thead>`;
  const body = html`<tbody>${table.rows.map((row) => rowHtml(row, change))}</tbody>`;
  const note = html`<p class="muted table-note">${t(locale, "organization.noFigureNote")}${table.hasComputed && ` ${t(locale, "organization.computedNote")}`}</p>`;
  return html`<div class="table-scroll" data-pagefind-ignore tabindex="0" role="region" aria-label="${caption}"><table class="statement" data-statement="${table.kind.kind.id}"><caption>${caption}</caption>${head}${body}</table></div>${note}`;
}

function rowHtml(row: StatementRow, change: boolean): Html {
  const cells = row.cells.map((cell) => html`<td class="num">${cell.text}${cell.computed && html`<span class="computed" aria-hidden="true">*</span>`}</td>`);
  const changes = change && html`<td class="num">${row.change}</td><td class="num">${row.percentChange}</td>`;
  return html`<tr${attribute("class", "total", row.isTotal)} data-line="${row.code}"><th scope="row"${attribute("class", "indented", row.indented)}>${row.name}</th><td class="code">${row.code}</td>${cells}${changes}</tr>`;
}
