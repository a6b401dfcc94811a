/**
 * HTML as strings, for the parts of a page with hundreds of cells (financial tables): Astro renders each
 * element of a template as its own async step, which costs milliseconds a page at 10,000 organisation
 * pages; a string costs microseconds. Every value put into an `html` template is escaped unless it is
 * itself an `Html` (built by this module), so data can never become markup. Astro components place an
 * `Html` with set:html={x.markup} (Astro would escape the object itself).
 */
import { escapeMarkup } from "./escape.ts";

/** Markup built by `html`: safe to place as it is. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What a template takes: text (escaped), numbers, markup, lists of them; false, null and undefined print nothing. */
export type HtmlValue = string | number | Html | false | null | undefined | readonly HtmlValue[];

function part(value: HtmlValue): string {
  if (value === false || value === null || value === undefined) return "";
  if (value instanceof Html) return value.markup;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    let out = "";
    for (const item of value as readonly HtmlValue[]) out += part(item);
    return out;
  }
  // text, and anything else that reaches here against the types: never trusted as markup
  return escapeMarkup(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i += 1) out += part(values[i]) + (strings[i + 1] ?? "");
  return new Html(out);
}

/** An attribute that is there only when `on` is true, e.g. html`<tr${attribute("class", "total", row.isTotal)}>`. */
export function attribute(name: string, value: string, on = true): Html {
  return new Html(on ? ` ${name}="${escapeMarkup(value)}"` : "");
}
