/** The shape of a release in the content layer: its manifest and the frozen datasets, as read by release-history. */
import { z } from "zod";
import { datasetEntrySchema, sourceEntrySchema } from "../data/collection-schemas.ts";
import { releaseManifestSchema } from "./manifest-schema.ts";

export const releaseEntrySchema = z.object({
  manifest: releaseManifestSchema,
  manifestSha256: z.string(),
  datasets: z.array(datasetEntrySchema),
  sources: z.array(sourceEntrySchema),
});
