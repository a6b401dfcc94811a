/** Numbers follow the locale: kk-KZ and ru-RU use a space for thousands and a comma for decimals; tenge is scaled. */
import { describe, expect, test } from "vitest";
import { columnFractionDigits, formatDate, formatPeriod, formatTick, formatValue } from "../../src/i18n/format-value.ts";
import en from "../../src/i18n/en.json";
import kk from "../../src/i18n/kk.json";
import ru from "../../src/i18n/ru.json";
import { UNIT_IDS } from "../../src/data/units.ts";
import { kazakhEnding } from "../../src/i18n/kazakh-suffix.ts";

const nbsp = (s: string): string => s.replace(/[\u00A0\u202F]/g, " ");

describe("formatValue", () => {
  test.each([
    [2.3e12, "tenge", "2.3 trn ₸", "2,3 трлн ₸", "2,3 трлн ₸"],
    [83.95e12, "tenge", "83.95 trn ₸", "83,95 трлн ₸", "83,95 трлн ₸"],
    [199416, "tenge-per-month", "199,416 ₸", "199 416 ₸", "199 416 ₸"],
    [3.92, "percent-of-gdp", "3.92%", "3,92 %", "3,92%"],
    [818, "units", "818", "818", "818"],
    [54613, "persons", "54,613", "54 613", "54 613"],
    [null, "units", "no data", "нет данных", "деректер жоқ"],
  ] as const)("%s %s", (value, unit, inEn, inRu, inKk) => {
    expect(nbsp(formatValue(value, unit, "en"))).toBe(inEn);
    expect(nbsp(formatValue(value, unit, "ru"))).toBe(inRu);
    expect(nbsp(formatValue(value, unit, "kk"))).toBe(inKk);
  });

  test("ticks are short", () => {
    expect(formatTick(2.5e12, "tenge", "en")).toBe("2.5 trn");
    expect(formatTick(4, "percent-of-gdp", "en")).toBe("4%");
  });
});

describe("periods and dates", () => {
  test.each([
    ["2019-01-01", "2021-12-31", "2019–2021"],
    ["2021-01-01", "2021-12-31", "2021"],
    ["2018-10-17", "2018-10-17", "17 October 2018"],
  ])("%s – %s", (start, end, expected) => {
    expect(formatPeriod(start, end, "en")).toBe(expected);
  });

  test("dates never depend on the build machine's time zone", () => {
    expect(formatDate("2018-10-17", "ru")).toBe("17 октября 2018 г.");
    expect(formatDate("2022", "kk")).toBe("2022");
  });
});

describe("UI strings", () => {
  test("every language has exactly the same keys", () => {
    expect(Object.keys(kk).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  test("every unit has a label in every language", () => {
    for (const strings of [en, kk, ru] as Record<string, string>[]) {
      for (const unit of UNIT_IDS) expect(strings[`unit.${unit}`], unit).toBeTruthy();
    }
  });

  test("translations keep every placeholder (Kazakh may add its case endings)", () => {
    const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).filter((p) => p !== "{dative}" && p !== "{ablative}").sort();
    for (const [key, value] of Object.entries(en)) {
      expect(placeholders((kk as Record<string, string>)[key] ?? ""), key).toEqual(placeholders(value));
      expect(placeholders((ru as Record<string, string>)[key] ?? ""), key).toEqual(placeholders(value));
    }
  });
});

describe("Kazakh case endings after numbers", () => {
  test.each([
    ["80%", 80, "dative", "-ға"],
    ["30", 30, "ablative", "-дан"],
    ["36 000", 36000, "ablative", "-нан"],
    ["5", 5, "dative", "-ке"],
    ["2,3 трлн ₸", 2.3e12, "ablative", "-ден"],
    ["147", 147, "ablative", "-ден"],
  ] as const)("%s + %s", (formatted, value, grammaticalCase, ending) => {
    expect(kazakhEnding(formatted, value, grammaticalCase)).toBe(ending);
  });
});

test("a table column keeps one precision, so 3.9 lines up with 3.92", () => {
  expect(columnFractionDigits([3.9, 3.92458963, null])).toBe(2);
  expect(columnFractionDigits([818, 1086])).toBe(0);
  expect(formatValue(3.9, "percent-of-gdp", "en", 2)).toBe("3.90%");
});
