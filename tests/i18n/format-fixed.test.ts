/** formatFixed writes numbers exactly as Intl.NumberFormat does in each language, only faster. */
import { describe, expect, test } from "vitest";
import { columnFractionDigits, formatFixed, formatNumber, formatPercent } from "../../src/i18n/format-value.ts";
import { LOCALE_INFO, LOCALES } from "../../src/i18n/locales.ts";
import { seededRandom } from "../support/seeded-random.ts";

const VALUES = [0, 0.004, -0.004, 1, -1, 12.5, 999, 999.995, 9.5, 1000, -1000, 10006.59, 21532.97, -226.97, 1234567.891, 3171010.2, -98765432.1, 0.005, 2.675, -2.675, 0.05, 99999.999, 1.005, 1.015, 0.125, 2.5, 3.5, -1.5, 1234.565, 0.045, 10006.595, 0.49999999];

describe.each(LOCALES)("%s", (locale) => {
  test.each([0, 1, 2])("with %d decimals, as Intl writes it", (digits) => {
    const intl = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    for (const value of VALUES) expect(formatFixed(value, locale, digits), String(value)).toBe(intl.format(value));
  });

  test("signed, as Intl writes a change (exceptZero)", () => {
    const intl = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" });
    for (const value of VALUES) expect(formatFixed(value, locale, 2, true), String(value)).toBe(intl.format(value));
  });
});

describe.each(LOCALES)("%s numbers with optional decimals and percentages", (locale) => {
  test.each([
    [2, 0],
    [2, 2],
    [1, 0],
    [0, 0],
  ])("formatNumber with at most %d and at least %d decimals, as Intl writes it", (max, min) => {
    const intl = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { minimumFractionDigits: min, maximumFractionDigits: max });
    for (const value of VALUES) expect(formatNumber(value, locale, max, min), String(value)).toBe(intl.format(value));
  });

  test("formatPercent, plain and signed, as Intl writes it", () => {
    const plain = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const signed = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
    for (const value of [...VALUES.map((v) => v / 1000), 0.7634, -0.001, 0.0005, 0.1235, 0.285, -0.0285, 1.00045]) {
      expect(formatPercent(value, locale, 1), String(value)).toBe(plain.format(value));
      expect(formatPercent(value, locale, 1, true), String(value)).toBe(signed.format(value));
    }
  });
});

/** Shares as statement tables meet them: changes of a few thousand tenge to many billions, ties of the last decimal included. */
function sampleShares(count: number): number[] {
  const random = seededRandom(404);
  const shares: number[] = [];
  for (let i = 0; i < count; i++) {
    const previous = Math.round(random() * 10 ** (3 + Math.floor(random() * 9)));
    const latest = Math.round(previous * (0.5 + random()));
    shares.push(previous === 0 ? 0 : (latest - previous) / previous);
    // a tie in decimal: 0.0125 → 1.25 %, which a binary × 100 can put on either side
    shares.push((Math.floor(random() * 20000) - 10000 + 0.5) / 10 ** (3 + Math.floor(random() * 3)));
  }
  return shares;
}

describe.each(LOCALES)("%s, many values", (locale) => {
  test.each([0, 1, 2])("formatPercent with %d decimals, plain and signed, as Intl writes it", (digits) => {
    const plain = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits });
    const signed = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: "exceptZero" });
    for (const share of sampleShares(5000)) {
      expect(formatPercent(share, locale, digits), String(share)).toBe(plain.format(share));
      expect(formatPercent(share, locale, digits, true), String(share)).toBe(signed.format(share));
    }
  });
});

test("columnFractionDigits counts the decimals each value shows at two at most", () => {
  const shown = (value: number): number => (String(Math.round(value * 100) / 100).split(".")[1] ?? "").length;
  const random = seededRandom(7);
  for (let i = 0; i < 20000; i++) {
    const value = (random() - 0.5) * 10 ** Math.floor(random() * 12) * (random() < 0.3 ? 1 : 1.001);
    const rounded = [value, Math.round(value), Math.round(value * 10) / 10, Math.round(value * 100) / 100][i % 4] ?? value;
    expect(columnFractionDigits([rounded]), String(rounded)).toBe(shown(rounded));
  }
  expect(columnFractionDigits([818, null, 1086.5])).toBe(1);
  expect(columnFractionDigits([])).toBe(0);
});
