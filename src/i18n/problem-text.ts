/** A problem or notice from src/data in the reader's language: its code picks the sentence, its params fill it. */
import type { ImportNotice, ProblemMessage } from "../data/problem-codes.ts";
import type { Locale } from "./locales.ts";
import { t } from "./translate.ts";

/** The number rules add a hint before the fix when a value looks like "2 666" or "3,5". */
const HINTS = { thousands: "problem.hint.thousands", "decimal-comma": "problem.hint.decimal-comma" } as const;

export function problemText(message: ProblemMessage, locale: Locale): { rule: string; fix: string } {
  const { code, params } = message;
  const hint = HINTS[String(params["hint"] ?? "") as keyof typeof HINTS];
  return {
    rule: t(locale, `problem.${code}`, params),
    fix: (hint ? t(locale, hint) : "") + t(locale, `problem.${code}.fix`, params),
  };
}

export function noticeText(notice: ImportNotice, locale: Locale): string {
  return t(locale, `notice.${notice.code}`, notice.params);
}
