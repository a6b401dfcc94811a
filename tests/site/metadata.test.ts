/**
 * What search engines and data portals read, from the built site: the schema.org Dataset JSON-LD of
 * every dataset page, sitemap.xml with every page and its language alternates, robots.txt, canonicals.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { PROJECT_ROOT } from "../support/data-fixture.ts";
import { basePath, builtSiteDir, listHtmlPages, readPage, siteUrl, urlPathToFile } from "../support/site.ts";

const LANGS = ["kk", "ru", "en"] as const;
const datasetIds = readdirSync(join(PROJECT_ROOT, "data/datasets")).sort();
/** YYYY, YYYY-MM-DD or an interval of them, open-ended with "..". */
const ISO_PERIOD = /^\d{4}(-\d{2}-\d{2})?(\/(\d{4}(-\d{2}-\d{2})?|\.\.))?$/;

/** True when an absolute address on the site is a file in the build. */
function resolves(url: string): boolean {
  const parsed = new URL(url);
  const file = parsed.origin === siteUrl() ? urlPathToFile(builtSiteDir(), parsed.pathname, basePath()) : null;
  return file !== null && existsSync(file);
}

interface JsonLdDataset {
  "@context": string;
  "@type": string;
  name: string;
  url: string;
  license: string;
  creator: { "@type": string; name: string };
  temporalCoverage: string;
  inLanguage: string;
  distribution: { "@type": string; encodingFormat: string; contentUrl: string }[];
}

describe.each(datasetIds)("dataset %s", (id) => {
  test.each(LANGS)("its %s page's JSON-LD names the dataset, licence, creator, period and downloads", (lang) => {
    const path = `${basePath()}${lang}/datasets/${id}/`;
    const { document } = parseHTML(readPage(path));
    const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts).toHaveLength(1);
    const ld = JSON.parse(scripts[0]?.textContent ?? "") as JsonLdDataset;
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("Dataset");
    expect(ld.name).toBe(document.querySelector("h1")?.textContent);
    expect(ld.url).toBe(`${siteUrl()}${path}`);
    expect(ld.inLanguage).toBe(lang);
    expect(ld.license).toMatch(/^https:\/\/creativecommons\.org\/licenses\//);
    expect(ld.creator).toEqual(expect.objectContaining({ "@type": "Organization", name: "Open Health KZ" }));
    expect(ld.temporalCoverage).toMatch(ISO_PERIOD);
    expect(ld.distribution.map((d) => [d["@type"], d.encodingFormat])).toEqual([
      ["DataDownload", "text/csv"],
      ["DataDownload", "application/json"],
    ]);
    for (const d of ld.distribution) expect(resolves(d.contentUrl), d.contentUrl).toBe(true);
  });
});

describe("sitemap.xml and robots.txt", () => {
  const xml = readFileSync(join(builtSiteDir(), "sitemap.xml"), "utf8");
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const entries = [...doc.querySelectorAll("url")].map((url) => ({
    loc: url.querySelector("loc")?.textContent ?? "",
    alternates: [...url.getElementsByTagName("xhtml:link")].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href") ?? ""] as const),
  }));

  test("lists every page in every language (the search page and the noindex embeds aside), each once", () => {
    const pages = listHtmlPages().filter((p) => !/\/search\/$/.test(p) && !p.startsWith(`${basePath()}embed/`));
    const locs = entries.map((e) => e.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual(pages.map((p) => `${siteUrl()}${p}`).sort());
  });

  test("names each page's versions in kk, ru and en and the language choice, all of them built", () => {
    expect(entries.length).toBeGreaterThan(datasetIds.length * 3);
    for (const { loc, alternates } of entries) {
      expect(alternates.map(([lang]) => lang), loc).toEqual([...LANGS, "x-default"]);
      for (const [, href] of alternates) expect(resolves(href), href).toBe(true);
      if (loc !== `${siteUrl()}${basePath()}`) expect(alternates.map(([, href]) => href), loc).toContain(loc);
    }
  });

  test("robots.txt points to the sitemap by its absolute address", () => {
    const robots = readFileSync(join(builtSiteDir(), "robots.txt"), "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${siteUrl()}${basePath()}sitemap.xml`);
  });
});

test("every page in a language names itself as canonical and its three language versions", () => {
  const pages = listHtmlPages().filter((p) => LANGS.some((l) => p.startsWith(`${basePath()}${l}/`)));
  expect(pages.length).toBeGreaterThan(datasetIds.length * 3);
  for (const page of pages) {
    const { document } = parseHTML(readPage(page));
    const rest = page.slice(basePath().length + 3);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href"), page).toBe(`${siteUrl()}${page}`);
    for (const lang of LANGS) {
      expect(document.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)?.getAttribute("href"), page).toBe(`${siteUrl()}${basePath()}${lang}/${rest}`);
    }
  }
});
