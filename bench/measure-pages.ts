/**
 * One page in Chromium, cold: bytes transferred (gzip, by type), requests, JavaScript, first contentful
 * paint and time to the first chart, on localhost and on emulated Slow 4G (150 ms, 1.6 Mbit/s).
 */
import type { Browser, CDPSession } from "playwright-core";

export interface PageWeight {
  bytes: Record<"html" | "css" | "js" | "font" | "image" | "other", number>;
  total: number;
  requests: number;
}

export interface PageTiming {
  fcpMs: number;
  chartMs: number | null;
}

export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** Records when the first chart's SVG is in the document and the frame after it has been painted (two rAFs). */
const CHART_PROBE = `(() => {
  const seen = () => document.querySelector("figure.chart svg, svg[role=img]");
  const mark = () => requestAnimationFrame(() => requestAnimationFrame(() => { window.__chartAt ??= performance.now(); }));
  new MutationObserver((_, obs) => { if (seen()) { mark(); obs.disconnect(); } }).observe(document, { childList: true, subtree: true });
})();`;

function kind(type: string, url: string): keyof PageWeight["bytes"] {
  if (type === "document") return "html";
  if (type === "stylesheet") return "css";
  if (type === "script") return "js";
  if (type === "font" || /\.(woff2?|ttf)$/.test(url)) return "font";
  if (type === "image") return "image";
  return "other";
}

/** What a first visit transfers, as the network sees it (the bench server gzips text like a CDN). */
export async function measureWeight(browser: Browser, url: string, javaScript = true): Promise<PageWeight> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const types = new Map<string, { type: string; url: string }>();
  const bytes: PageWeight["bytes"] = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  let requests = 0;
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, { type: e.type.toLowerCase(), url: e.response.url }));
  cdp.on("Network.loadingFinished", (e) => {
    const info = types.get(e.requestId);
    if (!info) return;
    requests++;
    bytes[kind(info.type, info.url)] += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await context.close();
  return { bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0), requests };
}

async function throttle(cdp: CDPSession, slow: boolean): Promise<void> {
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (slow) await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
}

/** Median over `runs` cold loads (a new context each time, cache disabled). */
export async function measureTiming(browser: Browser, url: string, slow: boolean, runs = 5): Promise<PageTiming> {
  const fcp: number[] = [];
  const chart: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(CHART_PROBE);
    await throttle(await context.newCDPSession(page), slow);
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0 && "__chartAt" in window, undefined, { timeout: 10_000 }).catch(() => undefined);
    const t = await page.evaluate(() => ({
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      chart: (window as unknown as { __chartAt?: number }).__chartAt ?? null,
    }));
    fcp.push(t.fcp);
    if (t.chart !== null) chart.push(t.chart);
    await context.close();
  }
  return { fcpMs: median(fcp), chartMs: chart.length > 0 ? median(chart) : null };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}
