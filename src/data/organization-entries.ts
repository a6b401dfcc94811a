/**
 * The statement catalog regrouped for the content layer: one entry per organisation (its statements
 * packed as one JSON text) and one per statement kind; and the unpacking a page does.
 */
import type { z } from "zod";
import type { findingEntrySchema, organizationEntrySchema, statementKindEntrySchema } from "./collection-schemas.ts";
import { chartOfAccounts } from "./chart-of-accounts.ts";
import type { DatasetStatus } from "./schema.ts";
import { latestRatios } from "./statement-ratios.ts";
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
  const chart = chartOfAccounts(catalog.lineItems);
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
      summary: { kinds, start: starts[0] ?? null, end: ends.at(-1) ?? null, latest: latestRatios(statements, catalog.kinds, chart) },
      statements: packStatements(statements),
    };
  });
}

export function statementKindEntries(catalog: StatementCatalog): StatementKindEntry[] {
  return catalog.kinds.map((kind) => ({ kind, lines: catalog.lineItems.filter((l) => l.statement === kind.id) }));
}

/**
 * An organisation's statements of one kind as packed text holds them: the line codes once, then each
 * period's amounts in that order (false where the period has no such line, null where it printed a
 * dash). About half the size of the statements as objects, and the content store holds 10,000 of them.
 */
interface PackedKind {
  kind: string;
  lines: string[];
  periods: { set: string; start: string; end: string; sources: string[]; amounts: (number | null | false)[]; printed: [string, { amount: string | null; line: string | null }][] }[];
}

export function packStatements(statements: readonly Statement[]): string {
  const byKind = new Map<string, PackedKind>();
  // Line codes already listed, per kind: a statement has dozens of lines, and 10,000 organisations five years of them.
  const listed = new Map<string, Set<string>>();
  for (const s of statements) {
    let packed = byKind.get(s.kind);
    let lines = listed.get(s.kind);
    if (!packed || !lines) {
      byKind.set(s.kind, (packed = { kind: s.kind, lines: [], periods: [] }));
      listed.set(s.kind, (lines = new Set()));
    }
    for (const line of s.amounts.keys()) {
      if (lines.has(line)) continue;
      lines.add(line);
      packed.lines.push(line);
    }
  }
  for (const s of statements) {
    const packed = byKind.get(s.kind);
    const amounts = packed?.lines.map((line) => (s.amounts.has(line) ? (s.amounts.get(line) ?? null) : false)) ?? [];
    packed?.periods.push({ set: s.set, start: s.periodStart, end: s.periodEnd, sources: s.sources, amounts, printed: [...s.printed] });
  }
  return JSON.stringify([...byKind.values()]);
}

/** The statements a record packs, checked for their shape (their figures were checked when data/ was read). */
export function unpackOrganization(record: OrganizationRecord): OrganizationEntry {
  const value: unknown = JSON.parse(record.statements);
  if (!Array.isArray(value) || !value.every(isPackedKind)) throw new Error(`The packed statements of "${record.organization.id}" are not a list of statements: rebuild the content store (astro sync)`);
  const organization = record.organization.id;
  const statements = value.flatMap(({ kind, lines, periods }) =>
    periods.map((p): Statement => {
      const amounts = new Map<string, number | null>();
      lines.forEach((line, i) => {
        const amount = p.amounts[i];
        if (amount !== false && amount !== undefined) amounts.set(line, amount);
      });
      return { organization, kind, set: p.set, periodStart: p.start, periodEnd: p.end, sources: p.sources, amounts, printed: new Map(p.printed) };
    }),
  );
  return { organization: record.organization, status: record.status, statements, findings: record.findings };
}

function isPackedKind(value: unknown): value is PackedKind {
  if (typeof value !== "object" || value === null) return false;
  const k = value as Record<string, unknown>;
  return typeof k["kind"] === "string" && Array.isArray(k["lines"]) && Array.isArray(k["periods"]);
}
