/** formatFixed writes numbers exactly as Intl.NumberFormat does in each language, only faster. */
import { describe, expect, test } from "vitest";
import { formatFixed, formatNumber, formatPercent } from "../../src/i18n/format-value.ts";
import { LOCALE_INFO, LOCALES } from "../../src/i18n/locales.ts";

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
