/**
 * Embeds as a newspaper uses them: the snippet from a dataset page pasted into a page on another origin
 * (a second static server). With JavaScript the frame takes the chart's height — no inner scrollbar,
 * nothing clipped — at every width from 280 to 1200 px; without JavaScript the frame keeps the snippet's
 * fixed height, and the whole chart still shows in it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, ElementHandle, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { LANGS, LATEST_CHARTS } from "../support/charts-in-data.ts";
import { basePath, builtSiteDir, readPage, siteUrl } from "../support/site.ts";
import { chartSnippets } from "../support/snippets.ts";
import { startStaticServer, type StaticServer } from "../support/static-server.ts";

let site: StaticServer;
let host: StaticServer;
let hostDir: string;
let browser: Browser;
let withJs: BrowserContext;
let withoutJs: BrowserContext;

beforeAll(async () => {
  site = await startStaticServer(builtSiteDir(), basePath());
  hostDir = mkdtempSync(join(tmpdir(), "ohkz-host-"));
  host = await startStaticServer(hostDir, "/");
  browser = await launchBrowser();
  withJs = await browser.newContext();
  withoutJs = await browser.newContext({ javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

/** The snippets under a chart on its dataset page ([pinned, latest]), pointed at the test server instead of the configured site. */
function snippets(lang: string, dataset: string, chart: string): string[] {
  return chartSnippets(readPage(`${basePath()}${lang}/datasets/${dataset}/`), chart).map((html) => html.split(siteUrl()).join(site.origin));
}

let hostPages = 0;
/** A page on the host origin holding the snippets, as an article would. */
function hostPage(snippetsHtml: string[]): string {
  const name = `article-${(hostPages += 1)}.html`;
  writeFileSync(
    join(hostDir, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title>` +
      `<style>body{margin:0;font:16px serif}p{margin:0;padding:8px}</style></head><body><p>An article.</p>\n${snippetsHtml.join("\n<p>More text.</p>\n")}\n<p>The end.</p></body></html>`,
  );
  return `${host.origin}/${name}`;
}

interface FrameState {
  title: string;
  frameHeight: number;
  contentHeight: number;
  scrollHeight: number;
  scrollWidth: number;
  innerHeight: number;
  innerWidth: number;
  /** The bottom of the chart that is shown (wide or narrow), in the frame's viewport. */
  chartBottom: number;
  shown: string;
}

async function frameState(iframe: ElementHandle<HTMLIFrameElement>): Promise<FrameState> {
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error("the iframe has no document");
  await frame.waitForLoadState("load");
  const outer = await iframe.evaluate((f) => ({ title: f.title, frameHeight: f.clientHeight }));
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    const svgs = [...document.querySelectorAll("figure.chart svg")].filter((s) => s.getBoundingClientRect().height > 0 && s.checkVisibility());
    const shown = svgs[0];
    return {
      contentHeight: Math.ceil(root.getBoundingClientRect().height),
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
      chartBottom: shown ? shown.getBoundingClientRect().bottom : -1,
      shown: shown?.closest("div")?.className ?? "none",
    };
  });
  return { ...outer, ...inner };
}

/** Loads the page at a width; each frame is scrolled to (the snippet loads lazily) and, with script, waited for until it has its height. */
async function framesAt(context: BrowserContext, url: string, width: number, resized: boolean): Promise<FrameState[]> {
  const page: Page = await context.newPage();
  try {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url, { waitUntil: "load" });
    const states: FrameState[] = [];
    for (const iframe of await page.$$("iframe")) {
      await iframe.scrollIntoViewIfNeeded();
      let state = await frameState(iframe as ElementHandle<HTMLIFrameElement>);
      for (let i = 0; resized && i < 100 && state.frameHeight !== state.contentHeight; i++) {
        await page.waitForTimeout(50);
        state = await frameState(iframe as ElementHandle<HTMLIFrameElement>);
      }
      states.push(state);
    }
    return states;
  } finally {
    await page.close();
  }
}

// both ends of the range and of each layout (320 and 1000 px are checked above)
const WIDTHS = [280, 576, 577, 1200];

function expectFits(state: FrameState, label: string): void {
  expect.soft(state.title, `${label}: iframe title`).toMatch(/Open Health KZ$/);
  expect.soft(state.scrollHeight, `${label}: inner vertical scrolling`).toBeLessThanOrEqual(state.innerHeight);
  expect.soft(state.scrollWidth, `${label}: inner horizontal scrolling`).toBeLessThanOrEqual(state.innerWidth);
  expect.soft(state.chartBottom, `${label}: chart missing or clipped`).toBeGreaterThan(0);
  expect.soft(state.chartBottom, `${label}: chart clipped`).toBeLessThanOrEqual(state.innerHeight);
}

describe("a pinned embed on another site", () => {
  const chart = LATEST_CHARTS.find((c) => c.chart === "doctors-per-10000-central-asia") ?? LATEST_CHARTS[0]!;

  test.each([320, 1000])("with JavaScript, at %i px, takes the chart's height", async (width) => {
    const [pinned] = snippets("kk", chart.dataset, chart.chart);
    const [state] = await framesAt(withJs, hostPage([pinned ?? ""]), width, true);
    expect(state).toBeDefined();
    if (!state) return;
    expect(state.frameHeight, "the frame took the content's height").toBe(state.contentHeight);
    expectFits(state, `${width} px`);
    expect(state.shown).toBe(width <= 576 ? "chart-narrow" : "chart-wide");
  });

  test.each([320, 1000])("without JavaScript, at %i px, keeps its fixed height and shows the whole chart", async (width) => {
    const [pinned] = snippets("kk", chart.dataset, chart.chart);
    const fixed = Number(/height="(\d+)"/.exec(pinned ?? "")?.[1]);
    const [state] = await framesAt(withoutJs, hostPage([pinned ?? ""]), width, false);
    expect(state?.frameHeight).toBe(fixed);
    if (state) expectFits(state, `${width} px, no JavaScript`);
  });
});

describe.each(LANGS)("every chart's latest embed in %s", (lang) => {
  let url = "";
  beforeAll(() => {
    url = hostPage(LATEST_CHARTS.map((c) => snippets(lang, c.dataset, c.chart).at(-1) ?? ""));
  });

  test.each(WIDTHS)("fits its content with JavaScript at %i px", async (width) => {
    const states = await framesAt(withJs, url, width, true);
    expect(states).toHaveLength(LATEST_CHARTS.length);
    states.forEach((state, i) => {
      const label = `${LATEST_CHARTS[i]?.chart} at ${width} px`;
      expect.soft(state.frameHeight, `${label}: frame height`).toBe(state.contentHeight);
      expectFits(state, label);
    });
  });

  test.each(WIDTHS)("fits in the fixed height without JavaScript at %i px", async (width) => {
    const states = await framesAt(withoutJs, url, width, false);
    expect(states).toHaveLength(LATEST_CHARTS.length);
    states.forEach((state, i) => expectFits(state, `${LATEST_CHARTS[i]?.chart} at ${width} px, no JavaScript`));
  });
});
