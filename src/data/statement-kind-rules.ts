/** statement-kinds.json against the chart of accounts: every line a kind's identities, charts and ratios name exists. */
import type { ChartOfAccounts } from "./chart-of-accounts.ts";
import type { DataProblem } from "./problems.ts";
import { jsonProblem } from "./read-json.ts";
import type { StatementKind } from "./statement-schema.ts";

export function checkKindLines(kinds: readonly StatementKind[], chart: ChartOfAccounts, file: string, text: string): DataProblem[] {
  const problems: DataProblem[] = [];
  kinds.forEach((kind, k) => {
    const lines = chart.get(kind.id)?.byCode;
    const named: [(string | number)[], string][] = [];
    if (kind.balance) named.push([["balance", "assets"], kind.balance.assets], [["balance", "liabilitiesAndEquity"], kind.balance.liabilitiesAndEquity]);
    if (kind.cash) {
      named.push([["cash", "opening"], kind.cash.opening], [["cash", "closing"], kind.cash.closing]);
      kind.cash.inflows.forEach((code, i) => named.push([["cash", "inflows", i], code]));
      kind.cash.outflows.forEach((code, i) => named.push([["cash", "outflows", i], code]));
    }
    kind.charts.structure?.forEach((code, i) => named.push([["charts", "structure", i], code]));
    kind.charts.trends?.forEach((code, i) => named.push([["charts", "trends", i], code]));
    kind.ratios.forEach((ratio, r) => {
      ratio.numerator.forEach((term, i) => named.push([["ratios", r, "numerator", i], term.replace(/^-/, "")]));
      ratio.denominator.forEach((term, i) => named.push([["ratios", r, "denominator", i], term.replace(/^-/, "")]));
    });
    for (const [path, code] of named) {
      if (lines?.has(code)) continue;
      problems.push(jsonProblem(file, text, ["kinds", k, ...path], `line "${code}" is not in the chart of accounts of ${kind.id}`, `add it to data/statements/line-items.csv or name a line of ${kind.id}`));
    }
  });
  return problems;
}
