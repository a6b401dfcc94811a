/**
 * For journalists, read from the built site: an embed page for every chart (latest and pinned to each
 * release), the chart tools on dataset pages, image and data downloads, dataset zips, share cards and
 * Open Graph tags on every page.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { LANGS, LATEST_CHARTS, RELEASED_CHARTS } from "../support/charts-in-data.ts";
import { PROJECT_ROOT } from "../support/data-fixture.ts";
import { pngSize } from "../support/png.ts";
import { chartSnippets } from "../support/snippets.ts";
import { basePath, builtSiteDir, listHtmlPages, readPage, siteUrl, urlPathToFile } from "../support/site.ts";

const base = basePath();
const built = (path: string): Buffer => readFileSync(join(builtSiteDir(), path));
const doc = (urlPath: string) => parseHTML(readPage(urlPath)).document;
const pinned = RELEASED_CHARTS.flatMap(({ release, charts }) => charts.map((c) => ({ ...c, release })));

test("there are charts and released charts to check", () => {
  expect(LATEST_CHARTS.length).toBeGreaterThan(10);
  expect(pinned.length).toBeGreaterThan(LATEST_CHARTS.length);
});

describe.each(LANGS)("embed pages in %s", (lang) => {
  test.each(LATEST_CHARTS)("latest: $chart", ({ chart, dataset, title }) => {
    const page = doc(`${base}embed/${lang}/${chart}/`);
    expect(page.documentElement.getAttribute("lang")).toBe(lang);
    expect(page.querySelector("figcaption")?.textContent).toContain(title[lang]);
    expect(page.querySelectorAll("figure.chart svg[role=img]")).toHaveLength(2);
    const back = page.querySelector(".source-line a");
    expect(back?.getAttribute("href")).toBe(`${base}${lang}/datasets/${dataset}/#chart-${chart}`);
    expect(["_top", "_blank"]).toContain(back?.getAttribute("target"));
    expect(page.querySelector(".visually-hidden table caption")?.textContent).toContain(title[lang]);
    expect(page.getElementById("newer-data")).toBeNull();
    // the only script is the optional file; nothing inline
    expect([...page.querySelectorAll("script")].map((s) => s.getAttribute("src"))).toEqual([`${base}embed/embed.js`]);
  });

  test.each(pinned)("pinned: $chart in $release", ({ chart, release }) => {
    const page = doc(`${base}embed/${lang}/${chart}/${release}/`);
    expect(page.documentElement.getAttribute("data-release")).toBe(release);
    expect(page.querySelector(".source-line")?.textContent).toContain(release);
    expect(page.getElementById("newer-data")?.hasAttribute("hidden")).toBe(true);
  });
});

test("a pinned embed draws the figures frozen in its release", () => {
  // WHO revised Kazakhstan's current health expenditure in 2026-Q4.1: the two pinned embeds differ, the later equals the latest
  const table = (path: string) => doc(path).querySelector(".visually-hidden table")?.outerHTML;
  const [first, second] = ["2026-Q4", "2026-Q4.1"].map((r) => table(`${base}embed/en/kaz-che-gdp/${r}/`));
  expect(first).not.toEqual(second);
  expect(second).toEqual(table(`${base}embed/en/kaz-che-gdp/`));
});

test("latest.json names the last release that changed each chart", () => {
  const latest = JSON.parse(built("embed/latest.json").toString("utf8")) as { releases: string[]; charts: Record<string, string> };
  expect(latest.releases).toEqual(RELEASED_CHARTS.map((r) => r.release));
  expect(Object.keys(latest.charts).sort()).toEqual([...new Set(pinned.map((c) => c.chart))].sort());
  const changedInLast = JSON.parse(readFileSync(join(PROJECT_ROOT, "data/releases/2026-Q4.1/manifest.json"), "utf8")) as { changes: Record<string, unknown> };
  for (const [chart, release] of Object.entries(latest.charts)) {
    const dataset = LATEST_CHARTS.find((c) => c.chart === chart)?.dataset ?? "";
    if (release === "2026-Q4.1") expect(Object.keys(changedInLast.changes), chart).toContain(dataset);
  }
  expect(latest.charts["kaz-che-gdp"]).toBe("2026-Q4.1");
  expect(latest.charts["hospitals-national"]).toBe("2026-Q4");
});

describe.each(LANGS)("chart downloads in %s", (lang) => {
  test.each(LATEST_CHARTS)("$chart: SVG, PNG 1× and 2×", ({ chart, title }) => {
    const svg = built(`charts/${lang}/${chart}.svg`).toString("utf8");
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(title[lang].replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).split(" ")[0]);
    const size = pngSize(built(`charts/${lang}/${chart}.png`));
    const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
    expect(size).toEqual({ width: Number(viewBox?.[1]), height: Number(viewBox?.[2]) });
    expect(pngSize(built(`charts/${lang}/${chart}@2x.png`))).toEqual({ width: size.width * 2, height: size.height * 2 });
  });
});

test.each(LATEST_CHARTS)("$chart: its figures as CSV with the dataset's columns", ({ chart, dataset }) => {
  const csv = built(`data/${dataset}/charts/${chart}.csv`).toString("utf8").trimEnd().split("\n");
  const committed = readFileSync(join(PROJECT_ROOT, "data/datasets", dataset, "data.csv"), "utf8").replace(/^\uFEFF/, "").trimEnd().split(/\r?\n/);
  expect(new Set(csv[0]?.split(","))).toEqual(new Set(committed[0]?.split(",")));
  expect(csv.length).toBeGreaterThan(1);
  expect(csv.length).toBeLessThanOrEqual(committed.length);
});

describe("dataset zips", () => {
  const datasets = [...new Set(LATEST_CHARTS.map((c) => c.dataset))];
  test.each(datasets)("%s: the CSV as committed, its metadata and a README with the citation and licence", (id) => {
    const files = unzipSync(built(`data/${id}/${id}.zip`));
    expect(Object.keys(files).sort()).toEqual([`${id}/README.txt`, `${id}/data.csv`, `${id}/metadata.json`]);
    expect(Buffer.from(files[`${id}/data.csv`] ?? []).equals(readFileSync(join(PROJECT_ROOT, "data/datasets", id, "data.csv")))).toBe(true);
    const meta = JSON.parse(strFromU8(files[`${id}/metadata.json`] ?? new Uint8Array())) as Record<string, unknown>;
    expect(meta["id"]).toBe(id);
    expect(meta["rows"]).toBeUndefined();
    const readme = strFromU8(files[`${id}/README.txt`] ?? new Uint8Array());
    expect(readme).toContain("CC BY 4.0");
    expect(readme).toContain(`${siteUrl()}${base}en/datasets/${id}/`);
    expect(readme).toMatch(/release 2026-Q4/);
    expect(readme).toMatch(/шығарылым/);
    expect(readme).toMatch(/выпуск/);
  });
});

describe.each(LANGS)("dataset pages in %s", (lang) => {
  const datasets = [...new Set(LATEST_CHARTS.map((c) => c.dataset))];
  test.each(datasets)("%s: every chart has a permalink, embed snippets, downloads and citations", (id) => {
    const page = doc(`${base}${lang}/datasets/${id}/`);
    const charts = LATEST_CHARTS.filter((c) => c.dataset === id);
    for (const { chart } of charts) {
      const figure = page.getElementById(`chart-${chart}`);
      const tools = figure?.querySelector(".chart-tools");
      expect(tools, chart).toBeTruthy();
      expect(tools?.querySelector(`a[href="#chart-${chart}"]`), chart).toBeTruthy();
      expect(tools?.querySelectorAll("textarea[readonly]").length, chart).toBe(2);
      const snippets = chartSnippets(readPage(`${base}${lang}/datasets/${id}/`), chart).map((html) => parseHTML(`<!doctype html><body>${html}</body>`).document);
      expect(snippets.length, chart).toBe(2);
      for (const snippet of snippets) {
        const iframe = snippet.querySelector("iframe");
        expect(iframe?.getAttribute("title"), chart).toBeTruthy();
        expect(Number(iframe?.getAttribute("height")), chart).toBeGreaterThan(200);
        const src = new URL(iframe?.getAttribute("src") ?? "");
        expect(src.origin).toBe(siteUrl());
        expect(existsSync(urlPathToFile(builtSiteDir(), src.pathname, base) ?? ""), src.pathname).toBe(true);
        expect(snippet.querySelector("script")?.textContent).toContain("openhealthkz:embed-height");
      }
      expect(snippets[0]?.querySelector("iframe")?.getAttribute("src")).toMatch(/\/2026-Q4(\.1)?\/$/);
      const downloads = [...(tools?.querySelectorAll("a[download]") ?? [])].map((a) => a.getAttribute("href"));
      expect(downloads).toEqual([
        `${base}charts/${lang}/${chart}.svg`,
        `${base}charts/${lang}/${chart}.png`,
        `${base}charts/${lang}/${chart}@2x.png`,
        `${base}data/${id}/charts/${chart}.csv`,
      ]);
      const citations = [...(tools?.querySelectorAll(".citation") ?? [])].map((c) => c.textContent ?? "");
      expect(citations).toHaveLength(2);
      expect(citations[1]).toContain(`${siteUrl()}${base}${lang}/datasets/${id}/#chart-${chart}`);
      expect(citations.join(" ")).toMatch(/2026-Q4/);
    }
    expect(page.querySelector(`a[href="${base}data/${id}/${id}.zip"]`)).toBeTruthy();
  });
});

test("every page has Open Graph and Twitter card tags whose image is in the build", () => {
  const pages = listHtmlPages();
  expect(pages.length).toBeGreaterThan(100);
  for (const path of pages) {
    const page = doc(path);
    const meta = (key: string) => page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? "";
    expect(meta("twitter:card"), path).toBe("summary_large_image");
    expect(meta("og:title"), path).toBeTruthy();
    const image = new URL(meta("og:image"));
    expect(image.origin, path).toBe(siteUrl());
    const file = urlPathToFile(builtSiteDir(), image.pathname, base) ?? "";
    expect(pngSize(readFileSync(file)), path).toEqual({ width: Number(meta("og:image:width")), height: Number(meta("og:image:height")) });
  }
});

test.each(LANGS)("share cards in %s are 1200×630 PNGs, one per dataset and one for the site", (lang) => {
  expect(pngSize(built(`cards/${lang}/site.png`))).toEqual({ width: 1200, height: 630 });
  for (const { dataset } of LATEST_CHARTS) expect(pngSize(built(`cards/${lang}/datasets/${dataset}.png`))).toEqual({ width: 1200, height: 630 });
  const page = doc(`${base}${lang}/datasets/hospitals-by-region/`);
  expect(page.querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(`${siteUrl()}${base}cards/${lang}/datasets/hospitals-by-region.png`);
});

test.each(LANGS)("the %s help page explains embedding, pinning, citing and the licence", (lang) => {
  const page = doc(`${base}${lang}/embed-help/`);
  for (const id of ["embed", "pin", "download", "cite", "licence"]) expect(page.getElementById(id), id).toBeTruthy();
  expect(page.querySelector("pre code")?.textContent).toMatch(/<iframe [^>]*title="[^"]+"/);
  expect(page.querySelectorAll("script")).toHaveLength(0);
});
