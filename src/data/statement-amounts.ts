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
  const resolved = new Map<string, LineAmount | null>();
  const resolve = (code: string): LineAmount | null => {
    const known = resolved.get(code);
    if (known !== undefined) return known;
    resolved.set(code, null); // guards against a cycle; the chart of accounts refuses them anyway
    const published = amounts.get(code);
    const sum = published === undefined || published === null ? sumOfLines(code, accounts, resolve) : null;
    const amount = typeof published === "number" ? { value: published, computed: false } : sum === null ? null : { value: sum, computed: true };
    resolved.set(code, amount);
    return amount;
  };
  for (const item of accounts.items) resolve(item.code);
  return new Map([...resolved].filter((entry): entry is [string, LineAmount] => entry[1] !== null));
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
