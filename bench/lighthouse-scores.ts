/** Lighthouse (npm) on Debian's Chromium: the four category scores of one page. */
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";

export type LighthouseScores = Record<"performance" | "accessibility" | "best-practices" | "seo", number>;

export async function lighthouseScores(url: string): Promise<LighthouseScores> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
    const categories = result?.lhr.categories ?? {};
    const score = (id: string): number => Math.round((categories[id]?.score ?? 0) * 100);
    return { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo") };
  } finally {
    chrome.kill();
  }
}
