/** The 1200×630 image a shared link shows (Open Graph, Twitter): site name, title, and a chart when the page has one. */
import { IMAGE_FONT, textLines, type SvgImage } from "./chart-image.ts";
import { wrapLabel } from "./chart-options.ts";
import { IMAGE_COLOURS } from "./palette.ts";

export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface ShareCardInput {
  siteName: string;
  title: string;
  /** A chart as rendered by render.ts; without one the card shows `lede` under the title. */
  chart?: { svg: string; size: { width: number; height: number } };
  lede?: string;
  /** One line at the bottom, e.g. the sources. */
  footer: string;
}

const PAD = 56;
const MAX_TITLE_LINES = 2;

/** At most `max` lines; the last one ends with an ellipsis when text was cut. */
function clampLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), `${lines[max - 1] ?? ""}…`];
}

export function shareCardSvg(input: ShareCardInput): SvgImage {
  const { width, height } = CARD_SIZE;
  const inner = width - PAD * 2;
  const site = textLines([input.siteName], { x: PAD, y: 40, size: 26, weight: 700, colour: IMAGE_COLOURS.accent });
  const titleSize = input.chart ? 40 : 56;
  const title = textLines(clampLines(wrapLabel(input.title, inner, titleSize).split("\n"), MAX_TITLE_LINES), {
    x: PAD, y: site.bottom + 14, size: titleSize, weight: 700, colour: IMAGE_COLOURS.text,
  });
  const footerTop = height - 64;
  let body = "";
  if (input.chart) {
    // scale the chart into the space left, keeping its proportions
    const top = title.bottom + 16;
    const box = { width: inner, height: footerTop - top - 12 };
    const scale = Math.round(Math.min(box.width / input.chart.size.width, box.height / input.chart.size.height) * 1000) / 1000;
    const left = Math.round(PAD + (box.width - input.chart.size.width * scale) / 2);
    body = `<g transform="translate(${left},${top}) scale(${scale})">${input.chart.svg}</g>`;
  } else if (input.lede) {
    body = textLines(clampLines(wrapLabel(input.lede, inner, 30).split("\n"), 4), { x: PAD, y: title.bottom + 28, size: 30, colour: IMAGE_COLOURS.muted }).markup;
  }
  const footer = textLines(clampLines(wrapLabel(input.footer, inner, 20).split("\n"), 1), { x: PAD, y: footerTop + 14, size: 20, colour: IMAGE_COLOURS.muted });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${IMAGE_FONT}" color="${IMAGE_COLOURS.text}">` +
    `<rect width="${width}" height="${height}" fill="${IMAGE_COLOURS.background}"/>` +
    `<rect width="${width}" height="12" fill="${IMAGE_COLOURS.accent}"/>` +
    `<rect x="${PAD}" y="${footerTop}" width="${inner}" height="1" fill="${IMAGE_COLOURS.line}"/>` +
    site.markup +
    title.markup +
    body +
    footer.markup +
    `</svg>\n`;
  return { svg, width, height };
}
