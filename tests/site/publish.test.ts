/**
 * The checking page, /{lang}/publish/, in Chromium: an official drops a bad file and sees each problem located
 * (cell or line and column) in the page's language; drops a good file and sees the charts with the new rows and
 * what would change since the release; a 50,000-row file is checked in a web worker with progress shown, and
 * the page never freezes. (tests/site/browser.test.ts checks the page as loaded, like every other page.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvParseRows, csvFormatRows, dsvFormat } from "d3-dsv";
import { parseHTML } from "linkedom";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeScript, formatViolations, launchBrowser, runAxe, watchErrors } from "../support/browser.ts";
import { PROJECT_ROOT } from "../support/data-fixture.ts";
import { basePath, builtSiteDir, readPage } from "../support/site.ts";
import { startStaticServer, type StaticServer } from "../support/static-server.ts";

const HOSPITALS = readFileSync(join(PROJECT_ROOT, "data/datasets/hospitals-by-region/data.csv"), "utf8");

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startStaticServer(builtSiteDir(), basePath());
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce", acceptDownloads: true });
  // axe arrives as an init script: the page's Content-Security-Policy (rightly) refuses injected inline scripts.
  await context.addInitScript({ content: axeScript() });
  // Main-thread tasks over 50 ms, as the browser reports them: the page must stay responsive while a file is checked.
  await context.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask", buffered: true });
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

interface CheckerPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests while the page was open. */
  errors: string[];
}

async function openChecker(lang: string): Promise<CheckerPage> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  page.on("requestfailed", (req) => void errors.push(`request failed: ${req.url()}`));
  await page.goto(`${server.url}${lang}/publish/`);
  await page.locator("#checker-dataset").waitFor();
  return { page, errors };
}

/** Chooses the dataset, the header row and the file, as an official would (the file input takes a dropped file too). */
async function check(page: Page, dataset: string, file: { name: string; mimeType: string; buffer: Buffer }, headerRow = "1"): Promise<void> {
  await page.selectOption("#checker-dataset", dataset);
  await page.fill("#checker-header-row", headerRow);
  await page.setInputFiles("#checker-file", file);
  await page.locator(".verdict").waitFor({ timeout: 60_000 });
}

