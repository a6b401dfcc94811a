/** A drawing → an SVG string with the same accessible text as render.ts gives Plot's charts: role, title, description. */
import { FONT_SIZE } from "./chart-options.ts";
import type { Drawing, Shape } from "./drawing.ts";
import { escapeMarkup } from "../markup/escape.ts";
import type { SvgText } from "./render.ts";

/** One decimal is enough on screen and keeps the HTML small and stable. */
const n = (value: number): string => String(Math.round(value * 10) / 10);

function shape(s: Shape): string {
  switch (s.kind) {
    case "rect":
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}" fill="${s.fill}"/>`;
    case "line":
      return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="currentColor"${s.opacity < 1 ? ` stroke-opacity="${s.opacity}"` : ""}/>`;
    case "path":
      return `<path d="${s.d}" fill="none" stroke="${s.stroke}" stroke-width="2" stroke-linejoin="round"/>`;
    case "circle":
      return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${s.fill}"/>`;
    case "text":
      return `<text x="${n(s.x)}" y="${n(s.y)}"${s.anchor === "start" ? "" : ` text-anchor="${s.anchor}"`}${s.middle ? ' dy="0.32em"' : ""}>${escapeMarkup(s.text)}</text>`;
  }
}

export function renderDrawing(drawing: Drawing, text: SvgText): string {
  const { width, height } = drawing;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${n(height)}" width="${width}" height="${n(height)}" role="img" aria-labelledby="${text.id}-title ${text.id}-desc" fill="currentColor" font-family="system-ui, sans-serif" font-size="${FONT_SIZE}">` +
    `<title id="${text.id}-title">${escapeMarkup(text.title)}</title><desc id="${text.id}-desc">${escapeMarkup(text.description)}</desc>` +
    drawing.shapes.map(shape).join("") +
    "</svg>"
  );
}
