/**
 * Every figure of the source documents' checklist (shared seeds README) is on its dataset page, in kk,
 * ru and en, in the row that cites its document — read from the built HTML, not from data/.
 */
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { basePath, readPage } from "../support/site.ts";

type Lang = "kk" | "ru" | "en";
/** A figure: the dataset page, the value as each language writes it, and the source document it cites. */
interface Figure {
  dataset: string;
  source: string;
  values: Record<Lang, string>;
  period?: Record<Lang, string>;
}

const same = (v: string): Record<Lang, string> => ({ kk: v, ru: v, en: v });
const S000 = "seed-000-almaty-anticorruption";
const S001 = "seed-001-almaty-health-director";
const S002 = "seed-002-medical-social-institutions";
const S003 = "seed-003-pm-healthcare-audit";
const S004 = "seed-004-health-minister-instructions";

/** The seed documents, as copied into data/sources/documents/. */
const DOCUMENTS: Record<string, string> = {
  [S000]: "000_de8b067ef411afe7.txt",
  [S001]: "001_de141af89270147a.txt",
  [S002]: "002_343f7925177af4d7.txt",
  [S003]: "003_f029022a97a5f4bb.txt",
  [S004]: "004_31ea52f9f0c9fba6.txt",
};

const CHECKLIST: Figure[] = [
  { dataset: "almaty-health-corruption-cases", source: S000, values: same("36"), period: same("2019–2021") },
  { dataset: "almaty-health-corruption-cases", source: S000, values: same("3"), period: same("2022–2023") },
  { dataset: "almaty-health-oversight", source: S000, values: same("18"), period: same("2023") },
  { dataset: "almaty-health-oversight", source: S000, values: same("20"), period: same("2023") },
  { dataset: "almaty-health-oversight", source: S000, values: same("147") },
  { dataset: "almaty-health-oversight", source: S000, values: same("123") },
  { dataset: "health-financing-statements", source: S003, values: { en: "2.3 trn ₸", ru: "2,3 трлн ₸", kk: "2,3 трлн ₸" }, period: same("2021") },
  { dataset: "health-financing-statements", source: S003, values: { en: "2.9%", ru: "2,9 %", kk: "2,9%" }, period: same("2021") },
  { dataset: "health-financing-statements", source: S004, values: { en: "2.9%", ru: "2,9 %", kk: "2,9%" }, period: same("2021") },
  { dataset: "health-financing-statements", source: S004, values: { en: "5%", ru: "5 %", kk: "5%" } },
  { dataset: "health-financing-statements", source: S003, values: { en: "about 90%", ru: "около 90 %", kk: "шамамен 90%" } },
  { dataset: "health-financing-statements", source: S003, values: { en: "100%", ru: "100 %", kk: "100%" } },
  { dataset: "social-services-institutions", source: S002, values: same("931") },
  { dataset: "social-services-institutions", source: S002, values: same("136") },
  { dataset: "social-services-institutions", source: S002, values: { en: "about 36,000", ru: "около 36 000", kk: "шамамен 36 000" } },
  { dataset: "social-services-institutions", source: S002, values: same("8") },
  { dataset: "almaty-primary-care-staff", source: S001, values: { en: "1,028", ru: "1 028", kk: "1 028" } },
  { dataset: "almaty-primary-care-staff", source: S001, values: { en: "199,416 ₸", ru: "199 416 ₸", kk: "199 416 ₸" } },
  { dataset: "almaty-primary-care-staff", source: S001, values: { en: "2,400", ru: "2 400", kk: "2 400" } },
  { dataset: "almaty-primary-care-staff", source: S001, values: { en: "130,766 ₸", ru: "130 766 ₸", kk: "130 766 ₸" } },
  { dataset: "almaty-primary-care-staff", source: S001, values: { en: "20%", ru: "20 %", kk: "20%" } },
  { dataset: "almaty-health-system-indicators", source: S001, values: { en: "almost 80%", ru: "почти 80 %", kk: "80%-ға жуық" } },
  { dataset: "almaty-health-system-indicators", source: S001, values: { en: "94%", ru: "94 %", kk: "94%" } },
  { dataset: "almaty-health-system-indicators", source: S001, values: { en: "20%", ru: "20 %", kk: "20%" } },
  { dataset: "almaty-health-system-indicators", source: S001, values: { en: "30%", ru: "30 %", kk: "30%" } },
  { dataset: "planned-health-facilities", source: S004, values: same("11") },
  { dataset: "planned-health-facilities", source: S004, values: { en: "more than 30", ru: "более 30", kk: "30-дан астам" } },
  { dataset: "planned-health-facilities", source: S004, values: same("13") },
];

