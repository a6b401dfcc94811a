/**
 * One kind of statement of one organisation as a financial table: its lines in form order, totals marked,
 * periods side by side, and the change from the previous period to the latest, in thousands of tenge as
 * the forms print them.
 */
import type { OrganizationEntry } from "../data/organization-entries.ts";
import type { Locale } from "../data/schema.ts";
import { resolveAmounts, type StatementAmounts } from "../data/statement-amounts.ts";
import { columnFractionDigits, formatFixed, formatPercent, formatPeriod } from "../i18n/format-value.ts";
import type { KindView } from "./organizations.ts";

export interface StatementColumn {
  label: string;
  start: string;
  end: string;
  sources: string[];
}

export interface StatementRow {
  code: string;
  name: string;
  isTotal: boolean;
  /** Lines that add into a total are indented under it. */
  indented: boolean;
  cells: { text: string; computed: boolean }[];
  change: string;
  percentChange: string;
}

export interface StatementTable {
  kind: KindView;
  columns: StatementColumn[];
  rows: StatementRow[];
  /** True when some total is not printed in the statement and the site added up its lines. */
  hasComputed: boolean;
}

/** Shown where a statement has no figure for a line. */
export const NO_FIGURE = "—";

export interface KindStatements {
  columns: StatementColumn[];
  amounts: StatementAmounts[];
}

/** The pages of one organisation (three languages) ask for the same statements for tables, ratios and charts. */
let cache: { entry: OrganizationEntry; amounts: Map<string, StatementAmounts[]>; columns: Map<string, StatementColumn[]> } | undefined;

/** The statements of one kind, oldest first, with every line's amount resolved. */
export function statementsOfKind(entry: OrganizationEntry, kind: KindView, locale: Locale): KindStatements {
  if (cache?.entry !== entry) cache = { entry, amounts: new Map(), columns: new Map() };
  const statements = entry.statements.filter((s) => s.kind === kind.kind.id).sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  let amounts = cache.amounts.get(kind.kind.id);
  if (!amounts) cache.amounts.set(kind.kind.id, (amounts = statements.map((s) => resolveAmounts(s.amounts, kind.accounts))));
  const key = `${kind.kind.id}|${locale}`;
  let columns = cache.columns.get(key);
  if (!columns) cache.columns.set(key, (columns = statements.map((s) => ({ label: formatPeriod(s.periodStart, s.periodEnd, locale), start: s.periodStart, end: s.periodEnd, sources: s.sources }))));
  return { columns, amounts };
}

export function statementTable(entry: OrganizationEntry, kind: KindView, locale: Locale): StatementTable {
  const { columns, amounts } = statementsOfKind(entry, kind, locale);
  const thousands = (value: number): number => value / 1000;
  const inThousands: number[] = [];
  for (const statement of amounts) for (const { value } of statement.values()) inThousands.push(thousands(value));
  const digits = columnFractionDigits(inThousands);
  const amount = (value: number): string => formatFixed(thousands(value), locale, digits);
  const rows: StatementRow[] = [];
  for (const item of kind.accounts.items) {
    const values = amounts.map((a) => a.get(item.code));
    if (values.every((v) => v === undefined)) continue;
    const latest = values.at(-1);
    const previous = values.length > 1 ? values.at(-2) : undefined;
    const change = latest && previous ? latest.value - previous.value : null;
    rows.push({
      code: item.code,
      name: item.name[locale],
      isTotal: item.isTotal,
      indented: item.parent !== null && !item.isTotal,
      cells: values.map((v) => (v ? { text: amount(v.value), computed: v.computed } : { text: NO_FIGURE, computed: false })),
      change: change === null ? NO_FIGURE : formatFixed(thousands(change), locale, digits, true),
      percentChange: change === null || !previous || previous.value === 0 ? NO_FIGURE : formatPercent(change / Math.abs(previous.value), locale, 1, true),
    });
  }
  return { kind, columns, rows, hasComputed: rows.some((r) => r.cells.some((c) => c.computed)) };
}
