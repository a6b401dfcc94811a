/** A label with every Kazakh letter and some Russian, rendered by the build's rasteriser: what the reference image shows. */
export const KAZAKH_LETTERS = "әғқңөұүһі";

export const GLYPH_LABEL = `Қазақстан: ${KAZAKH_LETTERS} ${KAZAKH_LETTERS.toUpperCase()} — Здравоохранение, ёЁ`;

/** The label as an SVG, black on white, 12 px Noto Sans like the chart text. */
export function glyphLabelSvg(text = GLYPH_LABEL): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="28" viewBox="0 0 420 28"><rect width="420" height="28" fill="#fff"/><text x="6" y="19" font-size="14" font-family="Noto Sans, sans-serif" fill="#000">${text}</text></svg>`;
}
