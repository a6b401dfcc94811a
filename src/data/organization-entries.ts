/** The statement catalog regrouped for the content layer: one entry per organisation, one per statement kind. */
import type { z } from "zod";
import type { organizationEntrySchema, statementKindEntrySchema } from "./collection-schemas.ts";
import type { DatasetStatus } from "./schema.ts";
import type { Statement, StatementCatalog } from "./statement-records.ts";

export type OrganizationEntry = z.output<typeof organizationEntrySchema>;
export type StatementKindEntry = z.output<typeof statementKindEntrySchema>;

/** Grouped in one pass: the pages of 10,000 organisations must not search the whole list for each one. */
export function organizationEntries(catalog: StatementCatalog): OrganizationEntry[] {
  const setStatus = new Map(catalog.sets.map((s) => [s.meta.id, s.meta.status]));
  const statementsOf = new Map<string, Statement[]>();
  for (const statement of catalog.statements) {
    const list = statementsOf.get(statement.organization) ?? [];
    list.push(statement);
    statementsOf.set(statement.organization, list);
  }
  const findingsOf = new Map<string, OrganizationEntry["findings"]>();
  for (const { organization, kind, statement, period, previousPeriod, opening, previousClosing } of catalog.findings) {
    const list = findingsOf.get(organization) ?? [];
    list.push({ kind, statement, period, previousPeriod, opening, previousClosing });
    findingsOf.set(organization, list);
  }
  return catalog.organizations.map((organization) => {
    const statements = statementsOf.get(organization.id) ?? [];
    const statuses = new Set<DatasetStatus>(statements.map((s) => setStatus.get(s.set) ?? "official"));
    if (organization.set !== null) statuses.add(setStatus.get(organization.set) ?? "example");
    const status: DatasetStatus = statuses.has("example") ? "example" : statuses.has("reference") ? "reference" : "official";
    return { organization, status, statements, findings: findingsOf.get(organization.id) ?? [] };
  });
}

export function statementKindEntries(catalog: StatementCatalog): StatementKindEntry[] {
  return catalog.kinds.map((kind) => ({ kind, lines: catalog.lineItems.filter((l) => l.statement === kind.id) }));
}
