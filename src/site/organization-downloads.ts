/**
 * An organisation's downloads: its statement rows as CSV in the layout of data/statements/<set>/<year>.csv
 * (so a download can be checked and re-published as it is), and JSON with the registry facts, statements,
 * findings and sources.
 */
import { csvFormatRows } from "d3-dsv";
import type { OrganizationEntry } from "../data/organization-entries.ts";
import type { Source } from "../data/schema.ts";
import type { Statement } from "../data/statement-records.ts";
import { STATEMENT_ROW_LAYOUT } from "../data/statement-rows.ts";
import type { KindView, OrganizationCatalog } from "./organizations.ts";

export function organizationCsv(entry: OrganizationEntry, catalog: OrganizationCatalog): string {
  const rows: string[][] = [STATEMENT_ROW_LAYOUT.fields.map((f) => f.name)];
  for (const statement of entry.statements) {
    const lines = catalog.kinds.get(statement.kind)?.accounts.items ?? [];
    for (const { code } of lines) {
      if (!statement.amounts.has(code)) continue;
      const amount = statement.amounts.get(code);
      const printed = statement.printed.get(code);
      // A statement cites its source per row; the first source stands for rows that share it.
      rows.push([statement.organization, statement.periodStart, statement.periodEnd, statement.kind, code, amount === null || amount === undefined ? "" : String(amount), printed?.amount ?? "", printed?.line ?? "", statement.sources[0] ?? ""]);
    }
  }
  return `${csvFormatRows(rows)}\n`;
}

export function organizationJson(entry: OrganizationEntry, catalog: OrganizationCatalog, sources: ReadonlyMap<string, Source>): string {
  const cited = [...new Set([entry.organization.source, ...entry.statements.flatMap((s) => s.sources)])];
  const kinds = [...new Set(entry.statements.map((s) => s.kind))].map((id) => catalog.kinds.get(id)).filter((k) => k !== undefined);
  const body = {
    organization: entry.organization,
    status: entry.status,
    unit: "tenge",
    statements: entry.statements.map((s) => statementForReaders(s, catalog)),
    findings: entry.findings,
    chartOfAccounts: kinds.map((k) => ({ statement: k.kind.id, title: k.kind.title, lines: linesUsed(entry, k) })),
    sources: cited.map((id) => sources.get(id)).filter((s) => s !== undefined),
    licence: "CC-BY-4.0",
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The lines this organisation's statements of one kind use, with the totals above them: not all 70 lines of a form. */
function linesUsed(entry: OrganizationEntry, kind: KindView): KindView["lines"] {
  const used = new Set<string>();
  for (const statement of entry.statements) {
    if (statement.kind !== kind.kind.id) continue;
    for (const code of statement.amounts.keys()) {
      for (let line = kind.accounts.byCode.get(code); line && !used.has(line.code); line = line.parent === null ? undefined : kind.accounts.byCode.get(line.parent)) used.add(line.code);
    }
  }
  return kind.lines.filter((l) => used.has(l.code));
}

/** A statement for the JSON download: its lines in form order, each with its amount and what was printed. */
function statementForReaders(statement: Statement, catalog: OrganizationCatalog) {
  const lines = catalog.kinds.get(statement.kind)?.accounts.items ?? [];
  return {
    statement: statement.kind,
    periodStart: statement.periodStart,
    periodEnd: statement.periodEnd,
    set: statement.set,
    sources: statement.sources,
    lines: lines
      .filter((l) => statement.amounts.has(l.code))
      .map((l) => ({ line: l.code, amount: statement.amounts.get(l.code) ?? null, ...(statement.printed.has(l.code) ? { asPrinted: statement.printed.get(l.code) } : {}) })),
  };
}
