/**
 * The per-page browser checks, shared by tests/site/browser.test.ts (the real build) and
 * tests/support/checks.test.ts (a fixture with planted faults, proving the checks can fail).
 *
 * Speed: pages are pooled and reused (a new tab costs ~250 ms, a navigation ~60 ms), and axe-core is
 * installed as an init script of the JavaScript context so it is not re-injected on every page.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { axeScript, formatViolations, runAxe } from "./browser.ts";

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 320, height: 800 };

/** A tab that is reused from test to test; events go to whichever test holds it. */
class PooledPage {
  /** problems of the current holder; null while the tab is idle (events are then dropped) */
  sink: string[] | null = null;
  inflight = 0;
  lastActivity = Date.now();

  constructor(
    readonly page: Page,
    allowedOrigin: string,
  ) {
    const push = (msg: string): void => void this.sink?.push(msg);
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      const loc = msg.location();
      push(`console.error: ${msg.text()}${loc.url ? ` (at ${loc.url}:${loc.lineNumber + 1})` : ""}`);
    });
    page.on("pageerror", (err) => push(`uncaught exception: ${err.message}`));
    page.on("request", () => {
      this.inflight++;
      this.lastActivity = Date.now();
    });
    page.on("requestfinished", () => {
      this.inflight--;
      this.lastActivity = Date.now();
    });
    page.on("requestfailed", (req) => {
      this.inflight--;
      this.lastActivity = Date.now();
      const url = req.url();
      // Chromium aborts the icon fetch when the next page loads in the same tab; a missing icon still shows as HTTP 404.
      if (url.endsWith("/favicon.svg") && req.failure()?.errorText === "net::ERR_ABORTED") return;
      if (/^https?:/.test(url) && !url.startsWith(allowedOrigin + "/")) {
        push(`external request blocked: ${req.method()} ${url} (the site must not depend on other hosts)`);
      } else {
        push(`request failed: ${req.method()} ${url} (${req.failure()?.errorText ?? "?"})`);
      }
    });
    page.on("response", (res) => {
      if (res.status() >= 400) push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
    });
  }

  /** Resolve when no request has been in flight for `quietMs` (at most `maxMs`); false on timeout. */
  async settle(quietMs = 100, maxMs = 10_000): Promise<boolean> {
    const end = Date.now() + maxMs;
    while (Date.now() < end) {
      if (this.inflight <= 0 && Date.now() - this.lastActivity >= quietMs) return true;
      await new Promise((r) => setTimeout(r, 25));
    }
    return false;
  }
}

class PagePool {
  private idle: PooledPage[] = [];
  private all = new Set<PooledPage>();
  constructor(
    private readonly ctx: BrowserContext,
    private readonly allowedOrigin: string,
    private readonly viewport: { width: number; height: number },
  ) {}

  async acquire(): Promise<PooledPage> {
    const p = this.idle.pop() ?? new PooledPage(await this.ctx.newPage(), this.allowedOrigin);
    this.all.add(p);
    await p.page.setViewportSize(this.viewport);
    p.sink = [];
    return p;
  }

  async release(p: PooledPage): Promise<void> {
    // let the page's own requests finish so that their events are not attributed to the next holder
    // (navigating to about:blank instead would cost a renderer swap, ~100 ms a page)
    const quiet = await p.settle(0, 3_000);
    p.sink = null;
    if (quiet && !p.page.isClosed()) {
      this.idle.push(p);
    } else {
      this.all.delete(p);
      await p.page.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    for (const p of this.all) await p.page.close().catch(() => {});
  }
}

export interface Contexts {
  /** JavaScript on, desktop viewport. */
  js: PagePool;
  /** JavaScript off, 320 px viewport. */
  noJs: PagePool;
  close(): Promise<void>;
}

/** Two contexts shared by all pages. Requests to any origin but `allowedOrigin` are aborted (and reported). */
export async function createContexts(browser: Browser, allowedOrigin: string): Promise<Contexts> {
  const js = await browser.newContext({ viewport: DESKTOP, reducedMotion: "reduce" });
  await js.addInitScript({ content: axeScript() });
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, reducedMotion: "reduce" });
  for (const ctx of [js, noJs]) {
    await ctx.route(
      (url) => (url.protocol === "http:" || url.protocol === "https:") && url.origin !== allowedOrigin,
      (route) => route.abort("blockedbyclient"),
    );
  }
  const jsPool = new PagePool(js, allowedOrigin, DESKTOP);
  const noJsPool = new PagePool(noJs, allowedOrigin, PHONE);
  return {
    js: jsPool,
    noJs: noJsPool,
    close: async () => {
      await jsPool.close();
      await noJsPool.close();
      await js.close();
      await noJs.close();
    },
  };
}

