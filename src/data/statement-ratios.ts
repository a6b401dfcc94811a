/** Key ratios of statements, as statement-kinds.json defines them: sums of lines divided, times a factor. Pure. */
import type { ChartOfAccounts } from "./chart-of-accounts.ts";
import { resolveAmounts, type StatementAmounts } from "./statement-amounts.ts";
import type { Statement } from "./statement-records.ts";
import type { RatioSpec, StatementKind } from "./statement-schema.ts";

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

/** One ratio at an organisation's latest statement of the kind it is computed from. */
export interface LatestRatio {
  ratio: string;
  kind: string;
  value: number | null;
  start: string;
  end: string;
}

/** Every ratio of every kind an organisation publishes, each at that kind's latest period. */
export function latestRatios(statements: readonly Statement[], kinds: readonly StatementKind[], chart: ChartOfAccounts): LatestRatio[] {
  return kinds.flatMap((kind) => {
    const accounts = chart.get(kind.id);
    const last = statements.filter((s) => s.kind === kind.id).reduce<Statement | undefined>((a, s) => (a && a.periodStart > s.periodStart ? a : s), undefined);
    if (!last || !accounts) return [];
    const amounts = resolveAmounts(last.amounts, accounts);
    return kind.ratios.map((ratio) => ({ ratio: ratio.id, kind: kind.id, value: ratioValue(ratio, amounts), start: last.periodStart, end: last.periodEnd }));
  });
}
