/** Zod shapes of the validated records as the Astro content layer stores them (data already checked by load-catalog). */
import { z } from "zod";
import { codelistFileSchema, datasetMetaSchema, sourceSchema } from "./schema.ts";

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