/** Elements that stick out past the right edge of the viewport (not inside a scrolling/clipping box). */
async function horizontalOverflow(page: Page, width: number): Promise<string | null> {
  return page.evaluate((vw) => {
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= vw + 1) return null;
    const describe = (el: Element): string => {
      let s = el.localName;
      if (el.id) s += `#${el.id}`;
      const cls = typeof el.className === "string" ? el.className.trim().split(/\s+/).filter(Boolean) : [];
      if (cls.length) s += "." + cls.slice(0, 3).join(".");
      return s;
    };
    const path = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        parts.unshift(describe(e));
      }
      return parts.join(" > ");
    };
    const clipped = (el: Element): boolean => {
      for (let e = el.parentElement; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
        if (getComputedStyle(e).overflowX !== "visible") return true;
      }
      return false;
    };
    const offenders: Element[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= vw + 1 || clipped(el)) continue;
      // keep the innermost offenders: drop an ancestor already listed
      for (let i = offenders.length - 1; i >= 0; i--) if (offenders[i]!.contains(el)) offenders.splice(i, 1);
      offenders.push(el);
    }
    const list = offenders
      .slice(0, 5)
      .map((el) => `${path(el)} (right edge at ${Math.round(el.getBoundingClientRect().right)} px)`)
      .join("; ");
    return `document.documentElement.scrollWidth is ${scrollWidth} px at a ${vw} px viewport` + (list ? `; sticking out: ${list}` : "");
  }, width);
}

const nextFrames = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

export interface JsResult {
  /** console errors, uncaught exceptions, failed requests, HTTP >= 400 */
  errors: string[];
  /** axe violations, one line per element */
  axe: string[];
  /** null when the page fits 320 px (the loaded page resized to 320 px), else a description */
  overflow320: string | null;
  /** elements reached with the Tab key that show no focus indicator */
  focus: string[];
}

/** Tabs through the first `stops` focusable elements and reports any without a visible outline or shadow. */
async function invisibleFocus(page: Page, stops = 8): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press("Tab");
    const found = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const visible = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none";
      return visible ? "" : el.outerHTML.slice(0, 100);
    });
    if (found === null) break;
    if (found) problems.push(`focus not visible on ${found}`);
  }
  return problems;
}

/**
 * JavaScript on: load at desktop width and let the network settle (islands hydrate), run axe, scroll
 * through the page (client:visible islands hydrate; their errors are caught too), then resize to
 * 320 px and measure horizontal overflow.
 */
export async function checkWithJs(pool: PagePool, url: string): Promise<JsResult> {
  const held = await pool.acquire();
  const { page } = held;
  const errors = held.sink!;
  try {
    const res = await page.goto(url, { waitUntil: "load" });
    if (!res) errors.push(`no response for ${url}`);
    if (!(await held.settle())) errors.push("requests still pending 10 s after load");
    const axe = formatViolations(await runAxe(page));
    const focus = await invisibleFocus(page);
    await page.evaluate(async () => {
      const step = Math.max(200, window.innerHeight - 100);
      for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(r));
      }
      window.scrollTo(0, 0);
    });
    await held.settle();
    await page.setViewportSize(PHONE);
    await nextFrames(page);
    const overflow320 = await horizontalOverflow(page, PHONE.width);
    return { errors: [...errors], axe, overflow320, focus };
  } finally {
    await pool.release(held);
  }
}

export interface NoJsResult {
  /** number of figure.chart on the page */
  charts: number;
  /** figure.chart without a visible, non-empty svg */
  chartProblems: string[];
  /** null when the page fits 320 px without JavaScript */
  overflow320: string | null;
  /** failed requests / HTTP errors while loading without JavaScript */
  errors: string[];
}

/** JavaScript off, 320 px wide: every figure.chart must show an svg; no horizontal scrolling. */
export async function checkWithoutJs(pool: PagePool, url: string): Promise<NoJsResult> {
  const held = await pool.acquire();
  const { page } = held;
  const errors = held.sink!;
  try {
    await page.goto(url, { waitUntil: "load" });
    // Playwright's evaluate still works here: javaScriptEnabled:false only disables the page's own scripts
    const { charts, chartProblems } = await page.evaluate(() => {
      const figures = Array.from(document.querySelectorAll("figure.chart"));
      const problems: string[] = [];
      figures.forEach((fig, i) => {
        const label =
          fig.querySelector("[aria-label]")?.getAttribute("aria-label") ?? fig.querySelector("figcaption")?.textContent ?? "";
        const name = `figure.chart #${i + 1}${fig.id ? ` (id=${fig.id})` : ""}${label ? ` "${label.trim().slice(0, 60)}"` : ""}`;
        const svgs = Array.from(fig.querySelectorAll("svg"));
        const visible = svgs.some((svg) => {
          const r = svg.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && svg.checkVisibility({ opacityProperty: true, visibilityProperty: true });
        });
        if (!visible) {
          problems.push(svgs.length === 0 ? `${name}: no <svg> in the HTML` : `${name}: no visible <svg> with non-zero width and height`);
        }
      });
      return { charts: figures.length, chartProblems: problems };
    });
    const overflow320 = await horizontalOverflow(page, PHONE.width);
    return { charts, chartProblems, overflow320, errors: [...errors] };
  } finally {
    await pool.release(held);
  }
}

export type { PagePool };
