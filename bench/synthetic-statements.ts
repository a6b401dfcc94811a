/**
 * Made-up organisations and statements that satisfy every check: order-404 balance sheets and statements
 * of profit or loss, and cash reports. Pure and seeded, so a run is reproducible. Used by the benchmark
 * (bench/generate-data.ts) and, once, to write the example set data/statements/order-404-examples/.
 */
import { seededRandom } from "../tests/support/seeded-random.ts";

/** A registry row in the column order of data/organizations/organizations.json. */
export interface SyntheticOrganization {
  id: string;
  name: { kk: string; ru: string; en: string };
  type: "hospital" | "polyclinic" | "specialised-centre";
  ownership: "state" | "private";
  legalForm: "municipal-enterprise-rem" | "republican-enterprise-rem" | "llp";
  region: string;
  city: { kk: string; ru: string; en: string };
  /** Revenue (or receipts) in the first year, whole tenge. */
  scale: number;
  /** Which statements it publishes. */
  reports: "order-404" | "cash-report";
}

export const REGISTRY_HEADER = ["id", "bin", "name_kk", "name_ru", "name_en", "type", "ownership", "legal_form", "region", "city_kk", "city_ru", "city_en", "source"];
export const ROW_HEADER = ["organization", "period_start", "period_end", "statement", "line", "amount", "amount_as_printed", "line_as_printed", "source"];

const REGIONS = [
  ["akmola", "Көкшетау", "Кокшетау", "Kokshetau"],
  ["karaganda", "Қарағанды", "Караганда", "Karaganda"],
  ["kostanay", "Қостанай", "Костанай", "Kostanay"],
  ["pavlodar", "Павлодар", "Павлодар", "Pavlodar"],
  ["astana", "Астана", "Астана", "Astana"],
  ["shymkent", "Шымкент", "Шымкент", "Shymkent"],
  ["aktobe", "Ақтөбе", "Актобе", "Aktobe"],
  ["east-kazakhstan", "Өскемен", "Усть-Каменогорск", "Oskemen"],
] as const;

const TYPES = [
  { type: "hospital", kk: "көпбейінді аурухана", ru: "Многопрофильная больница", en: "Multi-profile Hospital", scale: 4e9 },
  { type: "polyclinic", kk: "қалалық емхана", ru: "Городская поликлиника", en: "City Polyclinic", scale: 8e8 },
  { type: "specialised-centre", kk: "диспансер", ru: "Диспансер", en: "Dispensary", scale: 1.5e9 },
] as const;

/** The n-th made-up organisation: names say "example" in all three languages. */
export function syntheticOrganization(n: number, prefix = "example"): SyntheticOrganization {
  const random = seededRandom(n * 7919 + 17);
  const kind = TYPES[n % TYPES.length] ?? TYPES[0];
  const place = REGIONS[Math.floor(random() * REGIONS.length)] ?? REGIONS[0];
  const isPrivate = kind.type === "polyclinic" && random() < 0.3;
  const number = n + 1;
  return {
    id: `${prefix}-${kind.type}-${number}`,
    name: { kk: `№ ${number} ${kind.kk} (мысал)`, ru: `${kind.ru} № ${number} (пример)`, en: `${kind.en} No. ${number} (example)` },
    type: kind.type,
    ownership: isPrivate ? "private" : "state",
    legalForm: isPrivate ? "llp" : random() < 0.8 ? "municipal-enterprise-rem" : "republican-enterprise-rem",
    region: place[0],
    city: { kk: place[1], ru: place[2], en: place[3] },
    scale: Math.round(kind.scale * (0.5 + random())),
    reports: n % 5 === 4 ? "cash-report" : "order-404",
  };
}

export function registryRow(org: SyntheticOrganization, source: string): string[] {
  return [org.id, "", org.name.kk, org.name.ru, org.name.en, org.type, org.ownership, org.legalForm, org.region, org.city.kk, org.city.ru, org.city.en, source];
}

/** Whole thousands of tenge, as the forms print them. */
const thousands = (value: number): number => Math.round(value / 1000) * 1000;

type Lines = [string, number][];

/** One organisation's statements for the given years, as CSV rows. */
export function statementRows(org: SyntheticOrganization, years: readonly number[], source: string): string[][] {
  const random = seededRandom(org.scale);
  const rows: string[][] = [];
  const emit = (year: number, statement: string, lines: Lines): void => {
    for (const [line, amount] of lines) rows.push([org.id, `${year}-01-01`, `${year}-12-31`, statement, line, String(amount), "", "", source]);
  };
  if (org.reports === "cash-report") {
    let cash = thousands(org.scale * (0.02 + 0.05 * random()));
    for (const [i, year] of years.entries()) {
      const report = cashReport(org.scale * (1 + 0.08 * i), cash, random);
      emit(year, "cash-report", report.lines);
      cash = report.closing;
    }
    return rows;
  }
  let retained = thousands(org.scale * (0.05 + 0.1 * random()));
  const charter = thousands(org.scale * (0.3 + 0.3 * random()));
  for (const [i, year] of years.entries()) {
    const revenue = org.scale * (1 + 0.07 * i) * (0.95 + 0.1 * random());
    const pl = profitAndLoss(revenue, random);
    retained += pl.profit;
    emit(year, "balance-sheet", balanceSheet(revenue, charter, retained, random));
    emit(year, "profit-loss", pl.lines);
  }
  return rows;
}

