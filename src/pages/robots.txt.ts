/**
 * /robots.txt: everything may be crawled; the sitemap is named with its absolute address.
 * Crawlers read robots.txt only at the host's root: under a base path, copy these lines there.
 */
import type { APIRoute } from "astro";
import { absoluteUrl, href } from "../site/paths.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(href("sitemap.xml"), site)}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
