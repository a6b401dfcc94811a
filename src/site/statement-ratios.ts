/** Key ratios of a statement, as statement-kinds.json defines them: sums of lines divided, times a factor. */
import type { OrganizationEntry } from "../data/organization-entries.ts";
import type { Locale } from "../data/schema.ts";
import { resolveAmounts, type StatementAmounts } from "../data/statement-amounts.ts";
import type { Statement } from "../data/statement-records.ts";
import type { RatioSpec, RatioUnit } from "../data/statement-schema.ts";
import { formatFixed, formatPercent } from "../i18n/format-value.ts";
import { t } from "../i18n/translate.ts";
import type { KindView, OrganizationCatalog } from "./organizations.ts";
import { NO_FIGURE, statementsOfKind, type StatementColumn } from "./statement-table.ts";

/** A ratio's value, or null when a line it needs is missing or the denominator is zero. */
export function ratioValue(ratio: RatioSpec, amounts: StatementAmounts): number | null {
  const sum = (terms: readonly string[]): number | null => {
    let total = 0;
    let any = false;
    for (const term of terms) {
      const amount = amounts.get(term.replace(/^-/, ""));
      if (!amount) continue;
      total += term.startsWith("-") ? -amount.value : amount.value;
      any = true;
    }
    return any ? total : null;
  };
  const numerator = sum(ratio.numerator);
  const denominator = sum(ratio.denominator);
  if (numerator === null || denominator === null || denominator === 0) return null;
  return (numerator / denominator) * ratio.factor;
}

export function formatRatio(value: number | null, unit: RatioUnit, locale: Locale): string {
  if (value === null) return NO_FIGURE;
  switch (unit) {
    case "percent":
      return formatPercent(value / 100, locale, 1);
    case "ratio":
      return formatFixed(value, locale, 2);
    case "days":
      return t(locale, "ratio.days", { value: formatFixed(value, locale, 0) });
  }
}

export interface RatioRow {
  ratio: RatioSpec;
  cells: string[];
}

/** Every ratio of one kind, one column per period. */
export function ratioTable(entry: OrganizationEntry, kind: KindView, locale: Locale): { columns: StatementColumn[]; rows: RatioRow[] } {
  const { columns, amounts } = statementsOfKind(entry, kind, locale);
  return { columns, rows: kind.kind.ratios.map((ratio) => ({ ratio, cells: amounts.map((a) => formatRatio(ratioValue(ratio, a), ratio.unit, locale)) })) };
}

export interface LatestRatio {
  value: number | null;
  ratio: RatioSpec;
  period: { start: string; end: string };
}

/** Each ratio id at the organisation's latest period that has the statement it needs. */
export function latestRatios(entry: OrganizationEntry, catalog: OrganizationCatalog): Map<string, LatestRatio> {
  const latest = new Map<string, LatestRatio>();
  for (const kind of catalog.kinds.values()) {
    // The comparison reads every organisation: resolve only each kind's latest statement.
    const last = entry.statements.filter((s) => s.kind === kind.kind.id).reduce<Statement | undefined>((a, s) => (a && a.periodStart > s.periodStart ? a : s), undefined);
    if (!last) continue;
    const amounts = resolveAmounts(last.amounts, kind.accounts);
    for (const ratio of kind.kind.ratios) latest.set(ratio.id, { value: ratioValue(ratio, amounts), ratio, period: { start: last.periodStart, end: last.periodEnd } });
  }
  return latest;
}
