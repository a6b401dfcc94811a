/**
 * Zod schemas of the metadata files behind financial statements: data/organizations/organizations.json
 * (the registry's columns and code lists), data/statements/statement-kinds.json (each kind of statement
 * and the identities it must satisfy) and data/statements/<set>/statements.json (one set of statements).
 */
import { z } from "zod";
import { DATASET_STATUSES, codeSchema, fieldSchema, localizedText } from "./schema.ts";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase letters, digits and single hyphens");
/** A line code of a chart of accounts: the form's own ("010") or ours ("closing-cash"). */
export const LINE_CODE = /^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$/;
const lineCode = z.string().regex(LINE_CODE, "a line code of data/statements/line-items.csv");
/** A line in a formula: "100" adds the line, "-300" subtracts it. */
const signedLine = z.string().regex(/^-?[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$/, 'a line code, with a leading "-" to subtract it');

export const registryMetaSchema = z
  .object({
    title: localizedText,
    /** The registry's columns, with the same field rules as a dataset's. */
    fields: z.array(fieldSchema).min(1),
    primaryKey: z.array(z.string()).min(1),
    missingValues: z.array(z.string().min(1)).default([]),
    codelists: z.record(slug, z.array(codeSchema).min(1)).default({}),
  })
  .strict();
export type RegistryMeta = z.output<typeof registryMetaSchema>;

export const RATIO_UNITS = ["percent", "ratio", "days"] as const;
export type RatioUnit = (typeof RATIO_UNITS)[number];

export const ratioSchema = z
  .object({
    /** The same id in two kinds means the same idea measured on each (the comparison puts them in one column). */
    id: slug,
    unit: z.enum(RATIO_UNITS),
    name: localizedText,
    definition: localizedText,
    numerator: z.array(signedLine).min(1),
    denominator: z.array(signedLine).min(1),
    /** Multiplies the quotient: 100 for a percentage, 365 for days of payments. Default 1. */
    factor: z.number().positive().default(1),
  })
  .strict();
export type RatioSpec = z.output<typeof ratioSchema>;

export const statementKindSchema = z
  .object({
    id: slug,
    title: localizedText,
    /** Where the form comes from (order, appendix) or who publishes it. */
    form: localizedText,
    /** The balance sheet identity: these two lines must be equal. */
    balance: z.object({ assets: lineCode, liabilitiesAndEquity: lineCode }).strict().optional(),
    /** The cash identity: opening + inflows − outflows = closing; the next period opens with this closing. */
    cash: z
      .object({ opening: lineCode, closing: lineCode, inflows: z.array(lineCode).min(1), outflows: z.array(lineCode).min(1) })
      .strict()
      .optional(),
    /** Lines drawn as the expense structure (latest period), and lines drawn as trends over the periods. */
    charts: z.object({ structure: z.array(lineCode).min(1).optional(), trends: z.array(lineCode).min(1).optional() }).strict().default({}),
    ratios: z.array(ratioSchema).default([]),
  })
  .strict();
export type StatementKind = z.output<typeof statementKindSchema>;

export const statementKindsFileSchema = z.object({ kinds: z.array(statementKindSchema).min(1) }).strict();

export const statementSetSchema = z
  .object({
    id: slug,
    /** "example": made-up statements of made-up organisations; every page showing them carries a banner. */
    status: z.enum(DATASET_STATUSES),
    title: localizedText,
    description: localizedText,
    notes: localizedText.optional(),
    licence: z.string().min(1),
    /** The unit the source printed its figures in: amount = amount_as_printed × factor, checked on every row. */
    printedUnit: z.object({ factor: z.number().int().positive(), label: localizedText }).strict().optional(),
  })
  .strict();
export type StatementSetMeta = z.output<typeof statementSetSchema>;
