/** Zod shapes of the validated records as the Astro content layer stores them (data already checked by load-catalog). */
import { z } from "zod";
import { DATASET_STATUSES, codelistFileSchema, datasetMetaSchema, localizedText, sourceSchema } from "./schema.ts";
import { registryMetaSchema, statementKindSchema, statementSetSchema } from "./statement-schema.ts";

export const cellValueSchema = z.union([z.string(), z.number(), z.null()]);

export const datasetEntrySchema = z.object({
  meta: datasetMetaSchema,
  rows: z.array(z.record(z.string(), cellValueSchema)),
  rowLines: z.array(z.number()),
  csvText: z.string(),
  csvPath: z.string(),
});

export const documentEntrySchema = z.object({ file: z.string(), text: z.string() });

export { codelistFileSchema as codelistEntrySchema, sourceSchema as sourceEntrySchema };

const period = z.object({ start: z.string(), end: z.string() });

export const organizationSchema = z.object({
  id: z.string(),
  bin: z.string().nullable(),
  name: localizedText,
  type: z.string(),
  ownership: z.string(),
  legalForm: z.string(),
  region: z.string(),
  city: localizedText,
  source: z.string(),
  set: z.string().nullable(),
});

export const findingEntrySchema = z.object({
  kind: z.literal("opening-differs-from-previous-closing"),
  statement: z.string(),
  period,
  previousPeriod: period,
  opening: z.number(),
  previousClosing: z.number(),
});

/**
 * One organisation as the content layer stores it: registry facts, status, findings, a summary for the
 * directory, and its statements packed as one JSON text (src/data/organization-entries.ts). Astro
 * serialises its store value by value; at 10,000 organisations the statements' two million amounts cost
 * more time and memory than the build budget allows (BENCHMARKS.md), one string each costs almost nothing.
 */
export const organizationEntrySchema = z.object({
  organization: organizationSchema,
  /** "example" when any of its figures are made up: its pages carry the banner. */
  status: z.enum(DATASET_STATUSES),
  findings: z.array(findingEntrySchema),
  /** The kinds it publishes, the span of its periods and its latest ratios: the directory and the comparison unpack nothing. */
  summary: z.object({
    kinds: z.array(z.string()),
    start: z.string().nullable(),
    end: z.string().nullable(),
    latest: z.array(z.object({ ratio: z.string(), kind: z.string(), value: z.number().nullable(), start: z.string(), end: z.string() })),
  }),
  /** Its statements (src/data/statement-records.ts Statement[]), as JSON. */
  statements: z.string(),
});

/** A kind of statement with its lines in form order. */
export const statementKindEntrySchema = z.object({
  kind: statementKindSchema,
  lines: z.array(z.object({ statement: z.string(), code: z.string(), parent: z.string().nullable(), sign: z.union([z.literal(1), z.literal(-1), z.literal(0)]), name: localizedText, isTotal: z.boolean() })),
});

export const statementSetEntrySchema = z.object({ meta: statementSetSchema, files: z.array(z.string()) });

export const registryEntrySchema = registryMetaSchema;
