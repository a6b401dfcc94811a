/** UI strings: flat dotted keys, one file per language; `t()` fills {placeholders}. */
import en from "./en.json";
import kk from "./kk.json";
import ru from "./ru.json";
import type { Locale } from "./locales.ts";
import type { LocalizedText } from "../data/schema.ts";

export type UiKey = keyof typeof en;

/**
 * A string as written, or split once at its {placeholders}: text, name, text, … name, text. A page calls
 * t() a hundred times or more, and 10,000 organisation pages are three million calls.
 */
type Template = string | readonly string[];

function compile(strings: Record<string, string>): Map<string, Template> {
  return new Map(Object.entries(strings).map(([key, text]) => [key, text.includes("{") ? text.split(/\{(\w+)\}/) : text]));
}

const TEMPLATES: Record<Locale, Map<string, Template>> = { en: compile(en), kk: compile(kk), ru: compile(ru) };

/** The UI string `key` in `locale`, each {name} filled from params (left as it is when params has no name). */
export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const template = TEMPLATES[locale].get(key);
  if (template === undefined) throw new Error(`src/i18n/${locale}.json has no string "${key}"`);
  if (typeof template === "string") return template;
  let text = template[0] ?? "";
  for (let i = 1; i < template.length; i += 2) {
    const name = template[i] ?? "";
    text += (name in params ? String(params[name]) : `{${name}}`) + (template[i + 1] ?? "");
  }
  return text;
}

/** Picks the reader's language from a text declared in kk/ru/en in data/. */
export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
