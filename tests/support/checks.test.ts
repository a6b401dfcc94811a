/**
 * Self-test of the test tooling: a tiny fixture site with planted faults must make every check in
 * tests/site/browser.test.ts fail, and a clean page must pass, so the real suite cannot pass silently.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser.ts";
import { checkLink, checkPageLinks, type SiteLocation } from "./links.ts";
import { checkWithJs, checkWithoutJs, createContexts, type Contexts } from "./page-checks.ts";
import { fileToUrlPath, listHtmlFiles } from "./site.ts";
import { startStaticServer, type StaticServer } from "./static-server.ts";

const BASE = "/fx/";
const head = (title: string, extra = "") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${extra}</head>`;
const chart = `<figure class="chart" id="c1"><svg role="img" aria-label="A chart" viewBox="0 0 200 100" width="200" height="100"><rect width="50" height="80" fill="#246"/></svg><figcaption>Source: fixture</figcaption></figure>`;

const GOOD = `${head("Good", `<link rel="alternate" hreflang="en" href="https://example.test/fx/good/"><link rel="canonical" href="https://example.test/fx/good/">`)}
<body><main><h1 id="ok">Good</h1>${chart}
<p>Read <a href="../good/#ok">this</a>, <a href="/fx/">home</a>, <a href="/fx/data/a.csv">the CSV</a>,
<a href="https://elsewhere.example/">elsewhere</a> and <a href="mailto:a@b.c">mail</a>.</p></main></body></html>`;

const BAD = `${head("Bad", `<link rel="alternate" hreflang="kk" href="https://example.test/fx/kk/bad/">`)}
<body><style>a:focus { outline: none; }</style><main><h1>Bad</h1>
<p><a href="/en/">ignores the base</a> <a href="/fx/nope/">missing</a> <a href="/fx/good/#missing">bad anchor</a>
<a href="/fx/good">no slash</a> <a href="https://example.test/fx/gone.csv">absolute missing</a></p>
<img src="pic.png"><button></button>
<img src="https://cdn.example.com/x.png" alt="external">
<figure class="chart"><svg style="display:none" width="10" height="10"></svg></figure>
<figure class="chart"><img src="/fx/data/a.csv" alt="not a chart"></figure>
<div style="width:600px">too wide</div>
<script>console.error("planted console error"); throw new Error("planted exception");</script>
</main></body></html>`;

let dir: string;
let site: SiteLocation;
let server: StaticServer;
let browser: Browser;
let contexts: Contexts;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ohkz-checks-"));
  mkdirSync(join(dir, "good"));
  mkdirSync(join(dir, "bad"));
  mkdirSync(join(dir, "data"));
  writeFileSync(join(dir, "index.html"), `${head("Home")}<body><main><h1>Home</h1><p><a href="good/">Good</a></p></main></body></html>`);
  writeFileSync(join(dir, "good", "index.html"), GOOD);
  writeFileSync(join(dir, "bad", "index.html"), BAD);
  writeFileSync(join(dir, "data", "a.csv"), "year,value\n2024,1\n");
  site = { dir, base: BASE, origin: "https://example.test" };
  server = await startStaticServer(dir, BASE);
  browser = await launchBrowser();
  contexts = await createContexts(browser, server.origin);
});

afterAll(async () => {
  await contexts?.close();
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("site helpers", () => {
  it("list pages as URL paths with the base", () => {
    expect(listHtmlFiles(dir).map((f) => fileToUrlPath(dir, f, BASE))).toEqual(["/fx/bad/", "/fx/good/", "/fx/"]);
  });
});

describe("static server", () => {
  const get = (path: string) => fetch(server.origin + path, { redirect: "manual" });
  it("serves files under the base path with their content types", async () => {
    const page = await get("/fx/good/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("<h1 id=\"ok\">Good</h1>");
    const csv = await get("/fx/data/a.csv");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  });
  it("404s outside the base, for missing files and for path traversal", async () => {
    expect((await get("/good/")).status).toBe(404);
    expect((await get("/fx/missing.html")).status).toBe(404);
    expect((await get("/fx/%2e%2e/%2e%2e/etc/passwd")).status).toBe(404);
  });
  it("redirects a directory without its trailing slash", async () => {
    const res = await get("/fx/good");
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/fx/good/");
  });
});

describe("link checker", () => {
  it("accepts links that resolve", () => {
    expect(checkPageLinks(site, "/fx/good/", GOOD)).toEqual([]);
  });
  it("reports every planted broken link", () => {
    const problems = checkPageLinks(site, "/fx/bad/", BAD);
    expect(problems).toHaveLength(6);
    expect(problems.join("\n")).toMatch(/href="\/en\/" -> outside the base path/);
    expect(problems.join("\n")).toMatch(/href="\/fx\/nope\/" -> no such file/);
    expect(problems.join("\n")).toMatch(/#missing" -> no element with id="missing"/);
    expect(problems.join("\n")).toMatch(/href="\/fx\/good" -> missing trailing slash/);
    expect(problems.join("\n")).toMatch(/gone\.csv" -> no such file/);
    expect(problems.join("\n")).toMatch(/link\[rel=alternate hreflang=kk\] .* -> no such file/);
  });
  it("resolves relative links against the page", () => {
    expect(checkLink(site, "/fx/good/", "../bad/")).toBeNull();
    expect(checkLink(site, "/fx/good/", "../../bad/")).toMatch(/outside the base path/);
  });
});

describe("browser checks", () => {
  it("pass on a clean page", async () => {
    const js = await checkWithJs(contexts.js, server.url + "good/");
    expect(js).toEqual({ errors: [], axe: [], overflow320: null, focus: [] });
    const noJs = await checkWithoutJs(contexts.noJs, server.url + "good/");
    expect(noJs).toEqual({ charts: 1, chartProblems: [], overflow320: null, errors: [] });
  });

  it("catch planted errors, axe violations, hidden charts and overflow", async () => {
    const js = await checkWithJs(contexts.js, server.url + "bad/");
    const errors = js.errors.join("\n");
    expect(errors).toMatch(/console\.error: planted console error/);
    expect(errors).toMatch(/uncaught exception: planted exception/);
    expect(errors).toMatch(/HTTP 404: GET http:\/\/127\.0\.0\.1:\d+\/fx\/bad\/pic\.png/);
    expect(errors).toMatch(/external request blocked: GET https:\/\/cdn\.example\.com\/x\.png/);
    const axe = js.axe.join("\n");
    expect(axe).toMatch(/^image-alt \(critical\): .* — img\[src\$?="pic\.png"\]/m);
    expect(axe).toMatch(/^button-name \(critical\): /m);
    expect(js.overflow320).toMatch(/scrollWidth is \d+ px at a 320 px viewport; sticking out: main > div \(right edge at 608 px\)/);
    expect(js.focus[0]).toBe('focus not visible on <a href="/en/">ignores the base</a>');

    const noJs = await checkWithoutJs(contexts.noJs, server.url + "bad/");
    expect(noJs.charts).toBe(2);
    expect(noJs.chartProblems).toEqual([
      "figure.chart #1: no visible <svg> with non-zero width and height",
      "figure.chart #2: no <svg> in the HTML",
    ]);
    expect(noJs.overflow320).not.toBeNull();
    expect(noJs.errors.join("\n")).toMatch(/HTTP 404: .*pic\.png/);
  });

  it("reuse pages without leaking one page's errors into the next", async () => {
    await checkWithJs(contexts.js, server.url + "bad/");
    const js = await checkWithJs(contexts.js, server.url + "good/");
    expect(js.errors).toEqual([]);
  });
});
