/** sitemap.xml: every page in every language, each naming its other-language versions (hreflang alternates). */
import { LOCALES, LOCALE_INFO } from "../i18n/locales.ts";
import { escapeMarkup } from "../markup/escape.ts";
import type { SiteCatalog } from "./catalog.ts";
import type { OpenDataUrls } from "./open-data-urls.ts";

/**
 * The pages that exist in every language, as paths after the language. The search page is left out:
 * it holds no content of its own; so are the embeds (/embed/…, marked noindex: they live inside articles). tests/site/open-data.test.ts checks this against the built pages.
 */
export function localizedPages(catalog: SiteCatalog, releaseIds: readonly string[], organizationIds: readonly string[]): string[] {
  const organizations = ["organizations/", ...organizationIds.map((id) => `organizations/${id}/`), "organizations/compare/"];
  return ["", "datasets/", ...catalog.datasets.map((d) => `datasets/${d.meta.id}/`), ...organizations, "releases/", ...releaseIds.map((id) => `releases/${id}/`), "api/", "publish/", "embed-help/", "about/"];
}

export function sitemapXml(paths: readonly string[], urls: OpenDataUrls): string {
  const alternates = (path: string): string[] => [
    ...LOCALES.map((l) => `    <xhtml:link rel="alternate" hreflang="${LOCALE_INFO[l].htmlLang}" href="${escapeMarkup(urls.page(l, path))}"/>`),
    `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeMarkup(urls.home)}"/>`,
  ];
  const entry = (loc: string, path: string): string => [`  <url>`, `    <loc>${escapeMarkup(loc)}</loc>`, ...alternates(path), `  </url>`].join("\n");
  const entries = [entry(urls.home, ""), ...paths.flatMap((path) => LOCALES.map((l) => entry(urls.page(l, path), path)))];
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
    ...entries,
    `</urlset>`,
    ``,
  ].join("\n");
}
