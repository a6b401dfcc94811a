/**
 * The one escaping rule for text placed in HTML, SVG or XML built as strings (chart SVG, sitemaps, feeds,
 * embed snippets, the tables in src/components/*-html.ts): the five characters that could end a text or an
 * attribute value become entities, so no text from data/ can become markup.
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/g;
const ANY_SPECIAL = /[&<>"']/;

export function escapeMarkup(text: string): string {
  // Most texts (numbers, names) have nothing to escape: testing first skips building a new string.
  return ANY_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ENTITIES[c] ?? c) : text;
}
