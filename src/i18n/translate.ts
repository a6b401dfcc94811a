/** UI strings: flat dotted keys, one file per language; `t()` fills {placeholders}. */
import en from "./en.json";
import kk from "./kk.json";
import ru from "./ru.json";
import type { Locale } from "./locales.ts";
import type { LocalizedText } from "../data/schema.ts";

export type UiKey = keyof typeof en;

const STRINGS: Record<Locale, Record<UiKey, string>> = { en, kk, ru };

export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const template = STRINGS[locale][key];
  if (!template.includes("{")) return template; // most strings have no placeholder: skip the regex
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Picks the reader's language from a text declared in kk/ru/en in data/. */
export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
