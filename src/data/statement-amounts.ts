/**
 * A statement's amounts line by line: as published, and for a total the statement leaves out (the balance
 * sheet's uncoded "Balance" rows), the sum of its lines. Shared by the checks and the pages. Pure.
 */
import type { KindAccounts } from "./chart-of-accounts.ts";

export interface LineAmount {
  value: number;
  /** True when the statement does not print this total and the site added up its lines. */
  computed: boolean;
}

export type StatementAmounts = ReadonlyMap<string, LineAmount>;

export function resolveAmounts(amounts: ReadonlyMap<string, number | null>, accounts: KindAccounts): StatementAmounts {
  const resolved = new Map<string, LineAmount>();
  const amountOf = (code: string): LineAmount | undefined => resolved.get(code);
  // Lines before their totals: each total's lines are resolved by the time it is reached.
  for (const { code } of accounts.bottomUp) {
    const published = amounts.get(code);
    if (typeof published === "number") {
      resolved.set(code, { value: published, computed: false });
      continue;
    }
    const sum = sumOfLines(code, accounts, amountOf);
    if (sum !== null) resolved.set(code, { value: sum, computed: true });
  }
  return resolved;
}

/** The signed sum of the lines that add into a total; null when none of them has a value. */
export function sumOfLines(code: string, accounts: KindAccounts, amountOf: (code: string) => LineAmount | null | undefined): number | null {
  let sum = 0;
  let any = false;
  for (const line of accounts.children.get(code) ?? []) {
    const amount = amountOf(line.code);
    if (!amount) continue;
    sum += line.sign * amount.value;
    any = true;
  }
  return any ? sum : null;
}
