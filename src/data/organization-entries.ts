/**
 * The statement catalog regrouped for the content layer: one entry per organisation (its statements
 * packed as one JSON text) and one per statement kind; and the unpacking a page does.
 */
import type { z } from "zod";
import type { findingEntrySchema, organizationEntrySchema, statementKindEntrySchema } from "./collection-schemas.ts";
import type { DatasetStatus } from "./schema.ts";
import type { Organization, Statement, StatementCatalog } from "./statement-records.ts";

export type OrganizationRecord = z.output<typeof organizationEntrySchema>;
export type StatementKindEntry = z.output<typeof statementKindEntrySchema>;
export type FindingEntry = z.output<typeof findingEntrySchema>;

/** An organisation with its statements unpacked: what an organisation's page works from. */
export interface OrganizationEntry {
  organization: Organization;
  status: DatasetStatus;
  statements: Statement[];
  findings: FindingEntry[];
}

/** Grouped in one pass: the pages of 10,000 organisations must not search the whole list for each one. */
export function organizationEntries(catalog: StatementCatalog): OrganizationRecord[] {
  const setStatus = new Map(catalog.sets.map((s) => [s.meta.id, s.meta.status]));
  const statementsOf = new Map<string, Statement[]>();
  for (const statement of catalog.statements) {
    const list = statementsOf.get(statement.organization) ?? [];
    list.push(statement);
    statementsOf.set(statement.organization, list);
  }
  const findingsOf = new Map<string, FindingEntry[]>();
  for (const { organization, kind, statement, period, previousPeriod, opening, previousClosing } of catalog.findings) {
    const list = findingsOf.get(organization) ?? [];
    list.push({ kind, statement, period, previousPeriod, opening, previousClosing });
    findingsOf.set(organization, list);
  }
  const kindOrder = new Map(catalog.kinds.map((k, i) => [k.id, i]));
  return catalog.organizations.map((organization) => {
    const statements = statementsOf.get(organization.id) ?? [];
    const statuses = new Set<DatasetStatus>(statements.map((s) => setStatus.get(s.set) ?? "official"));
    if (organization.set !== null) statuses.add(setStatus.get(organization.set) ?? "example");
    const status: DatasetStatus = statuses.has("example") ? "example" : statuses.has("reference") ? "reference" : "official";
    const starts = statements.map((s) => s.periodStart).sort();
    const ends = statements.map((s) => s.periodEnd).sort();
    const kinds = [...new Set(statements.map((s) => s.kind))].sort((a, b) => (kindOrder.get(a) ?? 0) - (kindOrder.get(b) ?? 0));
    return {
      organization,
      status,
      findings: findingsOf.get(organization.id) ?? [],
      summary: { kinds, start: starts[0] ?? null, end: ends.at(-1) ?? null },
      statements: packStatements(statements),
    };
  });
}

export function statementKindEntries(catalog: StatementCatalog): StatementKindEntry[] {
  return catalog.kinds.map((kind) => ({ kind, lines: catalog.lineItems.filter((l) => l.statement === kind.id) }));
}

/** A statement as packed text holds it: line codes and amounts side by side, its organisation left to the record. */
interface PackedStatement {
  kind: string;
  set: string;
  periodStart: string;
  periodEnd: string;
  sources: string[];
  lines: string[];
  amounts: (number | null)[];
  printed: [string, { amount: string | null; line: string | null }][];
}

export function packStatements(statements: readonly Statement[]): string {
  const packed: PackedStatement[] = statements.map(({ kind, set, periodStart, periodEnd, sources, amounts, printed }) => ({
    kind,
    set,
    periodStart,
    periodEnd,
    sources,
    lines: [...amounts.keys()],
    amounts: [...amounts.values()],
    printed: [...printed],
  }));
  return JSON.stringify(packed);
}

/** The statements a record packs, checked for their shape (their figures were checked when data/ was read). */
export function unpackOrganization(record: OrganizationRecord): OrganizationEntry {
  const value: unknown = JSON.parse(record.statements);
  if (!Array.isArray(value) || !value.every(isPackedStatement)) throw new Error(`The packed statements of "${record.organization.id}" are not a list of statements: rebuild the content store (astro sync)`);
  const organization = record.organization.id;
  const statements = value.map(({ kind, set, periodStart, periodEnd, sources, lines, amounts, printed }): Statement => ({
    organization,
    kind,
    set,
    periodStart,
    periodEnd,
    sources,
    amounts: new Map(lines.map((line, i) => [line, amounts[i] ?? null])),
    printed: new Map(printed),
  }));
  return { organization: record.organization, status: record.status, statements, findings: record.findings };
}

function isPackedStatement(value: unknown): value is PackedStatement {
  if (typeof value !== "object" || value === null) return false;
  const s = value as Record<string, unknown>;
  return typeof s["kind"] === "string" && typeof s["set"] === "string" && typeof s["periodStart"] === "string" && typeof s["periodEnd"] === "string" && Array.isArray(s["lines"]) && Array.isArray(s["amounts"]) && Array.isArray(s["printed"]) && Array.isArray(s["sources"]);
}
