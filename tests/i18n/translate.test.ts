/** t() fills each {placeholder} of a UI string, in every language, as a plain replace of each would. */
import { expect, test } from "vitest";
import en from "../../src/i18n/en.json";
import kk from "../../src/i18n/kk.json";
import ru from "../../src/i18n/ru.json";
import { t, type UiKey } from "../../src/i18n/translate.ts";

const LANGUAGES = { en, kk, ru } as const;

/** What t() must give: every {name} replaced from params, unknown names left as written. */
function expected(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

test("every string of every language, with its placeholders filled, some of them left out", () => {
  let filled = 0;
  for (const [locale, strings] of Object.entries(LANGUAGES) as [keyof typeof LANGUAGES, Record<string, string>][]) {
    for (const [key, template] of Object.entries(strings)) {
      const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
      // every other placeholder gets a value (numbers too), the rest stay as written
      const params = Object.fromEntries(names.filter((_, i) => i % 2 === 0).map((name, i) => [name, i % 2 === 0 ? `<${name}>` : i]));
      expect(t(locale, key as UiKey, params), `${locale} ${key}`).toBe(expected(template, params));
      expect(t(locale, key as UiKey), `${locale} ${key} without params`).toBe(template);
      filled += names.length;
    }
  }
  expect(filled).toBeGreaterThan(100);
});

test("an unknown key is a clear error, not undefined on a page", () => {
  expect(() => t("kk", "no.such.key" as UiKey)).toThrow('src/i18n/kk.json has no string "no.such.key"');
});
