/**
 * The organisation pages, read from the built HTML: the Almaty Mental Health Centre's six cash reports as
 * published and reconciling, its 2018/2019 finding in kk, ru and en; the example organisations' totals and
 * ratios recomputed here from the committed CSV; the example banner wherever made-up figures are shown.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { PROJECT_ROOT } from "../support/data-fixture.ts";
import { basePath, builtSiteDir, readPage } from "../support/site.ts";

const LANGS = ["kk", "ru", "en"] as const;
type Lang = (typeof LANGS)[number];
const ALMATY = "almaty-mental-health-centre";

/** Intl writes thousands with no-break spaces in kk and ru: compare text with plain spaces. */
const plain = (text: string | null | undefined): string => (text ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/\s+/g, " ").trim();
/** "2 182 490,85" (kk, ru) or "2,182,490.85" (en) → 2182490.85 */
function number(text: string, lang: Lang): number {
  const t = plain(text).replace(/ /g, "");
  return Number(lang === "en" ? t.replace(/,/g, "") : t.replace(",", "."));
}

function page(lang: Lang, path: string): Document {
  return parseHTML(readPage(`${basePath()}${lang}/${path}`)).document as unknown as Document;
}

/** The cells of one line of one statement table, as text. */
function lineCells(document: Document, statement: string, line: string): string[] {
  const row = document.querySelector(`table.statement[data-statement="${statement}"] tr[data-line="${line}"]`);
  return [...(row?.querySelectorAll("td.num") ?? [])].map((td) => plain(td.textContent));
}

const committed = (path: string) => csvParse(readFileSync(join(PROJECT_ROOT, "data/statements", path), "utf8"));

describe.each(LANGS)("the Almaty Mental Health Centre in %s", (lang) => {
  const document = page(lang, `organizations/${ALMATY}/`);
  const years = [...document.querySelectorAll('table.statement[data-statement="cash-report"] thead th.num')].map((th) => plain(th.textContent)).slice(0, 6);

  test("shows all six years side by side", () => {
    expect(years).toEqual(["2018", "2019", "2020", "2021", "2022", "2023"]);
  });

  test("shows every amount as printed, in thousands of tenge", () => {
    for (const year of years) {
      for (const row of committed(`published-cash-reports/${year}.csv`)) {
        const cell = lineCells(document, "cash-report", row["line"] ?? "")[years.indexOf(year)] ?? "";
        const printed = row["amount_as_printed"] === "-" ? "—" : (row["amount_as_printed"] ?? "");
        // the source prints "2 182 490,85": kk and ru show the same; en writes "2,182,490.85"
        const expected = lang === "en" && printed !== "—" ? printed.replace(/ /g, ",").replace(/,(\d\d)$/, ".$1") : printed;
        expect(cell, `${year} ${row["line"]}`).toBe(expected);
      }
    }
  });

  test("its receipts, payments and cash reconcile every year, read from the page", () => {
    const at = (line: string, i: number): number => {
      const text = lineCells(document, "cash-report", line)[i] ?? "—";
      return text === "—" ? 0 : number(text, lang);
    };
    years.forEach((year, i) => {
      const computed = at("opening-cash", i) + at("receipts", i) + at("guarantee-deposits-received", i) - at("payments", i) - at("guarantee-deposits-returned", i);
      expect(Math.round(computed * 100) / 100, year).toBe(at("closing-cash", i));
    });
  });

  test("flags the 2018/2019 opening cash as a finding", () => {
    const finding = plain(document.querySelector('.findings li[data-finding="2018-12-31/2019-01-01"]')?.textContent);
    const expected: Record<Lang, string> = {
      en: "Cash report of receipts and payments, 2019: the cash at the start of the year (21,306,000 ₸) is not the cash at the end of 2018 (21,532,970 ₸); the difference is -226,970 ₸.",
      ru: "Кассовый отчёт о доходах и расходах, 2019: остаток средств на начало года (21 306 000 ₸) не совпадает с остатком на конец 2018 года (21 532 970 ₸); разница — -226 970 ₸.",
      kk: "Кірістер мен шығыстар туралы кассалық есеп, 2019: жыл басындағы қаражат қалдығы (21 306 000 ₸) 2018 жылдың соңындағы қалдыққа (21 532 970 ₸) сәйкес келмейді; айырмасы — -226 970 ₸.",
    };
    expect(finding).toBe(expected[lang]);
    expect(document.querySelector(".findings h2")?.id).toBe("findings");
  });

  test("cites each year's scan and carries no example banner", () => {
    const sources = [...document.querySelectorAll("ol.sources li")].map((li) => li.id);
    expect(sources).toEqual(["2018", "2019", "2020", "2021", "2022", "2023"].map((y) => `source-almaty-mhc-cash-report-${y}`));
    expect(document.querySelector(".banner")).toBeNull();
    expect(document.querySelector('ol.sources a[href^="https://github.com/bekssa/CPZ-Medical-Portal/blob/9473fe3739fa055aa16b304dbd9c2dad1484125b/public/images/old/"]')).toBeTruthy();
  });

  test("draws the expense structure and the trends as SVG", () => {
    expect([...document.querySelectorAll("figure.chart")].map((f) => f.id)).toEqual(["chart-cash-report-structure", "chart-cash-report-trends"]);
    for (const svg of document.querySelectorAll("figure.chart svg")) expect(svg.getAttribute("role")).toBe("img");
  });
});

