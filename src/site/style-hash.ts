/** The Content-Security-Policy hash of an inline style sheet, computed once per sheet. */
import { createHash } from "node:crypto";

/** A style-src source naming one sheet by its SHA-256 (what Astro.csp.insertStyleHash takes). */
export type StyleHash = `sha256-${string}`;

const hashes = new Map<string, StyleHash>();

/** `sha256-…` of the sheet's text, as a style-src source that lets exactly this <style> apply. */
export function styleHash(css: string): StyleHash {
  let hash = hashes.get(css);
  if (hash === undefined) hashes.set(css, (hash = `sha256-${createHash("sha256").update(css).digest("base64")}`));
  return hash;
}
