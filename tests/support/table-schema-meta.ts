/**
 * Reads a published Table Schema back into the project's own field rules, so a test can parse the CSV
 * it describes with src/data/ (the same parser and cell rules as the build) and nothing else.
 * Text fields restricted by an enum become code fields whose code list is that enum.
 */
import { z } from "zod";
import type { CellContext } from "../../src/data/cell-rules.ts";
import { datasetMetaSchema, type DatasetMeta } from "../../src/data/schema.ts";

const tableSchemaField = z.object({
  name: z.string(),
  type: z.enum(["string", "integer", "number", "year", "date"]),
  title: z.string(),
  constraints: z
    .object({ required: z.boolean().optional(), minimum: z.number().optional(), maximum: z.number().optional(), enum: z.array(z.string()).optional() })
    .optional(),
});

export const tableSchemaSubset = z.object({
  fields: z.array(tableSchemaField),
  primaryKey: z.array(z.string()),
  missingValues: z.array(z.string()),
});
export type TableSchemaSubset = z.output<typeof tableSchemaSubset>;

export function metaFromTableSchema(id: string, schema: TableSchemaSubset): { meta: DatasetMeta; ctx: Omit<CellContext, "missingValues"> } {
  const codes = new Map<string, Set<string>>();
  const codelists: Record<string, { code: string; label: { kk: string; ru: string; en: string } }[]> = {};
  const fields = schema.fields.map((f, i) => {
    const allowed = f.constraints?.enum;
    const label = { kk: f.title, ru: f.title, en: f.title };
    const rules = { required: f.constraints?.required ?? false, min: f.constraints?.minimum, max: f.constraints?.maximum };
    if (f.type !== "string" || !allowed) return { name: f.name, type: f.type, label, ...rules };
    const codelist = `allowed-${i}`;
    codes.set(codelist, new Set(allowed));
    codelists[codelist] = allowed.map((code) => ({ code, label: { kk: code, ru: code, en: code } }));
    return { name: f.name, type: "code" as const, codelist, label, ...rules };
  });
  const text = { kk: id, ru: id, en: id };
  const meta = datasetMetaSchema.parse({
    id,
    family: "context",
    status: "reference",
    title: text,
    description: text,
    frequency: "irregular",
    licence: "-",
    // a blank cell is always missing in src/data/cell-rules.ts; only the other markers are declared
    missingValues: schema.missingValues.filter((v) => v !== ""),
    primaryKey: schema.primaryKey,
    fields,
    codelists,
  });
  return { meta, ctx: { codes, sourceIds: new Set() } };
}
