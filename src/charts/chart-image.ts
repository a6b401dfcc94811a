/**
 * A chart's SVG → a standalone image (title, unit, legend, chart, source) for downloads and PNGs.
 * Pure string building: the chart is nested as drawn, so the PNG shows exactly the SVG on the page.
 */
import { textWidth, wrapLabel } from "./chart-options.ts";
import { escapeMarkup } from "../markup/escape.ts";
import { IMAGE_COLOURS } from "./palette.ts";

export interface ChartImageInput {
  /** The chart as rendered by render.ts, and the size it was drawn at. */
  svg: string;
  size: { width: number; height: number };
  title: string;
  unit: string;
  legend: readonly { label: string; colour: string }[];
  /** Lines under the chart: the source, the site and the address. */
  footer: readonly string[];
}

export interface SvgImage {
  svg: string;
  width: number;
  height: number;
}

const PAD = 16;
/** The family the rasteriser is given (src/charts/rasterise.ts); browsers fall back to their sans-serif. */
export const IMAGE_FONT = "Noto Sans, sans-serif";


/** Lines of text from a top position; returns the markup and the y below the last line. */
export function textLines(lines: readonly string[], at: { x: number; y: number; size: number; colour: string; weight?: number; lineHeight?: number }): { markup: string; bottom: number } {
  const step = at.lineHeight ?? Math.round(at.size * 1.35);
  const markup = lines
    .map((line, i) => `<text x="${at.x}" y="${at.y + step * i + at.size}" font-size="${at.size}"${at.weight ? ` font-weight="${at.weight}"` : ""} fill="${at.colour}">${escapeMarkup(line)}</text>`)
    .join("");
  return { markup, bottom: at.y + step * lines.length };
}

/** Legend swatches and labels flowed into rows that fit the width. */
function legendMarkup(legend: ChartImageInput["legend"], width: number, top: number): { markup: string; bottom: number } {
  const size = 12;
  let x = PAD;
  let y = top;
  const parts: string[] = [];
  for (const item of legend) {
    const itemWidth = 18 + textWidth(item.label, size);
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += 20;
    }
    parts.push(`<rect x="${x}" y="${y + 2}" width="12" height="12" rx="2" fill="${item.colour}"/>`);
    parts.push(`<text x="${x + 18}" y="${y + size}" font-size="${size}" fill="${IMAGE_COLOURS.text}">${escapeMarkup(item.label)}</text>`);
    x += itemWidth;
  }
  return { markup: parts.join(""), bottom: legend.length > 0 ? y + 24 : top };
}

export function chartImageSvg(input: ChartImageInput): SvgImage {
  const width = input.size.width + PAD * 2;
  const title = textLines(wrapLabel(input.title, width - PAD * 2, 18).split("\n"), { x: PAD, y: PAD, size: 18, weight: 700, colour: IMAGE_COLOURS.text });
  const unit = textLines([input.unit], { x: PAD, y: title.bottom + 2, size: 13, colour: IMAGE_COLOURS.muted });
  const legend = legendMarkup(input.legend, width, unit.bottom + 6);
  const chartTop = legend.bottom + 4;
  const footerLines = input.footer.flatMap((line) => wrapLabel(line, width - PAD * 2, 11).split("\n"));
  const footer = textLines(footerLines, { x: PAD, y: chartTop + input.size.height + 6, size: 11, colour: IMAGE_COLOURS.muted });
  const height = Math.ceil(footer.bottom + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${IMAGE_FONT}" color="${IMAGE_COLOURS.text}">` +
    `<rect width="${width}" height="${height}" fill="${IMAGE_COLOURS.background}"/>` +
    title.markup +
    unit.markup +
    legend.markup +
    `<g transform="translate(${PAD},${chartTop})">${input.svg}</g>` +
    footer.markup +
    `</svg>\n`;
  return { svg, width, height };
}
