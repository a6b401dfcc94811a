/**
 * Every built HTML page, in a real browser (Debian's Chromium via playwright-core):
 *   - no console errors, uncaught exceptions, failed requests or HTTP >= 400 (JavaScript on);
 *   - zero axe-core violations (WCAG 2.0/2.1/2.2 A + AA);
 *   - JavaScript off: every figure.chart shows a visible, non-empty <svg> (0 bytes of JS needed to see a chart);
 *   - every internal link, hreflang alternate and canonical resolves to a file in the build (#ids included);
 *   - no horizontal scrolling at 320 px (JavaScript on, after resize; and JavaScript off, loaded at 320 px).
 *
 * The site is built once by tests/support/global-setup.ts (base path /ohkz/), which runs before this
 * file is collected, so the page list below is read from the filesystem at collection time.
 * Each test is named by the page's URL path; each check reports with expect.soft so one run shows all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { checkPageLinks } from "../support/links.ts";
import { checkWithJs, checkWithoutJs, createContexts, type Contexts } from "../support/page-checks.ts";
import { basePath, builtSiteDir, listHtmlPages, readPage, siteUrl } from "../support/site.ts";
import { startStaticServer, type StaticServer } from "../support/static-server.ts";

const pages = listHtmlPages();
const site = { dir: builtSiteDir(), base: basePath(), origin: siteUrl() };

let server: StaticServer;
let browser: Browser;
let contexts: Contexts;

beforeAll(async () => {
  server = await startStaticServer(site.dir, site.base);
  browser = await launchBrowser();
  contexts = await createContexts(browser, server.origin);
});

afterAll(async () => {
  await contexts?.close();
  await browser?.close();
  await server?.close();
});

describe("built site", () => {
  it("has pages", () => {
    expect(pages.length, `no HTML found in ${site.dir}`).toBeGreaterThan(0);
  });
});

describe.concurrent("page", () => {
  it.for(pages)("%s", async (urlPath, { expect }) => {
    const url = server.origin + urlPath;

    const links = checkPageLinks(site, urlPath, readPage(urlPath));
    expect.soft(links, `${urlPath}: broken internal links`).toEqual([]);

    const js = await checkWithJs(contexts.js, url);
    expect.soft(js.errors, `${urlPath}: errors with JavaScript on`).toEqual([]);
    expect.soft(js.axe, `${urlPath}: axe-core violations`).toEqual([]);
    expect.soft(js.overflow320, `${urlPath}: horizontal scrolling at 320 px (JavaScript on)`).toBeNull();
    expect.soft(js.focus, `${urlPath}: keyboard focus not visible`).toEqual([]);

    const noJs = await checkWithoutJs(contexts.noJs, url);
    expect.soft(noJs.chartProblems, `${urlPath}: charts with JavaScript off`).toEqual([]);
    expect.soft(noJs.errors, `${urlPath}: errors with JavaScript off`).toEqual([]);
    expect.soft(noJs.overflow320, `${urlPath}: horizontal scrolling at 320 px (JavaScript off)`).toBeNull();
  });
});

describe("charts without JavaScript", () => {
  // guards against the no-JS chart check above passing vacuously
  it("at least one built page has a figure.chart", () => {
    const withCharts = pages.filter((p) => /<figure\b[^>]*\bclass=("|')?[^"'>]*\bchart\b/.test(readPage(p)));
    expect(withCharts.length, "no built page contains figure.chart, so the no-JS chart check tested nothing").toBeGreaterThan(0);
  });
});
