/**
 * Access to the site built once by tests/support/global-setup.ts.
 * Values come from vitest's provide/inject, so every test file sees the same build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { inject } from "vitest";

declare module "vitest" {
  interface ProvidedContext {
    /** Absolute path of the built site (the astro outDir). */
    siteDir: string;
    /** Base path the site was built with, with leading and trailing slash, e.g. "/ohkz/". */
    basePath: string;
    /** Origin the site was built with (astro `site`), e.g. "https://example.test". */
    siteUrl: string;
    /** What this run's build said about rendering in a second thread ("N of M pages rendered in a second thread", "" for nothing); null when the run tests an earlier build (REUSE_BUILD, SITE_DIR). */
    renderThreadsLog: string | null;
  }
}

export function builtSiteDir(): string {
  return inject("siteDir");
}

export function basePath(): string {
  return inject("basePath");
}

export function siteUrl(): string {
  return inject("siteUrl");
}

/** All .html files under `dir`, as absolute file paths, sorted. */
export function listHtmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && entry.name.endsWith(".html")) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** File path (absolute) -> URL path with the base: en/datasets/index.html -> /ohkz/en/datasets/. */
export function fileToUrlPath(dir: string, file: string, base: string): string {
  const rel = relative(dir, file).split(sep).join("/");
  const path = rel === "index.html" ? "" : rel.endsWith("/index.html") ? rel.slice(0, -"index.html".length) : rel;
  return base + path.split("/").map(encodeURIComponent).join("/");
}

/**
 * URL path with the base -> file inside `dir`, or null if the path is outside the base.
 * "/ohkz/en/" -> <dir>/en/index.html; "/ohkz/404.html" -> <dir>/404.html.
 * Query and fragment are ignored. Does not check that the file exists.
 */
export function urlPathToFile(dir: string, urlPath: string, base: string): string | null {
  let path = urlPath.replace(/[?#].*$/, "");
  if (!path.startsWith(base)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(path.slice(base.length));
  } catch {
    return null;
  }
  if (rel.split("/").includes("..")) return null;
  if (rel === "" || rel.endsWith("/")) rel += "index.html";
  return join(dir, ...rel.split("/"));
}

/** Every built HTML page as a URL path with the base, e.g. ["/ohkz/", "/ohkz/en/", ...]. */
export function listHtmlPages(): string[] {
  const dir = builtSiteDir();
  return listHtmlFiles(dir).map((f) => fileToUrlPath(dir, f, basePath()));
}

/** The built HTML of a page, by URL path with the base ("/ohkz/en/"). */
export function readPage(urlPath: string): string {
  const file = urlPathToFile(builtSiteDir(), urlPath, basePath());
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    throw new Error(`No built page for ${urlPath} (looked for ${file ?? "a path under " + basePath()})`);
  }
  return readFileSync(file, "utf8");
}
