/** Numbers, amounts, periods and dates in the reader's locale (kk-KZ and ru-RU: space for thousands, comma for decimals). */
import { unitKind, type UnitId } from "../data/units.ts";
import { LOCALE_INFO, type Locale } from "./locales.ts";
import { t } from "./translate.ts";

/** The options the site formats numbers with (a closed set, so a cache key is cheap to build). */
export interface NumberOptions {
  style?: "percent";
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  signDisplay?: "exceptZero";
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Creating an Intl.NumberFormat costs far more than using one: a build formats millions of numbers, so each is made once. */
export function numberFormat(locale: Locale, options: NumberOptions): Intl.NumberFormat {
  const key = `${locale}|${options.style ?? ""}|${options.minimumFractionDigits ?? ""}|${options.maximumFractionDigits ?? ""}|${options.signDisplay ?? ""}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(LOCALE_INFO[locale].intl, options)));
  return format;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withDay}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { year: "numeric", month: "long", ...(withDay ? { day: "numeric" } : {}), timeZone: "UTC" });
    dateFormats.set(key, format);
  }
  return format;
}

const symbols = new Map<Locale, { group: string; decimal: string; minus: string; plus: string }>();

/** The group and decimal signs each locale writes (kk, ru: a no-break space and a comma), read from Intl once. */
function symbolsOf(locale: Locale): { group: string; decimal: string; minus: string; plus: string } {
  let known = symbols.get(locale);
  if (!known) {
    const parts = numberFormat(locale, { minimumFractionDigits: 1, signDisplay: "exceptZero" }).formatToParts(-12345.5);
    const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
    const plus = numberFormat(locale, { signDisplay: "exceptZero" }).formatToParts(1).find((p) => p.type === "plusSign")?.value ?? "+";
    symbols.set(locale, (known = { group: part("group"), decimal: part("decimal"), minus: part("minusSign"), plus }));
  }
  return known;
}

/**
 * A number with exactly `digits` decimals, written as Intl writes it in the locale, without Intl's cost
 * per call: statement tables write millions of amounts at 10,000 organisations. `signed` writes "+"
 * before positive numbers (a change). tests/i18n/format-fixed.test.ts pins it to Intl's output.
 */
export function formatFixed(value: number, locale: Locale, digits: number, signed = false): string {
  const { group, decimal, minus, plus } = symbolsOf(locale);
  const abs = Math.abs(value);
  // Whole numbers (amounts in whole thousands, most of a statement) need no rounding.
  const fixed = Number.isInteger(abs) && abs < 1e15 ? (digits === 0 ? String(abs) : `${abs}.${"0".repeat(digits)}`) : roundHalfExpand(abs, digits);
  const point = fixed.indexOf(".");
  const whole = point === -1 ? fixed : fixed.slice(0, point);
  const grouped = groupThousands(whole, group);
  const zero = abs === 0 || /^[0.]*$/.test(fixed);
  // Intl writes "-0,00" for a small negative number, and no sign at all for zero when it signs changes.
  const sign = value < 0 ? (signed && zero ? "" : minus) : signed && !zero ? plus : "";
  return sign + grouped + (point === -1 ? "" : decimal + fixed.slice(point + 1));
}

/** "1234567" → "1 234 567" with the locale's group sign. */
function groupThousands(whole: string, group: string): string {
  if (whole.length <= 3) return whole;
  let out = whole.slice(0, whole.length % 3 || 3);
  for (let i = out.length; i < whole.length; i += 3) out += group + whole.slice(i, i + 3);
  return out;
}

/** Rounds the shortest decimal form of a number, halves away from zero, as Intl does (2.675 → 2.68, where toFixed gives 2.67). */
function roundHalfExpand(abs: number, digits: number): string {
  const scaled = abs * 10 ** digits;
  const remainder = scaled - Math.floor(scaled);
  // Far from a half, binary rounding agrees with decimal rounding: only near-ties need the decimal form.
  if (Math.abs(remainder - 0.5) > 1e-6 && scaled < 1e15) {
    const whole = String(Math.round(scaled));
    if (digits === 0) return whole;
    const padded = whole.padStart(digits + 1, "0");
    return `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
  }
  const text = String(abs);
  if (/e/.test(text)) return abs.toFixed(digits); // far outside the amounts the site writes
  const [whole = "0", fraction = ""] = text.split(".");
  if (fraction.length <= digits) return digits === 0 ? whole : `${whole}.${fraction.padEnd(digits, "0")}`;
  let kept = whole + fraction.slice(0, digits);
  if ((fraction.charCodeAt(digits) - 48) >= 5) {
    // add one to the last kept digit, carrying to the left
    const chars = [...kept];
    let i = chars.length - 1;
    while (i >= 0 && chars[i] === "9") chars[i--] = "0";
    if (i >= 0) chars[i] = String(Number(chars[i]) + 1);
    else chars.unshift("1");
    kept = chars.join("");
  }
  const wholeLength = kept.length - digits;
  return digits === 0 ? kept : `${kept.slice(0, wholeLength)}.${kept.slice(wholeLength)}`;
}

