/** Numbers, amounts, periods and dates in the reader's locale (kk-KZ and ru-RU: space for thousands, comma for decimals). */
import { unitKind, type UnitId } from "../data/units.ts";
import { LOCALE_INFO, type Locale } from "./locales.ts";
import { t } from "./translate.ts";

const formatters = new Map<string, Intl.NumberFormat>();

/** Creating an Intl.NumberFormat costs far more than using one: a build formats millions of numbers, so each is made once. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(LOCALE_INFO[locale].intl, options)));
  return format;
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits, minimumFractionDigits }).format(value);
}

const SCALES = [
  { min: 1e12, key: "scale.trillion" },
  { min: 1e9, key: "scale.billion" },
  { min: 1e6, key: "scale.million" },
] as const;

function currencySymbol(unit: UnitId): string {
  return unit.startsWith("usd") ? "US$" : "₸";
}

/** Decimals a column of values needs so they line up (at most 2): [3.9, 3.92] → 2, so 3.9 shows as 3.90. */
export function columnFractionDigits(values: readonly (number | null)[]): number {
  return Math.max(0, ...values.map((v) => (v === null ? 0 : (String(Math.round(v * 100) / 100).split(".")[1] ?? "").length)));
}

/** A value with its unit, as a reader sees it in a table or a key figure: "2.3 trn ₸", "3.92%", "818". */
export function formatValue(value: number | null, unit: UnitId, locale: Locale, minimumFractionDigits = 0): string {
  if (value === null || Number.isNaN(value)) return t(locale, "value.missing");
  switch (unitKind(unit)) {
    case "currency": {
      const scale = SCALES.find((s) => Math.abs(value) >= s.min);
      const amount = scale ? formatNumber(value / scale.min, locale, 2) : formatNumber(value, locale, value >= 1000 ? 0 : 2);
      return scale ? `${amount} ${t(locale, scale.key)} ${currencySymbol(unit)}` : `${amount} ${currencySymbol(unit)}`;
    }
    case "percent":
      return numberFormat(locale, { style: "percent", minimumFractionDigits, maximumFractionDigits: 2 }).format(value / 100);
    case "ratio":
      return numberFormat(locale, { minimumFractionDigits, maximumFractionDigits: 2 }).format(value);
    case "count":
      return formatNumber(value, locale, 1);
  }
}

/** A short tick label for chart axes: scaled amounts without the currency, percentages with %. */
export function formatTick(value: number, unit: UnitId, locale: Locale): string {
  if (unitKind(unit) === "currency") {
    const scale = SCALES.find((s) => Math.abs(value) >= s.min);
    return scale ? `${formatNumber(value / scale.min, locale, 1)} ${t(locale, scale.key)}` : formatNumber(value, locale, 0);
  }
  if (unitKind(unit) === "percent") {
    return numberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value / 100);
  }
  return formatNumber(value, locale, 1);
}

/** "2021" for a calendar year, "2019–2021" for whole years, otherwise the two dates. */
export function formatPeriod(start: string, end: string, locale: Locale): string {
  const sy = start.slice(0, 4);
  const ey = end.slice(0, 4);
  if (start.endsWith("-01-01") && end.endsWith("-12-31")) return sy === ey ? sy : `${sy}–${ey}`;
  if (start === end) return formatDate(start, locale);
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/** A date (YYYY, YYYY-MM or YYYY-MM-DD) in words, in UTC so the build machine's zone never matters. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y ?? 1970, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d === undefined ? { year: "numeric", month: "long", timeZone: "UTC" } : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, options).format(date);
}
