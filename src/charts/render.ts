/** Plot options → a self-contained SVG string at build time (a linkedom document stands in for the browser's). */
import type * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { plotSvg, type SvgText } from "./plot-svg.ts";

export type { SvgText };

/** One document for every render: Plot only creates detached elements in it, and parsing a new one per chart showed in profiles. */
let sharedDocument: Document | undefined;

export function renderChartSvg(options: Plot.PlotOptions, text: SvgText): string {
  sharedDocument ??= parseHTML("<!DOCTYPE html><html><body></body></html>").document as unknown as Document;
  const svg = plotSvg(options, text, sharedDocument);
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
