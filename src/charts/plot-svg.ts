/** Plot options → an accessible SVG element in a given document: the build passes linkedom's, the checking page the browser's. */
import * as Plot from "@observablehq/plot";

export interface SvgText {
  /** A prefix unique within the page (the chart id): every id in the SVG starts with it. */
  id: string;
  title: string;
  description: string;
}

export function plotSvg(options: Plot.PlotOptions, text: SvgText, document: Document): SVGSVGElement {
  const svg = Plot.plot({ ...options, document }) as unknown as SVGSVGElement;
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
  return svg;
}
