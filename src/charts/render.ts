/** Plot options → a self-contained SVG string at build time (a linkedom document stands in for the browser's). */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

export interface SvgText {
  /** A prefix unique within the page (the chart id): every id in the SVG starts with it. */
  id: string;
  title: string;
  description: string;
}

/** One document for every render: Plot only creates detached elements in it, and parsing a new one per chart showed in profiles. */
let sharedDocument: Document | undefined;

export function renderChartSvg(options: Plot.PlotOptions, text: SvgText): string {
  sharedDocument ??= parseHTML("<!DOCTYPE html><html><body></body></html>").document as unknown as Document;
  const document = sharedDocument;
  const svg = Plot.plot({ ...options, document }) as unknown as Element;
  for (const el of svg.querySelectorAll("[aria-label], [aria-description]")) {
    // Plot labels every mark's <g>; axe reports aria-label on a plain <g> as prohibited.
    el.removeAttribute("aria-label");
    el.removeAttribute("aria-description");
  }
  // Plot's own <style> would need a CSP hash; src/styles/site.css carries the same rules for every chart.
  for (const style of svg.querySelectorAll("style")) style.remove();
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", `${text.id}-title ${text.id}-desc`);
  svg.removeAttribute("aria-label");
  const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
  title.setAttribute("id", `${text.id}-title`);
  title.textContent = text.title;
  const desc = document.createElementNS("http://www.w3.org/2000/svg", "desc");
  desc.setAttribute("id", `${text.id}-desc`);
  desc.textContent = text.description;
  svg.prepend(title, desc);
  return stabilise(svg.outerHTML, text.id);
}

/** Plot numbers ids with process-wide counters and writes long decimals: rename ids per chart and round coordinates. */
function stabilise(markup: string, prefix: string): string {
  const ids = new Map<string, string>();
  let n = 0;
  const renamed = markup.replace(/\bid="(plot-[^"]+)"/g, (_, id: string) => {
    const next = `${prefix}-${(n += 1)}`;
    ids.set(id, next);
    return `id="${next}"`;
  });
  const relinked = renamed.replace(/url\(#(plot-[^)]+)\)/g, (whole, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : whole));
  return relinked.replace(/(\d+\.\d{3,})/g, (num: string) => String(Math.round(Number(num) * 10) / 10));
}
