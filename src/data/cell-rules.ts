/** One cell against its field's declared rules: blank is missing (null), never 0. */
import type { CellValue } from "./records.ts";
import type { FieldSpec } from "./schema.ts";
import { isUnitId } from "./units.ts";
import { quoteCell } from "./problems.ts";
import type { MessageParams, ProblemCode, ProblemMessage } from "./problem-codes.ts";

export interface CellContext {
  /** Codes allowed for each code list this dataset uses. */
  codes: ReadonlyMap<string, ReadonlySet<string>>;
  sourceIds: ReadonlySet<string>;
  missingValues: readonly string[];
}

/** Either the typed value, or the broken rule and how to fix it (in English, and as a code for translation). */
export type CellResult = { ok: true; value: CellValue } | { ok: false; rule: string; fix: string; message: ProblemMessage };

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Cells a spreadsheet would run as a formula. */
const FORMULA_START = /^[=+@\t\r]/;
/** "2 666" or "2 666,5": digits grouped by a space, NBSP or narrow NBSP. */
export const SPACE_GROUPED_NUMBER = /^-?\d{1,3}([ \u00A0\u202F]\d{3})+([.,]\d+)?$/;
export const DECIMAL_COMMA_NUMBER = /^-?\d+,\d+$/;

const fail = (code: ProblemCode, params: MessageParams, rule: string, fix: string): CellResult => ({ ok: false, rule, fix, message: { code, params } });

export function parseCell(raw: string, field: FieldSpec, ctx: CellContext): CellResult {
  if (raw === "" || ctx.missingValues.includes(raw)) {
    if (!field.required) return { ok: true, value: null };
    return raw === ""
      ? fail("cell.required-blank", {}, "a value is required, the cell is blank", "fill in the value; a required field cannot be missing")
      : fail("cell.required-marker", { value: quoteCell(raw) }, `a value is required, the cell is ${quoteCell(raw)}`, "fill in the value; a required field cannot be missing");
  }
  if (FORMULA_START.test(raw)) {
    return fail(
      "cell.formula",
      { value: quoteCell(raw), char: JSON.stringify(raw[0]) },
      `${quoteCell(raw)} starts with ${JSON.stringify(raw[0])}, which a spreadsheet runs as a formula`,
      "type the value itself, without a leading = + @ or tab (put an apostrophe-free plain value)",
    );
  }
  switch (field.type) {
    case "string":
      return { ok: true, value: raw };
    case "integer":
      return checkRange(parseNumber(raw, INTEGER, "cell.integer", "an integer", "write a whole number with no spaces or separators, e.g. 2666"), field);
    case "number":
      return checkRange(parseNumber(raw, NUMBER, "cell.number", "a number", "write digits with a dot for decimals and no thousands separators, e.g. 3.92"), field);
    case "year":
      return checkRange(parseNumber(raw, /^\d{4}$/, "cell.year", "a year", "write four digits, e.g. 2022"), field);
    case "date":
      return parseIsoDate(raw);
    case "code": {
      const allowed = ctx.codes.get(field.codelist ?? "");
      if (allowed?.has(raw)) return { ok: true, value: raw };
      const list = `${[...(allowed ?? [])].slice(0, 12).join(", ")}${(allowed?.size ?? 0) > 12 ? ", …" : ""}`;
      return fail(
        "cell.code",
        { value: quoteCell(raw), codelist: field.codelist ?? "", allowed: list },
        `${quoteCell(raw)} is not a code of the "${field.codelist}" code list`,
        `use one of: ${list} (or add the code to the list)`,
      );
    }
    case "unit":
      return isUnitId(raw)
        ? { ok: true, value: raw }
        : fail("cell.unit", { value: quoteCell(raw) }, `${quoteCell(raw)} is not a known unit`, "use a unit id listed in data/README.md, e.g. tenge, percent-of-gdp, persons");
    case "source":
      return ctx.sourceIds.has(raw)
        ? { ok: true, value: raw }
        : fail("cell.source", { value: quoteCell(raw) }, `source id ${quoteCell(raw)} is not in data/sources.json`, "add the source to data/sources.json or correct the id");
  }
}

function parseNumber(raw: string, pattern: RegExp, code: ProblemCode, what: string, fix: string): CellResult {
  if (pattern.test(raw)) return { ok: true, value: Number(raw) };
  const hint = SPACE_GROUPED_NUMBER.test(raw) ? "thousands" : DECIMAL_COMMA_NUMBER.test(raw) ? "decimal-comma" : "";
  const hintText = { thousands: "remove the thousands separators: ", "decimal-comma": "use a dot, not a comma, for decimals: ", "": "" }[hint];
  return fail(code, { value: quoteCell(raw), hint }, `expected ${what}, got ${quoteCell(raw)}`, hintText + fix + ", or leave the cell blank if the value is missing");
}

function checkRange(result: CellResult, field: FieldSpec): CellResult {
  if (!result.ok || typeof result.value !== "number") return result;
  const v = result.value;
  if (field.min !== undefined && v < field.min) {
    return fail("cell.min", { value: v, min: field.min, field: field.name }, `${v} is below the minimum ${field.min}`, `check the value; ${field.name} must be at least ${field.min}`);
  }
  if (field.max !== undefined && v > field.max) {
    return fail("cell.max", { value: v, max: field.max, field: field.name }, `${v} is above the maximum ${field.max}`, `check the value; ${field.name} must be at most ${field.max}`);
  }
  return result;
}

/** Statement files repeat a handful of dates a million times: check each distinct date once. */
const validDates = new Set<string>();

function parseIsoDate(raw: string): CellResult {
  if (validDates.has(raw)) return { ok: true, value: raw };
  const m = ISO_DATE.exec(raw);
  const fix = "write the date as YYYY-MM-DD, e.g. 2021-12-31";
  if (!m) return fail("cell.date", { value: quoteCell(raw) }, `expected a date, got ${quoteCell(raw)}`, fix);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return fail("cell.calendar-date", { value: quoteCell(raw) }, `${quoteCell(raw)} is not a date in the calendar`, fix);
  }
  if (validDates.size < 100_000) validDates.add(raw);
  return { ok: true, value: raw };
}
