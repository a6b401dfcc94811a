/** Series colours: readable on light and dark backgrounds (contrast ≥ 3:1 against both). */
export const SERIES_COLOURS = ["#2a7ab0", "#d0641c", "#3f9a4a", "#b0428c", "#8a6d1d", "#6a5acd", "#c23b3b", "#1f8a8a"];

/** The one colour of single-series charts. */
export const SINGLE_SERIES_COLOUR = SERIES_COLOURS[0] ?? "#2a7ab0";

/** Colours of chart images (PNG, SVG downloads, share cards): the site's light theme (src/styles/site.css), since an image cannot follow the reader's setting. */
export const IMAGE_COLOURS = { background: "#ffffff", text: "#1b1f24", muted: "#505a66", accent: "#0b5cad", line: "#d5dbe1" } as const;
