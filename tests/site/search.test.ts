/**
 * Search in a real browser (Debian's Chromium), in each language. With JavaScript: the header form on the
 * home page leads to the search page, Pagefind answers in the page's language (Kazakh letters ә, ү, Ұ, і
 * included, in either case) and the result leads to the expected dataset. Without JavaScript: the same
 * form lands on a page that lists every dataset. Chart tick labels and table cells are not in the index.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeScript, formatViolations, launchBrowser, runAxe, watchErrors } from "../support/browser.ts";
import { parseCsv } from "../../src/data/parse-csv.ts";
import { PROJECT_ROOT } from "../support/data-fixture.ts";
import { basePath, builtSiteDir, listHtmlPages, readPage } from "../support/site.ts";
import { startStaticServer, type StaticServer } from "../support/static-server.ts";

type Lang = "kk" | "ru" | "en";

/** A query a reader might type, and the page it must reach: a dataset, or an organisation ("organizations/<id>"). */
const SEARCHES: { lang: Lang; query: string; dataset: string; why: string }[] = [
  { lang: "kk", query: "дәрігерлер", dataset: "doctors-by-region", why: "ә and і in a dataset title" },
  { lang: "kk", query: "ДӘРІГЕРЛЕР", dataset: "doctors-by-region", why: "the same in capitals" },
  { lang: "kk", query: "Дүниежүзілік банк", dataset: "current-health-expenditure", why: "ү in a keyword" },
  { lang: "kk", query: "Ұлытау", dataset: "hospitals-by-region", why: "a region, with Ұ" },
  { lang: "ru", query: "больницы", dataset: "hospitals-by-region", why: "a keyword" },
  { lang: "en", query: "hospital beds", dataset: "health-resources-international", why: "a keyword" },
  { lang: "kk", query: "Психикалық денсаулық", dataset: "organizations/almaty-mental-health-centre", why: "an organisation's Kazakh name" },
  { lang: "ru", query: "психического здоровья", dataset: "organizations/almaty-mental-health-centre", why: "an organisation's Russian name" },
  { lang: "en", query: "Mental Health Centre", dataset: "organizations/almaty-mental-health-centre", why: "an organisation's name" },
  { lang: "ru", query: "510540000023", dataset: "organizations/almaty-mental-health-centre", why: "an organisation's BIN" },
];

const ORGANIZATION_NAMES = parseCsvNames(readFileSync(join(PROJECT_ROOT, "data/organizations/organizations.csv"), "utf8"));

/** id → names by language, from the registry as committed. */
function parseCsvNames(text: string): Map<string, Record<Lang, string>> {
  const { header, rows } = parseCsv(text);
  const column = (name: string): number => header.indexOf(name);
  return new Map(rows.map(({ cells }) => [cells[column("id")] ?? "", { kk: cells[column("name_kk")] ?? "", ru: cells[column("name_ru")] ?? "", en: cells[column("name_en")] ?? "" }]));
}

/** The heading of the page a search must reach. */
function pageTitle(target: string, lang: Lang): string {
  const organization = /^organizations\/(.+)$/.exec(target)?.[1];
  return organization ? (ORGANIZATION_NAMES.get(organization)?.[lang] ?? "") : datasetTitle(target, lang);
}

function datasetTitle(id: string, lang: Lang): string {
  const meta = JSON.parse(readFileSync(join(PROJECT_ROOT, "data/datasets", id, "dataset.json"), "utf8")) as { title: Record<Lang, string> };
  return meta.title[lang];
}

