/**
 * The registry of organisations: data/organizations/organizations.json declares its columns and code
 * lists; data/organizations/organizations.csv (and an example set's own organizations.csv) holds the rows.
 */
import { checkCodelistsResolve } from "./metadata-rules.ts";
import type { DataProblem } from "./problems.ts";
import type { Codelist } from "./schema.ts";
import type { Organization } from "./statement-records.ts";
import type { RegistryMeta } from "./statement-schema.ts";
import { validateDatasetCsv } from "./validate-dataset.ts";

/** Columns the site reads; a registry may declare more. */
export const REGISTRY_COLUMNS = ["id", "bin", "name_kk", "name_ru", "name_en", "type", "ownership", "legal_form", "region", "city_kk", "city_ru", "city_en", "source"] as const;

/** Ids that would collide with the directory's own pages. */
const RESERVED_IDS = new Set(["compare"]);

export function checkRegistryMeta(meta: RegistryMeta, file: string, shared: Readonly<Record<string, Codelist>>): DataProblem[] {
  const declared = new Set(meta.fields.map((f) => f.name));
  const missing = REGISTRY_COLUMNS.filter((name) => !declared.has(name));
  const problems: DataProblem[] = missing.map((name) => ({
    severity: "error",
    file,
    line: 1,
    column: 1,
    field: "fields",
    rule: `the registry does not declare the column "${name}"`,
    fix: `declare "${name}" in fields (see data/README.md); the site reads ${REGISTRY_COLUMNS.join(", ")}`,
  }));
  return [...problems, ...checkCodelistsResolve(meta.fields, meta.codelists, shared, file)];
}

export interface RegistryContext {
  shared: Readonly<Record<string, Codelist>>;
  sourceIds: ReadonlySet<string>;
}

export function readRegistryCsv(meta: RegistryMeta, bytes: Uint8Array, file: string, ctx: RegistryContext, set: string | null): { organizations: Organization[]; problems: DataProblem[] } {
  const codes = new Map<string, ReadonlySet<string>>();
  for (const [name, list] of Object.entries(ctx.shared)) codes.set(name, new Set(list.codes.map((c) => c.code)));
  for (const [name, list] of Object.entries(meta.codelists)) codes.set(name, new Set(list.map((c) => c.code)));
  const result = validateDatasetCsv(meta, bytes, file, { codes, sourceIds: ctx.sourceIds });
  const problems = [...result.problems];
  const organizations: Organization[] = [];
  result.rows.forEach((row, i) => {
    const text = (name: string): string => String(row[name] ?? "");
    const at = (field: string, rule: string, fix: string): void => {
      problems.push({ severity: "error", file, line: result.rowLines[i] ?? 1, column: result.header.indexOf(field) + 1, field, rule, fix });
    };
    const bin = typeof row["bin"] === "string" ? row["bin"] : null;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(text("id"))) return at("id", `organisation id ${JSON.stringify(text("id"))} is not lowercase words joined by hyphens`, 'write it like "almaty-mental-health-centre": it becomes the page address');
    if (RESERVED_IDS.has(text("id"))) return at("id", `organisation id "${text("id")}" names a page of the site (/organizations/${text("id")}/)`, "choose another id");
    if (bin !== null && !isValidBin(bin)) return at("bin", `BIN ${JSON.stringify(bin)} is not 12 digits with a valid check digit`, "copy the BIN again from the statement or the national register, or leave the cell blank if it is not known");
    organizations.push({
      id: text("id"),
      bin,
      name: { kk: text("name_kk"), ru: text("name_ru"), en: text("name_en") },
      type: text("type"),
      ownership: text("ownership"),
      legalForm: text("legal_form"),
      region: text("region"),
      city: { kk: text("city_kk"), ru: text("city_ru"), en: text("city_en") },
      source: text("source"),
      set,
    });
  });
  return { organizations, problems };
}

/** Kazakhstan's BIN/IIN check digit: weights 1–11, and if the remainder is 10, weights 3–11, 1, 2. */
export function isValidBin(bin: string): boolean {
  if (!/^\d{12}$/.test(bin)) return false;
  const digits = [...bin].map(Number);
  const weighted = (weights: readonly number[]): number => weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11;
  let check = weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (check === 10) check = weighted([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return check !== 10 && check === digits[11];
}
