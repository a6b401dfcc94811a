/** One cell against its field's declared rules: blank is missing (null), never 0. */
import type { CellValue } from "./records.ts";
import type { FieldSpec } from "./schema.ts";
import { isUnitId } from "./units.ts";
import { quoteCell } from "./problems.ts";

export interface CellContext {
  /** Codes allowed for each code list this dataset uses. */
  codes: ReadonlyMap<string, ReadonlySet<string>>;
  sourceIds: ReadonlySet<string>;
  missingValues: readonly string[];
}

/** Either the typed value, or the broken rule and how to fix it. */
export type CellResult = { ok: true; value: CellValue } | { ok: false; rule: string; fix: string };

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Cells a spreadsheet would run as a formula. */
const FORMULA_START = /^[=+@\t\r]/;

export function parseCell(raw: string, field: FieldSpec, ctx: CellContext): CellResult {
  if (raw === "" || ctx.missingValues.includes(raw)) {
    return field.required
      ? { ok: false, rule: `a value is required, the cell is ${raw === "" ? "blank" : quoteCell(raw)}`, fix: "fill in the value; a required field cannot be missing" }
      : { ok: true, value: null };
  }
  if (FORMULA_START.test(raw)) {
    return {
      ok: false,
      rule: `${quoteCell(raw)} starts with ${JSON.stringify(raw[0])}, which a spreadsheet runs as a formula`,
      fix: "type the value itself, without a leading = + @ or tab (put an apostrophe-free plain value)",
    };
  }
  switch (field.type) {
    case "string":
      return { ok: true, value: raw };
    case "integer":
      return checkRange(parseNumber(raw, INTEGER, "an integer", "write a whole number with no spaces or separators, e.g. 2666"), field);
    case "number":
      return checkRange(parseNumber(raw, NUMBER, "a number", "write digits with a dot for decimals and no thousands separators, e.g. 3.92"), field);
    case "year":
      return checkRange(parseNumber(raw, /^\d{4}$/, "a year", "write four digits, e.g. 2022"), field);
    case "date":
      return parseIsoDate(raw);
    case "code": {
      const allowed = ctx.codes.get(field.codelist ?? "");
      if (allowed?.has(raw)) return { ok: true, value: raw };
      return {
        ok: false,
        rule: `${quoteCell(raw)} is not a code of the "${field.codelist}" code list`,
        fix: `use one of: ${[...(allowed ?? [])].slice(0, 12).join(", ")}${(allowed?.size ?? 0) > 12 ? ", …" : ""} (or add the code to the list)`,
      };
    }
    case "unit":
      return isUnitId(raw)
        ? { ok: true, value: raw }
        : { ok: false, rule: `${quoteCell(raw)} is not a known unit`, fix: "use a unit id listed in data/README.md, e.g. tenge, percent-of-gdp, persons" };
    case "source":
      return ctx.sourceIds.has(raw)
        ? { ok: true, value: raw }
        : { ok: false, rule: `source id ${quoteCell(raw)} is not in data/sources.json`, fix: "add the source to data/sources.json or correct the id" };
  }
}

function parseNumber(raw: string, pattern: RegExp, what: string, fix: string): CellResult {
  if (pattern.test(raw)) return { ok: true, value: Number(raw) };
  const hint = /^-?\d{1,3}([ \u00A0\u202F]\d{3})+([.,]\d+)?$/.test(raw)
    ? "remove the thousands separators: "
    : /^-?\d+,\d+$/.test(raw)
      ? "use a dot, not a comma, for decimals: "
      : "";
  return { ok: false, rule: `expected ${what}, got ${quoteCell(raw)}`, fix: hint + fix + ", or leave the cell blank if the value is missing" };
}

function checkRange(result: CellResult, field: FieldSpec): CellResult {
  if (!result.ok || typeof result.value !== "number") return result;
  const v = result.value;
  if (field.min !== undefined && v < field.min) {
    return { ok: false, rule: `${v} is below the minimum ${field.min}`, fix: `check the value; ${field.name} must be at least ${field.min}` };
  }
  if (field.max !== undefined && v > field.max) {
    return { ok: false, rule: `${v} is above the maximum ${field.max}`, fix: `check the value; ${field.name} must be at most ${field.max}` };
  }
  return result;
}

/** Statement files repeat a handful of dates a million times: check each distinct date once. */
const validDates = new Set<string>();

function parseIsoDate(raw: string): CellResult {
  if (validDates.has(raw)) return { ok: true, value: raw };
  const m = ISO_DATE.exec(raw);
  const fix = "write the date as YYYY-MM-DD, e.g. 2021-12-31";
  if (!m) return { ok: false, rule: `expected a date, got ${quoteCell(raw)}`, fix };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return { ok: false, rule: `${quoteCell(raw)} is not a date in the calendar`, fix };
  }
  if (validDates.size < 100_000) validDates.add(raw);
  return { ok: true, value: raw };
}
