/** The embed snippets under a chart on a built dataset page, as a reader copies them from the <textarea>s. */
import { parseHTML } from "linkedom";

/** linkedom keeps a textarea's text as written (entities and all); a browser decodes it. Decode it the same way. */
function decoded(raw: string): string {
  return parseHTML(`<!doctype html><body><div>${raw}</div></body>`).document.querySelector("div")?.textContent ?? "";
}

/** [pinned, latest] (only latest before the chart's first release). */
export function chartSnippets(pageHtml: string, chartId: string): string[] {
  const { document } = parseHTML(pageHtml);
  return [...document.querySelectorAll(`#chart-${chartId} .chart-tools textarea`)].map((t) => decoded(t.textContent ?? ""));
}
