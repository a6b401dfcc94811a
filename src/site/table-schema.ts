/**
 * A dataset's declared fields as a Frictionless Table Schema (Data Package v2): the same types,
 * constraints and key that src/data/ enforces, so a tool reading the CSV applies the site's own rules.
 */
import type { Dataset } from "../data/records.ts";
import type { FieldSpec, Source } from "../data/schema.ts";
import { UNIT_IDS } from "../data/units.ts";
import { datasetCodes, type SiteCatalog } from "./catalog.ts";

export const TABLE_SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json";

export interface TableSchemaField {
  name: string;
  type: "string" | "integer" | "number" | "year" | "date";
  title: string;
  description?: string;
  /** Not in the standard: the unit id of data/README.md, for value fields that declare one. */
  unit?: string;
  /** The meaning of each allowed code (Table Schema v2 categories). */
  categories?: { value: string; label: string }[];
  constraints?: { required?: true; minimum?: number; maximum?: number; enum?: string[] };
}

export interface TableSchema {
  $schema: string;
  fields: TableSchemaField[];
  primaryKey: string[];
  missingValues: string[];
}

/** An allowed value of a text field, with its meaning when it is not self-explanatory. */
type Allowed = { value: string; label?: string };

export function tableSchema(catalog: SiteCatalog, dataset: Dataset, sources: readonly Source[]): TableSchema {
  const { meta } = dataset;
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields: meta.fields.map((field) => tableSchemaField(field, allowedValues(catalog, dataset, field, sources))),
    primaryKey: meta.primaryKey,
    // a blank cell is always missing (src/data/cell-rules.ts); a dataset may declare more markers
    missingValues: ["", ...meta.missingValues],
  };
}

/** A code list's codes, the unit ids, or the ids of the sources the rows cite; undefined for free values. */
function allowedValues(catalog: SiteCatalog, dataset: Dataset, field: FieldSpec, sources: readonly Source[]): Allowed[] | undefined {
  switch (field.type) {
    case "code":
      return datasetCodes(catalog, dataset, field.codelist ?? field.name).map((c) => ({ value: c.code, label: c.label.en }));
    case "unit":
      return UNIT_IDS.map((unit) => ({ value: unit }));
    case "source":
      return sources.map((s) => ({ value: s.id, label: sourceLabel(s) }));
    default:
      return undefined;
  }
}

function tableSchemaField(field: FieldSpec, allowed: Allowed[] | undefined): TableSchemaField {
  const constraints: NonNullable<TableSchemaField["constraints"]> = {};
  if (field.required) constraints.required = true;
  if (field.min !== undefined) constraints.minimum = field.min;
  if (field.max !== undefined) constraints.maximum = field.max;
  if (allowed) constraints.enum = allowed.map((a) => a.value);
  const categories = allowed?.flatMap((a) => (a.label === undefined ? [] : [{ value: a.value, label: a.label }])) ?? [];
  return {
    name: field.name,
    type: TYPES[field.type],
    title: field.label.en,
    ...(field.description ? { description: field.description.en } : {}),
    ...(field.unit ? { unit: field.unit } : {}),
    ...(categories.length > 0 ? { categories } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** How a source is named in English metadata: "publisher: title". */
export function sourceLabel(source: Source): string {
  return `${source.publisher.en}: ${source.title.en}`;
}

/** Our field types → Table Schema types; codes, units and source ids are strings restricted by an enum. */
const TYPES: Record<FieldSpec["type"], TableSchemaField["type"]> = {
  string: "string",
  integer: "integer",
  number: "number",
  year: "year",
  date: "date",
  code: "string",
  unit: "string",
  source: "string",
};
