/**
 * The organisations directory in a real browser: without JavaScript the whole table and no controls;
 * with it, the island filters by region, type and ownership and sorts, and says how many rows it shows.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { axeScript, formatViolations, launchBrowser, runAxe, watchErrors } from "../support/browser.ts";
import { basePath, builtSiteDir } from "../support/site.ts";
import { startStaticServer, type StaticServer } from "../support/static-server.ts";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(builtSiteDir(), basePath());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The organisation ids of the rows a reader sees, top to bottom. */
async function visibleRows(page: Page): Promise<string[]> {
  return page.$$eval("table#organizations tbody tr", (rows) =>
    rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.querySelector("th a")?.getAttribute("href")?.split("/").at(-2) ?? ""),
  );
}

test("without JavaScript every organisation is listed and no control is shown", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}en/organizations/`);
  expect(await visibleRows(page)).toHaveLength(5);
  expect(await page.locator("form.filters").count()).toBe(0);
  await context.close();
});

test("with JavaScript the directory filters by type, region and ownership, sorts, and counts what it shows", async () => {
  const context = await browser.newContext();
  await context.addInitScript({ content: axeScript() });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}en/organizations/`);
  const status = page.locator("form.filters [role=status]");
  await expect.poll(() => status.textContent()).toBe("5 of 5 organisations shown");

  await page.getByLabel("Type", { exact: true }).selectOption("hospital");
  await expect.poll(() => status.textContent()).toBe("2 of 5 organisations shown");
  expect((await visibleRows(page)).sort()).toEqual(["example-hospital-1", "example-hospital-4"]);

  await page.getByLabel("Region", { exact: true }).selectOption("aktobe");
  expect(await visibleRows(page)).toEqual(["example-hospital-4"]);
  await expect.poll(() => status.textContent()).toBe("1 of 5 organisations shown");

  await page.getByLabel("Region", { exact: true }).selectOption("");
  await page.getByLabel("Type", { exact: true }).selectOption("specialised-centre");
  await page.getByLabel("Ownership", { exact: true }).selectOption("state");
  await expect.poll(() => status.textContent()).toBe("2 of 5 organisations shown");
  expect((await visibleRows(page)).sort()).toEqual(["almaty-mental-health-centre", "example-specialised-centre-3"]);
  await page.getByLabel("Type", { exact: true }).selectOption("");
  await page.getByLabel("Ownership", { exact: true }).selectOption("");

  // Sorted by region: the regions' English names in alphabetical order.
  await page.getByLabel("Sort by", { exact: true }).selectOption("region");
  const byRegion = await page.$$eval("table#organizations tbody tr", (rows) => rows.map((r) => (r as HTMLElement).dataset["regionLabel"] ?? ""));
  expect(byRegion).toEqual([...byRegion].sort((a, b) => a.localeCompare(b, "en")));
  expect(await visibleRows(page)).toHaveLength(5);

  expect(formatViolations(await runAxe(page))).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
