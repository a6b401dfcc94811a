/** A kind's key ratios, one column per period, each with its definition below. Built as a string (src/markup/html.ts). */
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/translate.ts";
import { html, type Html } from "../markup/html.ts";
import type { RatioRow } from "../site/statement-ratios.ts";
import type { StatementColumn } from "../site/statement-table.ts";

export interface RatioTableProps {
  /** Prefix of the ids of the definitions (unique on the page). */
  id: string;
  statement: string;
  columns: readonly StatementColumn[];
  rows: readonly RatioRow[];
  locale: Locale;
}

export function ratioTableHtml({ id, statement, columns, rows, locale }: RatioTableProps): Html {
  const caption = t(locale, "organization.ratioCaption", { statement });
  const body = rows.map((row) => html`<tr data-ratio="${row.ratio.id}"><th scope="row"><a href="#${id}-${row.ratio.id}">${row.ratio.name[locale]}</a></th>${row.cells.map((cell) => html`<td class="num">${cell}</td>`)}</tr>`);
  const definitions = rows.map((row) => html`<dt id="${id}-${row.ratio.id}">${row.ratio.name[locale]}</dt><dd>${row.ratio.definition[locale]}</dd>`);
  const head = html`<thead><tr><th scope="col">${t(locale, "organization.ratio")}</th>${columns.map((c) => html`<th scope="col" class="num">${c.label}</th>`)}</tr></thead>`;
  return html`<div class="table-scroll" data-pagefind-ignore tabindex="0" role="region" aria-label="${caption}"><table class="ratios"><caption>${caption}</caption>${head}<tbody>${body}</tbody></table></div><dl class="definitions">${definitions}</dl>`;
}
