/**
 * Filesystem link checker for the built site: every internal link must resolve to a file in the
 * output directory, and a #fragment must name an id in the target page.
 *
 * Internal = same origin as the site (relative hrefs, "/…" hrefs, absolute URLs on the site origin).
 * A same-origin link outside the base path (e.g. "/en/" when the site lives under "/ohkz/") is broken:
 * that is how links that ignore the base path are caught.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { urlPathToFile } from "./site.ts";

export interface SiteLocation {
  /** Absolute path of the built site. */
  dir: string;
  /** Base path, with leading and trailing slash ("/ohkz/"). */
  base: string;
  /** The origin the site was built for ("https://example.test"). */
  origin: string;
}

export interface FoundLink {
  /** Where it came from, e.g. `a`, `link[rel=alternate hreflang=kk]`. */
  kind: string;
  href: string;
}

/** Links in an HTML document that the checker follows. */
export function extractLinks(html: string): FoundLink[] {
  const { document } = parseHTML(html);
  const links: FoundLink[] = [];
  for (const a of document.querySelectorAll("a[href], area[href]")) {
    links.push({ kind: a.localName, href: a.getAttribute("href") ?? "" });
  }
  for (const l of document.querySelectorAll("link[href]")) {
    const rel = (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    if (!rel.includes("alternate") && !rel.includes("canonical")) continue;
    const hreflang = l.getAttribute("hreflang");
    links.push({
      kind: `link[rel=${rel.join(" ")}${hreflang ? ` hreflang=${hreflang}` : ""}]`,
      href: l.getAttribute("href") ?? "",
    });
  }
  return links;
}

const idCache = new Map<string, Set<string>>();

/** ids (and legacy a[name]) in an HTML file; cached per file. */
export function idsInFile(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(file, "utf8"));
    ids = new Set<string>();
    for (const el of document.querySelectorAll("[id]")) ids.add(el.getAttribute("id") ?? "");
    for (const el of document.querySelectorAll("a[name]")) ids.add(el.getAttribute("name") ?? "");
    idCache.set(file, ids);
  }
  return ids;
}

export function clearIdCache(): void {
  idCache.clear();
}

function isFile(p: string): boolean {
  return existsSync(p) && statSync(p).isFile();
}

/**
 * Why `href` (found on the page `pageUrlPath`) is broken, or null when it resolves.
 * External links (other origins, mailto:, tel:, data: …) are not checked and return null.
 */
export function checkLink(site: SiteLocation, pageUrlPath: string, href: string): string | null {
  const trimmed = href.trim();
  if (trimmed === "") return "empty href";
  let url: URL;
  try {
    url = new URL(trimmed, site.origin + pageUrlPath);
  } catch {
    return "not a valid URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null; // mailto:, tel:, javascript: …
  if (url.origin !== site.origin) return null; // external
  if (!url.pathname.startsWith(site.base)) {
    return `outside the base path ${site.base} (resolves to ${url.pathname}; does the link ignore the base?)`;
  }
  const file = urlPathToFile(site.dir, url.pathname, site.base);
  if (!file) return `cannot map ${url.pathname} to a file`;
  if (!isFile(file)) {
    if (!url.pathname.endsWith("/") && isFile(join(file, "index.html"))) {
      // a directory linked without the trailing slash (the site uses trailingSlash: "always")
      return `missing trailing slash: ${url.pathname} is a directory, link to ${url.pathname}/`;
    }
    return `no such file in the build: ${url.pathname}`;
  }
  const fragment = url.hash.slice(1);
  if (fragment && fragment !== "top" && /\.html?$/.test(file)) {
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      id = fragment;
    }
    if (!idsInFile(file).has(id)) return `no element with id="${id}" in ${url.pathname}`;
  }
  return null;
}

/** All broken links of one page, formatted "kind href -> reason". */
export function checkPageLinks(site: SiteLocation, pageUrlPath: string, html: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const link of extractLinks(html)) {
    const key = `${link.kind} ${link.href}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const why = checkLink(site, pageUrlPath, link.href);
    if (why) problems.push(`${link.kind} href="${link.href}" -> ${why}`);
  }
  return problems;
}
