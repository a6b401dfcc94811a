/**
 * One kind of statement of one organisation as a financial table: its lines in form order, totals marked,
 * periods side by side, and the change from the previous period to the latest, in thousands of tenge as
 * the forms print them.
 */
import type { OrganizationEntry } from "../data/organization-entries.ts";
import type { Locale } from "../data/schema.ts";
import { resolveAmounts, type StatementAmounts } from "../data/statement-amounts.ts";
import { columnFractionDigits, formatNumber, formatPeriod, numberFormat } from "../i18n/format-value.ts";
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

/** The statements of one kind, oldest first, with every line's amount resolved. */
export function statementsOfKind(entry: OrganizationEntry, kind: KindView, locale: Locale): { columns: StatementColumn[]; amounts: StatementAmounts[] } {
  const statements = entry.statements.filter((s) => s.kind === kind.kind.id).sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  return {
    columns: statements.map((s) => ({ label: formatPeriod(s.periodStart, s.periodEnd, locale), start: s.periodStart, end: s.periodEnd, sources: s.sources })),
    amounts: statements.map((s) => resolveAmounts(s.amounts, kind.accounts)),
  };
}

export function statementTable(entry: OrganizationEntry, kind: KindView, locale: Locale): StatementTable {
  const { columns, amounts } = statementsOfKind(entry, kind, locale);
  const thousands = (value: number): number => value / 1000;
  const digits = Math.min(2, columnFractionDigits(amounts.flatMap((a) => [...a.values()].map((v) => thousands(v.value)))));
  const amount = (value: number): string => formatNumber(thousands(value), locale, digits, digits);
  const signed = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: "exceptZero" });
  const percent = numberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
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
      change: change === null ? NO_FIGURE : signed.format(thousands(change)),
      percentChange: change === null || !previous || previous.value === 0 ? NO_FIGURE : percent.format(change / Math.abs(previous.value)),
    });
  }
  return { kind, columns, rows, hasComputed: rows.some((r) => r.cells.some((c) => c.computed)) };
}