async function fitsPhone(page: Page): Promise<boolean> {
  await page.setViewportSize({ width: 320, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize({ width: 1280, height: 800 });
  return width <= 321;
}

const xlsx = (path: string) => ({ name: path.split("/").at(-1) ?? path, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: readFileSync(join(PROJECT_ROOT, path)) });
const csv = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

describe("a bad file", () => {
  test("an .xlsx with a merged header and a formula: each problem at its cell, in English", async () => {
    const { page, errors } = await openChecker("en");
    await check(page, "hospitals-by-region", xlsx("tests/fixtures/import/site/hospitals-bad.xlsx"), "2");
    expect(await page.locator(".verdict").textContent()).toBe("hospitals-bad.xlsx: problems found: 2. Nothing can be published until they are fixed.");
    const problems = (await page.locator("ol.problems li").allTextContents()).map((t) => t.replace(/\s+/g, " "));
    expect(problems).toEqual([
      "Cell C2: the header cells C2:D2 are merged. What to do: unmerge them and write one column name in each cell of the header row.",
      "Cell C3: the cell C3 holds a formula. What to do: copy the sheet and paste it as values only (Paste Special → Values), so that every cell holds the figure itself.",
    ]);
    expect(await page.locator("figure.chart").count()).toBe(0);
    expect(formatViolations(await runAxe(page))).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a CSV with wrong values: each problem at its line and column, in Russian", async () => {
    const { page, errors } = await openChecker("ru");
    const bad = HOSPITALS.replace("kz,2022,818,", "kz,2022,восемьсот,").replace("kz,2021,", "kz,2021;");
    await check(page, "hospitals-by-region", csv("больницы.csv", bad));
    const line = (prefix: string): number => bad.split("\n").findIndex((l) => l.startsWith(prefix)) + 1;
    const problems = (await page.locator("ol.problems li").allTextContents()).map((t) => t.replace(/\s+/g, " "));
    expect(problems).toEqual([
      `Строка ${line("kz,2021;")}, столбец 4: ячеек в строке: 3; в заголовке: 4. Что сделать: сделайте в каждой строке по одной ячейке на столбец (проверьте лишний или пропущенный разделитель либо незакрытую кавычку).`,
      `Строка ${line("kz,2022,")}, столбец 3 · hospitals: ожидалось целое число, а в ячейке "восемьсот". Что сделать: напишите целое число без пробелов и разделителей, например 2666, или оставьте ячейку пустой, если значения нет.`,
    ]);
    expect(formatViolations(await runAxe(page))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a good file", () => {
  // The Bureau's form: semicolons, CRLF, "-" where a region did not exist yet, and one corrected figure.
  const text = dsvFormat(";").formatRows(csvParseRows(HOSPITALS.replace("kz,2022,818,", "kz,2022,819,")).map((r) => r.map((c) => (c === "" ? "-" : c)))).replace(/\n/g, "\r\n");
  const expected = HOSPITALS.replace("kz,2022,818,", "kz,2022,819,");
  let checker: CheckerPage;

  beforeAll(async () => {
    checker = await openChecker("en");
    await check(checker.page, "hospitals-by-region", csv("hospitals-2022.csv", text));
  });
  afterAll(async () => checker?.page.close());

  test("is accepted, and says what it read", async () => {
    const { page } = checker;
    expect(await page.locator(".verdict").textContent()).toBe(`No problems in hospitals-2022.csv: ${csvParseRows(HOSPITALS).length - 1} rows can be published.`);
    const notices = await page.locator("ul.notices li").allTextContents();
    expect(notices).toContain("Columns are separated by semicolons.");
    expect(notices).toContain("Line ends: CRLF; data.csv will have LF.");
    expect(notices.some((n) => /^Cells marked as missing \("-"\), left blank: \d+\.$/.test(n))).toBe(true);
  });

  test("previews the dataset's charts with the new rows", async () => {
    const { page } = checker;
    const figures = page.locator("figure.chart");
    expect(await figures.count()).toBe(2);
    expect(await figures.locator("figcaption").allTextContents()).toEqual(["Number of hospitals in Kazakhstan, 2000–2022", "Hospitals by region, 2022"]);
    const svg = figures.first().locator(".chart-wide svg");
    expect(await svg.isVisible()).toBe(true);
    expect(await svg.getAttribute("role")).toBe("img");
    expect(await svg.locator("title").textContent()).toBe("Number of hospitals in Kazakhstan, 2000–2022");
  });

  test("shows what would change since the release, old → new, and that the revision needs a reason", async () => {
    const { page } = checker;
    expect(await page.locator("#checker-changes").textContent()).toMatch(/^What would change since release \d{4}-Q\d/);
    expect(await page.locator(".change-counts").textContent()).toBe("0 added, 1 revised, 0 withdrawn");
    const row = (await page.locator("#checker-changes + * + * + h3 + .table-scroll tbody tr, section[aria-labelledby=checker-changes] tbody tr").first().locator("th, td").allTextContents()).map((c) => c.trim());
    expect(row).toEqual(["Kazakhstan (total) · 2022", "Hospitals", "818", "819"]);
    expect(await page.locator("section[aria-labelledby=checker-changes] .banner").textContent()).toContain("needs a reason in data/revisions.json");
  });

  test("offers the canonical data.csv for download, made in the page", async () => {
    const { page } = checker;
    const link = page.locator("a[download='data.csv']");
    expect(await link.getAttribute("href")).toMatch(/^blob:/);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(readFileSync(await download.path(), "utf8")).toBe(expected);
  });

  test("has no accessibility violations, fits a phone, and logged no error", async () => {
    const { page, errors } = checker;
    expect(formatViolations(await runAxe(page))).toEqual([]);
    expect(await fitsPhone(page)).toBe(true);
    expect(errors).toEqual([]);
  });
});

test("a 50,000-row file is checked in a web worker, with progress shown and no long task on the page", async () => {
  const { page, errors } = await openChecker("en");
  // social-services-statistics: indicator × region × date keys leave room for 50,000 rows; its charts stay one value per point.
  const meta = JSON.parse(readFileSync(join(PROJECT_ROOT, "data/datasets/social-services-statistics/dataset.json"), "utf8")) as { codelists: Record<string, { code: string }[]> };
  const regions = (JSON.parse(readFileSync(join(PROJECT_ROOT, "data/codelists/regions.json"), "utf8")) as { codes: { code: string }[] }).codes.map((c) => c.code);
  const indicators = (meta.codelists["social-services-indicators"] ?? []).map((c) => c.code).filter((c) => c !== "elderly-homes" && !c.startsWith("ssso"));
  const source = csvParseRows(readFileSync(join(PROJECT_ROOT, "data/datasets/social-services-statistics/data.csv"), "utf8"))[1]?.at(-1) ?? "";
  const rows: string[][] = [["indicator", "region", "period_start", "period_end", "value", "unit", "source"]];
  for (let day = 0; rows.length <= 50_000; day++) {
    const date = new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10);
    for (const indicator of indicators) for (const region of regions) if (rows.length <= 50_000) rows.push([indicator, region, date, date, String(rows.length % 997), "organisations", source]);
  }
  await page.selectOption("#checker-dataset", "social-services-statistics");
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
  // From a file on disk: a buffer would be decoded by script inside the page, a long task of the test's own.
  const big = join(mkdtempSync(join(tmpdir(), "ohkz-big-")), "big.csv");
  writeFileSync(big, `${csvFormatRows(rows)}\n`);
  await page.setInputFiles("#checker-file", big);
  await page.locator(".checker-status progress").waitFor();
  expect(await page.locator(".checker-status p").textContent()).toMatch(/^Checking big\.csv… Step [1-4] of 4: /);
  await page.locator(".verdict").waitFor({ timeout: 60_000 });
  expect(await page.locator(".verdict").textContent()).toBe("No problems in big.csv: 50000 rows can be published.");
  expect(await page.locator("ul.notices li").allTextContents()).toContain("Rows read: 50000.");
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  expect(Math.max(0, ...longTasks), `main-thread tasks: ${longTasks.map(Math.round).join(", ")} ms`).toBeLessThan(250);
  expect(errors).toEqual([]);
  await page.close();
});

test("without JavaScript the page says it needs it and points to the command line and the routine", () => {
  const { document } = parseHTML(readPage(`${basePath()}en/publish/`));
  const noscript = document.querySelector("noscript")?.innerHTML ?? "";
  expect(noscript).toContain("needs JavaScript");
  expect(noscript).toContain("npm run import");
  expect(document.querySelectorAll("ol.routine li")).toHaveLength(7);
  expect(document.querySelector("ol.routine")?.textContent).toContain("npm run release");
});
