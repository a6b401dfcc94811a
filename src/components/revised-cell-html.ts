/** A table value; a revised one carries a marker linking to its footnote, and shows the earlier value on hover or focus. */
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/translate.ts";
import { html, type Html } from "../markup/html.ts";
import type { TableCell } from "../site/revision-notes.ts";

export function revisedCellHtml(cell: TableCell, locale: Locale): Html {
  const note = cell.revision;
  if (!note) return html`${cell.text}`;
  return html`<span class="revised">${cell.text}<a class="revision-marker" href="#${note.id}" aria-describedby="${note.id}-tip"><span aria-hidden="true">r</span><span class="visually-hidden">${t(locale, "revision.marker")}</span></a><span class="revision-tip" role="tooltip" id="${note.id}-tip">${t(locale, "revision.earlier", { value: note.earlier, release: note.previousRelease })}</span></span>`;
}
