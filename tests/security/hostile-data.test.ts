/**
 * Hostile data stays inert: a dataset whose every text carries markup and script is built in a copy of
 * the project; in Chromium nothing executes, nothing is injected, and layouts hold at 320 px.
 * Also proves the Content-Security-Policy blocks an inline script that did not come from the build.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { PROJECT_ROOT } from "../support/data-fixture.ts";
import { copyProject, runNpm } from "../support/project-copy.ts";
import { startStaticServer, type StaticServer } from "../support/static-server.ts";

const FIXTURE = join(PROJECT_ROOT, "tests/fixtures/hostile-data");
const PAGES = ["kk", "ru", "en"].flatMap((l) => [`${l}/datasets/hostile-example/`, `${l}/datasets/`, `${l}/`, `${l}/about/`, `${l}/releases/`]);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const project = copyProject("ohkz-hostile-");
  cpSync(join(FIXTURE, "hostile-example"), join(project, "data/datasets/hostile-example"), { recursive: true });
  const sourcesPath = join(project, "data/sources.json");
  const sources = JSON.parse(readFileSync(sourcesPath, "utf8")) as { sources: unknown[] };
  sources.sources.push(JSON.parse(readFileSync(join(FIXTURE, "source.json"), "utf8")));
  writeFileSync(sourcesPath, JSON.stringify(sources, null, 2));
  const out = join(project, "dist");
  const build = runNpm(project, ["build"], { OUT_DIR: out, BASE_PATH: "/", SITE_URL: "http://127.0.0.1" });
  if (build.status !== 0) throw new Error(`the hostile build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  server = await startStaticServer(out, "/");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads a page, recording dialogs, console errors and the marker every payload would set. */
async function visit(page: Page, path: string): Promise<{ dialogs: string[]; errors: string[] }> {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
  return { dialogs, errors };
}

describe.each(PAGES)("%s", (path) => {
  test("runs no injected script and contains no injected element", async () => {
    const page = await browser.newPage();
    const { dialogs, errors } = await visit(page, path);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    const injected = await page.evaluate(() => ({
      // the JSON-LD data block carries the hostile texts as JSON strings: data, never run (checked below)
      scripts: [...document.scripts].filter((s) => s.type !== "application/ld+json" && (s.textContent?.includes("__pwned") || s.src.includes("__pwned"))).length,
      images: document.querySelectorAll('img[src="x"]').length,
      handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
      jsLinks: [...document.querySelectorAll("a[href]")].filter((a) => a.getAttribute("href")?.trim().toLowerCase().startsWith("javascript:")).length,
    }));
    expect(injected).toEqual({ scripts: 0, images: 0, handlers: 0, jsLinks: 0 });
    // a dataset page's JSON-LD stays one whole data block: it parses, and its name is the page's title
    const jsonLd = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""));
    expect(jsonLd.length).toBe(path.includes("/datasets/hostile-example/") ? 1 : 0);
    for (const text of jsonLd) expect((JSON.parse(text) as { name: string }).name).toBe(await page.textContent("h1"));
    await page.close();
  });

  test("holds its layout at 320 px", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(321);
    await page.close();
  });
});

test("the payloads reach the page as text (escaped, not dropped)", async () => {
  const page = await browser.newPage();
  await page.goto(new URL("en/datasets/hostile-example/", server.url).href);
  expect(await page.locator("h1").innerText()).toContain("</svg><script>window.__pwned='svg'</script>");
  expect(await page.locator("figure.chart svg title").first().textContent()).toContain("<script>");
  await page.close();
});

test("the Content-Security-Policy blocks an inline script the build did not emit", async () => {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(new URL("en/", server.url).href);
  const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', "content");
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp?.split(";").find((d) => d.trim().startsWith("script-src"))).not.toContain("'unsafe-inline'");
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__pwned = 'csp'";
    document.body.append(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(violations.length).toBeGreaterThan(0);
  await page.close();
});