describe("the example organisations", () => {
  const rows = ["2021", "2022", "2023"].flatMap((y) => committed(`order-404-examples/${y}.csv`));
  const organisations = [...new Set(rows.map((r) => r["organization"] ?? ""))];
  const amount = (org: string, year: string, statement: string, line: string): number => Number(rows.find((r) => r["organization"] === org && r["period_end"] === `${year}-12-31` && r["statement"] === statement && r["line"] === line)?.["amount"]);

  test("there are four, each with three years of both order-404 statements", () => {
    expect(organisations).toHaveLength(4);
    for (const org of organisations) expect(new Set(rows.filter((r) => r["organization"] === org).map((r) => `${r["statement"]} ${r["period_end"]}`)).size).toBe(6);
  });

  describe.each(LANGS)("in %s", (lang) => {
    test.each(organisations)("%s shows its balance totals and ratios, recomputed from the CSV", (org) => {
      const document = page(lang, `organizations/${org}/`);
      expect(document.querySelector(".banner")).toBeTruthy();
      const format = (value: number, digits: number): string => plain(new Intl.NumberFormat({ kk: "kk-KZ", ru: "ru-RU", en: "en-GB" }[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value));
      const percent = (value: number): string => plain(new Intl.NumberFormat({ kk: "kk-KZ", ru: "ru-RU", en: "en-GB" }[lang], { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value));
      ["2021", "2022", "2023"].forEach((year, i) => {
        const assets = amount(org, year, "balance-sheet", "100") + amount(org, year, "balance-sheet", "200");
        const liabilitiesAndEquity = amount(org, year, "balance-sheet", "300") + amount(org, year, "balance-sheet", "400") + amount(org, year, "balance-sheet", "500");
        expect(assets).toBe(liabilitiesAndEquity);
        expect(lineCells(document, "balance-sheet", "assets-total")[i], `${year} assets`).toBe(`${format(assets / 1000, 0)}*`);
        expect(lineCells(document, "balance-sheet", "liabilities-equity-total")[i]).toBe(`${format(liabilitiesAndEquity / 1000, 0)}*`);
        expect(lineCells(document, "profit-loss", "300")[i]).toBe(format(amount(org, year, "profit-loss", "300") / 1000, 0));
        const ratio = (id: string): string => plain(document.querySelectorAll(`table.ratios tr[data-ratio="${id}"] td.num`)[i]?.textContent);
        expect(ratio("current-ratio"), `${year} current ratio`).toBe(format(amount(org, year, "balance-sheet", "100") / amount(org, year, "balance-sheet", "300"), 2));
        expect(ratio("equity-ratio")).toBe(percent(amount(org, year, "balance-sheet", "500") / assets));
        expect(ratio("surplus-margin")).toBe(percent(amount(org, year, "profit-loss", "300") / amount(org, year, "profit-loss", "010")));
      });
    });
  });
});

describe.each(LANGS)("the directory and the comparison in %s", (lang) => {
  test("the directory lists every organisation in a table that reads without JavaScript, and an island enhances it", () => {
    const document = page(lang, "organizations/");
    const links = [...document.querySelectorAll("table#organizations tbody th a")].map((a) => a.getAttribute("href"));
    expect(links.sort()).toEqual([ALMATY, "example-hospital-1", "example-hospital-4", "example-polyclinic-2", "example-specialised-centre-3"].map((id) => `${basePath()}${lang}/organizations/${id}/`));
    const rows = [...document.querySelectorAll("table#organizations tbody tr")];
    expect(rows.every((r) => r.getAttribute("data-region") && r.getAttribute("data-type") && r.getAttribute("data-ownership"))).toBe(true);
    expect(document.querySelector("astro-island")?.getAttribute("client")).toBe("idle");
    expect(document.querySelector(".banner")).toBeTruthy();
    expect(document.querySelector(`nav a[href="${basePath()}${lang}/organizations/"]`)?.getAttribute("aria-current")).toBe("page");
  });

  test("the comparison puts organisations of one type on the same ratios, and never mixes real and made-up ones", () => {
    const document = page(lang, "organizations/compare/");
    const groups = Object.fromEntries([...document.querySelectorAll("table.compare-table")].map((t) => [t.getAttribute("data-group"), [...t.querySelectorAll("tbody tr")].map((r) => r.getAttribute("data-organization"))]));
    expect(groups).toEqual({
      "specialised-centre": [ALMATY],
      "hospital-example": ["example-hospital-1", "example-hospital-4"],
      "polyclinic-example": ["example-polyclinic-2"],
      "specialised-centre-example": ["example-specialised-centre-3"],
    });
    expect(document.querySelector(".banner")).toBeTruthy();
    const almaty = document.querySelector(`tr[data-organization="${ALMATY}"]`);
    expect(plain(almaty?.querySelectorAll("td")[0]?.textContent)).toBe("2023");
  });
});

test("an organisation's CSV download holds every committed row; its JSON the statements and findings", () => {
  const csv = csvParse(readFileSync(join(builtSiteDir(), "data/organizations", ALMATY, "statements.csv"), "utf8"));
  const committedRows = ["2018", "2019", "2020", "2021", "2022", "2023"].flatMap((y) => committed(`published-cash-reports/${y}.csv`));
  const key = (r: Record<string, string | undefined>) => [r["period_end"], r["line"], r["amount"], r["amount_as_printed"], r["line_as_printed"], r["source"]].join("|");
  expect(csv.columns).toEqual(["organization", "period_start", "period_end", "statement", "line", "amount", "amount_as_printed", "line_as_printed", "source"]);
  expect(csv.map(key).sort()).toEqual(committedRows.map(key).sort());
  const json = JSON.parse(readFileSync(join(builtSiteDir(), "data/organizations", ALMATY, "statements.json"), "utf8")) as { statements: unknown[]; findings: unknown[]; sources: unknown[] };
  expect(json.statements).toHaveLength(6);
  expect(json.findings).toHaveLength(2);
  expect(json.sources).toHaveLength(6);
});
