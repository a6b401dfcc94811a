/** Zod schemas of the metadata files in data/: sources.json, codelists/*.json, datasets/<id>/dataset.json. */
import { z } from "zod";
import { UNIT_IDS } from "./units.ts";

export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in all three languages; none may be empty. */
export const localizedText = z.object({
  kk: z.string().min(1),
  ru: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.output<typeof localizedText>;

/** Links readers follow: http(s) only, so a data file can never smuggle in a javascript: or data: link. */
const webUrl = z.url({ protocol: /^https?$/, error: "use an http:// or https:// address" });

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase letters, digits and single hyphens");
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "use YYYY, YYYY-MM or YYYY-MM-DD");

export const sourceSchema = z
  .object({
    id: slug,
    title: localizedText,
    publisher: localizedText,
    date: partialDate,
    dateNote: localizedText.optional(),
    /** A file in data/sources/documents/, served at /sources/<file>. */
    document: z.string().regex(/^[\w.-]+$/, "a file name in data/sources/documents/").optional(),
    url: webUrl.optional(),
    licence: z.string().min(1),
    licenceUrl: webUrl.optional(),
    note: localizedText.optional(),
  })
  .strict()
  .refine((s) => s.document !== undefined || s.url !== undefined, {
    message: "a source needs a document or a url so readers can check it",
  });
export type Source = z.output<typeof sourceSchema>;

export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema) }).strict();

export const codeSchema = z
  .object({ code: z.string().regex(/^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$/), label: localizedText, note: localizedText.optional() })
  .strict();
export type Code = z.output<typeof codeSchema>;

export const codelistFileSchema = z
  .object({ name: slug, title: localizedText, codes: z.array(codeSchema).min(1) })
  .strict();
export type Codelist = z.output<typeof codelistFileSchema>;

export const FIELD_TYPES = ["string", "integer", "number", "year", "date", "code", "unit", "source"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const fieldSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9_]*$/, "use lowercase snake_case"),
    type: z.enum(FIELD_TYPES),
    label: localizedText,
    description: localizedText.optional(),
    /** Default false: a blank cell is a missing value. */
    required: z.boolean().default(false),
    unit: z.enum(UNIT_IDS).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    /** For type "code": the code list, inline in the dataset or in data/codelists/. */
    codelist: slug.optional(),
  })
  .strict()
  .refine((f) => f.type !== "code" || f.codelist !== undefined, { message: 'a field of type "code" names its codelist' });
export type FieldSpec = z.output<typeof fieldSchema>;

export const CHART_KINDS = ["line", "bar"] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const chartSpecSchema = z
  .object({
    id: slug,
    kind: z.enum(CHART_KINDS),
    title: localizedText,
    description: localizedText.optional(),
    x: z.string(),
    y: z.string(),
    series: z.string().optional(),
    filter: z.record(z.string(), z.array(z.string()).min(1)).optional(),
    unit: z.enum(UNIT_IDS).optional(),
  })
  .strict();
export type ChartSpec = z.output<typeof chartSpecSchema>;

/**
 * How officials' spreadsheets write this dataset: read by the importer (`npm run import`, /publish/), never by the
 * build, which reads data.csv strictly. The importer turns these forms into the canonical CSV.
 */
export const importOptionsSchema = z
  .object({
    /** The decimal separator in integer and number columns; default ".". */
    decimal: z.enum([".", ","]).default("."),
    /** " " accepts digits grouped by a space, NBSP or narrow NBSP ("2 666") in integer and number columns; default none. */
    thousands: z.literal(" ").optional(),
    /** What officials write for a missing value ("-", "…"); such cells become blank. Default none. */
    missing: z.array(z.string().min(1)).default([]),
    /** The row (1-based, as a spreadsheet numbers it) that holds the column names, below any title rows; default 1. */
    headerRow: z.number().int().min(1).default(1),
  })
  .strict();
export type ImportOptions = z.output<typeof importOptionsSchema>;

export const FAMILIES = ["cases", "spending", "institutions", "context"] as const;
export type Family = (typeof FAMILIES)[number];

export const DATASET_STATUSES = ["official", "reference", "example"] as const;
export type DatasetStatus = (typeof DATASET_STATUSES)[number];

export const datasetMetaSchema = z
  .object({
    id: slug,
    family: z.enum(FAMILIES),
    status: z.enum(DATASET_STATUSES),
    title: localizedText,
    description: localizedText,
    notes: localizedText.optional(),
    frequency: z.enum(["annual", "irregular"]),
    licence: z.string().min(1),
    keywords: z.object({ kk: z.array(z.string()), ru: z.array(z.string()), en: z.array(z.string()) }).strict().optional(),
    missingValues: z.array(z.string().min(1)).default([]),
    primaryKey: z.array(z.string()).min(1),
    fields: z.array(fieldSchema).min(1),
    codelists: z.record(slug, z.array(codeSchema).min(1)).default({}),
    charts: z.array(chartSpecSchema).default([]),
    import: importOptionsSchema.optional(),
  })
  .strict();
export type DatasetMeta = z.output<typeof datasetMetaSchema>;
