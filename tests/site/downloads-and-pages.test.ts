/** What a reader downloads and what each page ships, read from the built site. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { PROJECT_ROOT } from "../support/data-fixture.ts";
import { basePath, builtSiteDir, listHtmlPages, readPage } from "../support/site.ts";

const datasetIds = readdirSync(join(PROJECT_ROOT, "data/datasets")).sort();

describe.each(datasetIds)("dataset %s", (id) => {
  test("its CSV downloads byte for byte as committed", () => {
    const committed = readFileSync(join(PROJECT_ROOT, "data/datasets", id, "data.csv"));
    const served = readFileSync(join(builtSiteDir(), "data", id, "data.csv"));
    expect(served.equals(committed)).toBe(true);
  });

  test("its JSON carries metadata, sources and every row, missing values as null", () => {
    const json = JSON.parse(readFileSync(join(builtSiteDir(), "data", id, "data.json"), "utf8")) as { id: string; rows: unknown[]; sources: { id: string }[]; licence: string };
    const csvRows = readFileSync(join(PROJECT_ROOT, "data/datasets", id, "data.csv"), "utf8").trim().split("\n").length - 1;
    expect(json.id).toBe(id);
    expect(json.rows).toHaveLength(csvRows);
    expect(json.sources.length).toBeGreaterThan(0);
    expect(JSON.stringify(json.rows)).not.toContain('""');
  });

  test.each(["kk", "ru", "en"])("its %s page ships no JavaScript, links both downloads and cites its sources", (lang) => {
    const html = readPage(`${basePath()}${lang}/datasets/${id}/`);
    const { document } = parseHTML(html);
    // JSON-LD metadata is data, not a program: it is the one script element a dataset page may carry
    expect(document.querySelectorAll('script:not([type="application/ld+json"])').length).toBe(0);
    expect(document.querySelectorAll('script[type="application/ld+json"]').length).toBe(1);
    expect(document.documentElement.getAttribute("lang")).toBe(lang);
    expect(document.querySelector(`a[href="${basePath()}data/${id}/data.csv"]`)).toBeTruthy();
    expect(document.querySelector(`a[href="${basePath()}data/${id}/data.json"]`)).toBeTruthy();
    expect(document.querySelectorAll("#sources + ol.sources li").length).toBeGreaterThan(0);
    for (const svg of document.querySelectorAll("figure.chart svg")) {
      const [titleId, descId] = (svg.getAttribute("aria-labelledby") ?? "").split(" ");
      expect(svg.getAttribute("role")).toBe("img");
      expect(document.getElementById(titleId ?? "")?.textContent).toBeTruthy();
      expect(document.getElementById(descId ?? "")?.textContent).toBeTruthy();
    }
  });
});

test("example data is flagged on every page that shows it", () => {
  for (const id of datasetIds) {
    const meta = JSON.parse(readFileSync(join(PROJECT_ROOT, "data/datasets", id, "dataset.json"), "utf8")) as { status: string };
    for (const lang of ["kk", "ru", "en"]) {
      const hasBanner = readPage(`${basePath()}${lang}/datasets/${id}/`).includes('class="banner"');
      expect(hasBanner, `${lang}/datasets/${id}/`).toBe(meta.status === "example");
    }
  }
});

test("the root page lets the reader choose a language without JavaScript and names the alternates", () => {
  const { document } = parseHTML(readPage(basePath()));
  expect(document.querySelectorAll("script").length).toBe(0);
  for (const lang of ["kk", "ru", "en"]) {
    expect(document.querySelector(`a[href="${basePath()}${lang}/"]`)).toBeTruthy();
    expect(document.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)?.getAttribute("href")).toBe(`https://example.test${basePath()}${lang}/`);
  }
});

test("every page's language switch keeps the reader on the same page", () => {
  const pages = listHtmlPages().filter((p) => ["kk", "ru", "en"].some((l) => p.startsWith(`${basePath()}${l}/`)));
  expect(pages.length).toBeGreaterThan(40);
  for (const page of pages) {
    const rest = page.slice(basePath().length + 3);
    const { document } = parseHTML(readPage(page));
    const targets = [...document.querySelectorAll(".lang-switch a")].map((a) => a.getAttribute("href"));
    expect(targets, page).toEqual(["kk", "ru", "en"].map((l) => `${basePath()}${l}/${rest}`));
  }
});