/** A number with up to `maximumFractionDigits` decimals (trailing zeros dropped down to the minimum), as Intl writes it. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  const fixed = formatFixed(value, locale, maximumFractionDigits);
  if (maximumFractionDigits === minimumFractionDigits) return fixed;
  const point = fixed.lastIndexOf(symbolsOf(locale).decimal);
  if (point === -1) return fixed;
  let end = fixed.length;
  while (end > point + 1 + minimumFractionDigits && fixed[end - 1] === "0") end -= 1;
  return fixed.slice(0, end === point + 1 ? point : end);
}

const percentSuffixes = new Map<Locale, string>();

/** A share (0.123) as a percentage with fixed decimals ("12.3%", "12,3 %"), as Intl writes it; `signed` for a change. */
export function formatPercent(share: number, locale: Locale, digits: number, signed = false): string {
  let suffix = percentSuffixes.get(locale);
  if (suffix === undefined) {
    const parts = numberFormat(locale, { style: "percent" }).formatToParts(0.5);
    const last = parts.findLastIndex((p) => p.type === "integer" || p.type === "fraction");
    percentSuffixes.set(locale, (suffix = parts.slice(last + 1).map((p) => p.value).join("")));
  }
  return formatFixed(percentOf(share, digits), locale, digits, signed) + suffix;
}

/**
 * share × 100 as Intl scales it before rounding to `digits` decimals. Far from a tie of the last decimal
 * shown, binary × 100 rounds the same way; near one, the decimal point is moved in the number's shortest
 * form (hundredfold), which costs a string round trip: statement tables write a percentage change a line.
 */
function percentOf(share: number, digits: number): number {
  const percent = share * 100;
  const scaled = Math.abs(percent) * 10 ** digits;
  return Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6 ? percent : hundredfold(share);
}

/** share × 100 by moving the decimal point in its shortest form, as Intl scales percentages: 0.1235 → 12.35, not 12.349999999999998. */
function hundredfold(share: number): number {
  const text = String(share);
  if (/e/.test(text)) return share * 100;
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const digits = `${whole}${fraction.padEnd(2, "0")}`;
  const point = whole.length + 2;
  const shifted = Number(`${digits.slice(0, point)}.${digits.slice(point) || "0"}`);
  return negative ? -shifted : shifted;
}

const SCALES = [
  { min: 1e12, key: "scale.trillion" },
  { min: 1e9, key: "scale.billion" },
  { min: 1e6, key: "scale.million" },
] as const;

function currencySymbol(unit: UnitId): string {
  return unit.startsWith("usd") ? "US$" : "₸";
}

/**
 * Decimals a column of values needs so they line up (at most 2): [3.9, 3.92] → 2, so 3.9 shows as 3.90.
 * Counted on whole hundredths, without writing each value out: a statement table asks for hundreds.
 */
export function columnFractionDigits(values: Iterable<number | null>): number {
  let digits = 0;
  for (const value of values) {
    const hundredths = value === null ? 0 : Math.abs(Math.round(value * 100));
    // beyond 2^53 a double has no hundredths left to show
    if (!Number.isSafeInteger(hundredths) || hundredths % 100 === 0) continue;
    if (hundredths % 10 !== 0) return 2;
    digits = 1;
  }
  return digits;
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
  return dateFormat(locale, d !== undefined).format(new Date(Date.UTC(y ?? 1970, m - 1, d ?? 1)));
}
