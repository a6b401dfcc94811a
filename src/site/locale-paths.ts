/** getStaticPaths helpers: one page per language. */
import { LOCALES, type Locale } from "../i18n/locales.ts";

export function localeStaticPaths(): { params: { lang: Locale }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { lang: locale }, props: { locale } }));
}
