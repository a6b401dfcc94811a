/** The site's languages and how each formats numbers and dates. */
import { LOCALES, type Locale } from "../data/schema.ts";

export { LOCALES, type Locale };

export const LOCALE_INFO: Record<Locale, { name: string; htmlLang: string; intl: string; ogLocale: string }> = {
  kk: { name: "Қазақша", htmlLang: "kk", intl: "kk-KZ", ogLocale: "kk_KZ" },
  ru: { name: "Русский", htmlLang: "ru", intl: "ru-RU", ogLocale: "ru_RU" },
  en: { name: "English", htmlLang: "en", intl: "en-GB", ogLocale: "en_GB" },
};

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}