const clean = (s: string | null | undefined): string => (s ?? "").replace(/[\s\u00A0\u202F]+/g, " ").trim();

/** The rows of a page's "All figures" table: each cell's text, and the source the row links to. */
function figureRows(lang: Lang, dataset: string): { cells: string[]; source: string }[] {
  const { document } = parseHTML(readPage(`${basePath()}${lang}/datasets/${dataset}/`));
  const table = document.querySelector("#all-figures + .table-scroll table");
  if (!table) throw new Error(`${lang}/datasets/${dataset}/ has no "All figures" table`);
  return [...table.querySelectorAll("tbody tr")].map((tr) => ({
    cells: [...tr.querySelectorAll("td")].map((td) => clean(td.textContent)),
    source: tr.querySelector('a[href^="#source-"]')?.getAttribute("href")?.slice("#source-".length) ?? "",
  }));
}

describe.each(["kk", "ru", "en"] as const)("in %s", (lang) => {
  test.each(CHECKLIST.map((f) => [`${f.dataset}: ${f.values.en}${f.period ? ` (${f.period.en})` : ""} — ${f.source}`, f] as const))("%s", (_, figure) => {
    const rows = figureRows(lang, figure.dataset);
    const match = rows.find(
      (r) => r.source === figure.source && r.cells.includes(clean(figure.values[lang])) && (figure.period === undefined || r.cells.includes(figure.period[lang])),
    );
    expect(match, JSON.stringify(rows)).toBeDefined();
    const { document } = parseHTML(readPage(`${basePath()}${lang}/datasets/${figure.dataset}/`));
    const link = document.getElementById(`source-${figure.source}`)?.querySelector('a[href*="/sources/documents/"]');
    expect(link?.getAttribute("href")).toBe(`${basePath()}sources/documents/${DOCUMENTS[figure.source]}`);
  });
});

describe("values the issue pins, in all three languages", () => {
  /** The numbers table under a chart: first column the x value, then one column per series. */
  function chartTable(lang: Lang, dataset: string, chart: string): Map<string, string[]> {
    const { document } = parseHTML(readPage(`${basePath()}${lang}/datasets/${dataset}/`));
    const rows = document.querySelectorAll(`#chart-${chart} table tbody tr`);
    return new Map([...rows].map((tr) => [clean(tr.querySelector("th")?.textContent), [...tr.querySelectorAll("td")].map((td) => clean(td.textContent))]));
  }

  test.each([
    ["kk", "3,92%"],
    ["ru", "3,92 %"],
    ["en", "3.92%"],
  ] as const)("%s: current health expenditure 2021 is %s of GDP on the health spending page", (lang, value) => {
    expect(chartTable(lang, "current-health-expenditure", "kaz-che-gdp").get("2021")).toEqual([value]);
  });

  test.each(["kk", "ru", "en"] as const)("%s: 818 hospitals in 2022", (lang) => {
    expect(chartTable(lang, "hospitals-by-region", "hospitals-national").get("2022")).toEqual(["818"]);
  });

  test.each(["kk", "ru", "en"] as const)("%s: 36 cases for 2019–2021, one figure for three years", (lang) => {
    expect(chartTable(lang, "almaty-health-corruption-cases", "almaty-health-corruption-cases").get("2019–2021")).toEqual(["36"]);
  });

  test.each([
    ["kk", "Абай облысы", "деректер жоқ"],
    ["ru", "область Абай", "нет данных"],
    ["en", "Abai Region", "no data"],
  ] as const)("%s: a region created in 2022 (%s) shows its earlier years as missing, never 0", (lang, abai, missing) => {
    const { document } = parseHTML(readPage(`${basePath()}${lang}/datasets/hospitals-by-region/`));
    const table = document.querySelector("table.pivot");
    const years = [...(table?.querySelectorAll("thead th") ?? [])].map((th) => clean(th.textContent));
    const row = [...(table?.querySelectorAll("tbody tr") ?? [])].find((tr) => clean(tr.querySelector("th")?.textContent) === abai);
    const cells = [...(row?.querySelectorAll("th, td") ?? [])].map((c) => clean(c.textContent));
    expect(cells[years.indexOf("2021")]).toBe(missing);
    expect(cells[years.indexOf("2022")]).toBe("30");
  });
});