function profitAndLoss(revenue: number, random: () => number): { lines: Lines; profit: number } {
  const l010 = thousands(revenue);
  const l011 = thousands(revenue * (0.8 + 0.12 * random()));
  const l014 = thousands(revenue * (0.05 + 0.06 * random()));
  const l021 = thousands(revenue * 0.004 * random());
  const l022 = thousands(revenue * 0.002 * random());
  const l024 = thousands(revenue * 0.01 * random());
  const l025 = thousands(revenue * 0.008 * random());
  const l012 = l010 - l011;
  const l020 = l012 - l014;
  const l100 = l020 + l021 - l022 + l024 - l025;
  const l101 = l100 > 0 ? thousands(l100 * 0.2) : 0;
  const l200 = l100 - l101;
  const lines: Lines = [["010", l010], ["011", l011], ["012", l012], ["014", l014], ["020", l020], ["021", l021], ["022", l022], ["024", l024], ["025", l025], ["100", l100], ["101", l101], ["200", l200], ["300", l200], ["500", l200]];
  return { lines, profit: l200 };
}

function balanceSheet(revenue: number, charter: number, retained: number, random: () => number): Lines {
  const l016 = thousands(revenue * (0.05 + 0.08 * random()));
  const l020 = thousands(revenue * (0.03 + 0.04 * random()));
  const l022 = thousands(revenue * 0.01 * random());
  const l121 = thousands(revenue * (0.6 + 0.5 * random()));
  const l125 = thousands(revenue * 0.01 * random());
  const l214 = thousands(revenue * (0.04 + 0.05 * random()));
  const l217 = thousands(revenue * (0.01 + 0.02 * random()));
  const l222 = thousands(revenue * 0.01 * random());
  const l320 = thousands(l121 * (0.3 + 0.2 * random()));
  const equity = charter + retained;
  const other = l016 + l020 + l022 + l121 + l125;
  // Cash is what makes the sheet balance; where it would be too small, the organisation owes its suppliers more.
  const minCash = thousands(revenue * 0.01);
  const cash = Math.max(minCash, l214 + l217 + l222 + l320 + equity - other);
  const payables = l214 + (cash - (l214 + l217 + l222 + l320 + equity - other));
  const l100 = cash + l016 + l020 + l022;
  const l200 = l121 + l125;
  const l300 = payables + l217 + l222;
  return [
    ["010", cash], ["016", l016], ["020", l020], ["022", l022], ["100", l100],
    ["121", l121], ["125", l125], ["200", l200],
    ["214", payables], ["217", l217], ["222", l222], ["300", l300],
    ["320", l320], ["400", l320],
    ["410", charter], ["414", retained], ["420", equity], ["500", equity],
  ];
}

function cashReport(receiptsTarget: number, opening: number, random: () => number): { lines: Lines; closing: number } {
  const shif = thousands(receiptsTarget * (0.8 + 0.1 * random()));
  const budget = thousands(receiptsTarget * 0.02 * random());
  const paid = thousands(receiptsTarget * (0.05 + 0.05 * random()));
  const receipts = shif + budget + paid;
  const shares: [string, number][] = [
    ["payments-payroll", 0.62], ["payments-payroll-taxes", 0.06], ["payments-utilities", 0.04], ["payments-food", 0.05],
    ["payments-medicines", 0.08], ["payments-supplies", 0.03], ["payments-communications", 0.003], ["payments-other-services", 0.05],
    ["payments-equipment", 0.01], ["payments-other-taxes", 0.002],
  ];
  const spend = receipts * (0.97 + 0.05 * random());
  const paymentLines: Lines = shares.map(([line, share]) => [line, thousands(spend * share * (0.9 + 0.2 * random()))]);
  const payments = paymentLines.reduce((sum, [, amount]) => sum + amount, 0);
  // Payments never exceed what the organisation holds: the closing balance stays positive.
  const scaledDown = opening + receipts - payments < 0 ? receipts + opening : payments;
  const fix = payments - scaledDown;
  if (fix > 0 && paymentLines[0]) paymentLines[0] = [paymentLines[0][0], paymentLines[0][1] - fix];
  const total = payments - fix;
  const closing = opening + receipts - total;
  return {
    lines: [["opening-cash", opening], ["receipts-shif", shif], ["receipts-local-budget", budget], ["receipts-paid-services", paid], ["receipts", receipts], ...paymentLines, ["payments", total], ["closing-cash", closing]],
    closing,
  };
}