test("every page of every language is in that language's index, the search page aside", () => {
  const entry = JSON.parse(readFileSync(join(builtSiteDir(), "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  const pages = (lang: Lang): number => listHtmlPages().filter((p) => p.startsWith(`${basePath()}${lang}/`) && !p.endsWith("/search/")).length;
  expect(Object.keys(entry.languages)).toEqual(["en", "kk", "ru"]);
  for (const lang of ["kk", "ru", "en"] as const) expect(entry.languages[lang]?.page_count, lang).toBe(pages(lang));
});

test("organisation pages are indexed from their records, and the records file is not published", () => {
  expect(existsSync(join(builtSiteDir(), "search-records"))).toBe(false);
  const { document } = parseHTML(readPage(`${basePath()}en/organizations/almaty-mental-health-centre/`));
  // its HTML is not read for the index (its statement tables would be), its record is
  expect(document.querySelector("h1")?.textContent).toContain("Mental Health Centre");
  expect(document.querySelector("[data-pagefind-body]")).toBeNull();
});

let server: StaticServer;
let browser: Browser;
let js: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
  server = await startStaticServer(builtSiteDir(), basePath());
  browser = await launchBrowser();
  js = await browser.newContext();
  // as an init script, axe runs under the pages' Content-Security-Policy, which refuses injected inline scripts
  await js.addInitScript({ content: axeScript() });
  noJs = await browser.newContext({ javaScriptEnabled: false });
});

afterAll(async () => {
  await js?.close();
  await noJs?.close();
  await browser?.close();
  await server?.close();
});

/** Types the query into the header's search box of the language's home page and submits it. */
async function searchFromHome(page: Page, lang: Lang, query: string): Promise<void> {
  await page.goto(`${server.url}${lang}/`);
  await page.fill("header form[role=search] input[name=q]", query);
  await Promise.all([page.waitForURL((url) => url.pathname === `${basePath()}${lang}/search/`), page.press("header form[role=search] input[name=q]", "Enter")]);
}

describe.each(SEARCHES)("with JavaScript, $lang “$query” ($why)", ({ lang, query, dataset, why: _why }) => {
  test(`reaches ${dataset}`, async () => {
    const page = await js.newPage();
    const errors = watchErrors(page);
    try {
      await searchFromHome(page, lang, query);
      expect(new URL(page.url()).searchParams.get("q")).toBe(query);
      await page.waitForSelector("[data-search-results]:not([hidden]) li a", { timeout: 15_000 });
      const links = await page.$$eval("[data-search-results] li a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
      expect(links.every((href) => href.startsWith(`${basePath()}${lang}/`)), `results outside ${lang}: ${links.join(" ")}`).toBe(true);
      const target = `${basePath()}${lang}/${dataset.startsWith("organizations/") ? dataset : `datasets/${dataset}`}/`;
      expect(links, `results for “${query}”`).toContain(target);
      expect(await page.textContent("[data-search-status]")).toContain(query);
      expect(formatViolations(await runAxe(page))).toEqual([]);

      await Promise.all([page.waitForURL((url) => url.pathname === target), page.click(`[data-search-results] a[href="${target}"]`)]);
      expect(await page.textContent("h1")).toBe(pageTitle(dataset, lang));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

test("a query that matches nothing says so", async () => {
  const page = await js.newPage();
  try {
    await page.goto(`${server.url}en/search/?q=${encodeURIComponent("zzzqqq")}`);
    await page.waitForFunction(() => /zzzqqq/.test(document.querySelector("[data-search-status]")?.textContent ?? ""));
    expect(await page.textContent("[data-search-status]")).toMatch(/^Nothing found for “zzzqqq”/);
    expect(await page.isHidden("[data-search-results]")).toBe(true);
  } finally {
    await page.close();
  }
});

describe("without JavaScript", () => {
  test.each(["kk", "ru", "en"] as const)("the %s search form lands on a page that lists every dataset", async (lang) => {
    const page = await noJs.newPage();
    try {
      await searchFromHome(page, lang, "дәрігерлер");
      expect(await page.isVisible("main .banner")).toBe(true);
      const target = `${basePath()}${lang}/datasets/doctors-by-region/`;
      await Promise.all([page.waitForURL((url) => url.pathname === target), page.click(`main a[href="${target}"]`)]);
      expect(await page.textContent("h1")).toBe(datasetTitle("doctors-by-region", lang));
    } finally {
      await page.close();
    }
  });
});

test("the index holds a dataset's title, regions and keywords, but not its tick labels or table cells", async () => {
  const page = await js.newPage();
  try {
    await page.goto(`${server.url}en/search/`);
    const url = `${basePath()}en/datasets/hospitals-by-region/`;
    // a string, not a function: vitest would rewrite import() in a function's source for Node
    const content = await page.evaluate<string>(`(async () => {
      const pagefind = await import(${JSON.stringify(`${basePath()}pagefind/pagefind.js`)});
      await pagefind.options({ baseUrl: ${JSON.stringify(basePath())} });
      const found = await Promise.all((await pagefind.search("hospitals")).results.map((r) => r.data()));
      return found.find((f) => f.url === ${JSON.stringify(url)})?.content ?? "";
    })()`);
    expect(content).toContain("Hospitals by region, 2000–2022");
    expect(content).toContain("Ulytau Region");
    expect(content).toContain("Bureau of National Statistics");

    // the numbers drawn in charts and written in tables, where they appear nowhere else on the page, must not be in the index
    const { document } = parseHTML(readPage(url));
    const main = document.querySelector("main");
    const charts = [...(main?.querySelectorAll("table, svg") ?? [])];
    const numbers = charts.flatMap((el) => [...el.querySelectorAll("td, text")].map((cell) => (cell.textContent ?? "").trim())).filter((t) => /^[\d.,\s%]+$/.test(t));
    for (const el of charts) el.remove();
    // words as Pagefind's content has them: split on spaces, without the full stop it ends each table cell with
    const words = (text: string): Set<string> => new Set(text.split(/\s+/).map((word) => word.replace(/[.;:,]+$/, "")));
    const textNodes = main ? [main, ...main.querySelectorAll("*")].flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3)) : [];
    const kept = words(textNodes.map((n) => n.textContent ?? "").join(" "));
    const onlyInCharts = [...new Set(numbers)].filter((n) => !kept.has(n));
    expect(onlyInCharts.length).toBeGreaterThan(50);
    const indexed = words(content);
    expect(onlyInCharts.filter((n) => indexed.has(n))).toEqual([]);
  } finally {
    await page.close();
  }
});
