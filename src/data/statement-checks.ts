/**
 * Checks on whole statements. A statement must agree with itself — its totals, its balance, its cash
 * movement — or its transcription is wrong: those are errors. Two statements that each agree with
 * themselves but not with each other (one year's closing cash is not the next year's opening cash) is a
 * fact about the published figures: a finding, shown to readers, never stopping the build.
 */
import type { KindAccounts } from "./chart-of-accounts.ts";
import type { DataProblem } from "./problems.ts";
import { resolveAmounts, sumOfLines, type StatementAmounts } from "./statement-amounts.ts";
import type { Statement, StatementFinding } from "./statement-records.ts";
import type { StatementOrigin } from "./statement-rows.ts";
import type { StatementKind } from "./statement-schema.ts";

/** Amounts in messages: "21,532,970 tenge", the same in every terminal. */
export function tenge(value: number): string {
  return `${value.toLocaleString("en-US")} tenge`;
}

function describe(statement: Statement): string {
  return `${statement.kind} of ${statement.organization}, ${statement.periodStart}–${statement.periodEnd}`;
}

export function checkStatement(statement: Statement, kind: StatementKind, accounts: KindAccounts, origin: StatementOrigin): DataProblem[] {
  const amounts = resolveAmounts(statement.amounts, accounts);
  const problems: DataProblem[] = [];
  const at = (code: string | null, rule: string, fix: string): void => {
    const line = (code === null ? undefined : origin.lineOf.get(code)) ?? origin.firstLine;
    problems.push({ severity: "error", file: origin.file, line, column: origin.amountColumn, field: "amount", rule: `${describe(statement)}: ${rule}`, fix });
  };
  for (const item of accounts.items) {
    const total = statement.amounts.get(item.code);
    if (!item.isTotal || typeof total !== "number") continue;
    const sum = sumOfLines(item.code, accounts, (code) => amounts.get(code));
    if (sum === null || sum === total) continue;
    at(item.code, `total line ${item.code} is ${tenge(total)} but its lines add up to ${tenge(sum)} (off by ${tenge(total - sum)})`, "correct the total or its lines so that they agree; data/statements/line-items.csv says which lines add into which total");
  }
  if (kind.balance) checkBalance(kind.balance, amounts, accounts, at);
  if (kind.cash) checkCash(kind.cash, amounts, at);
  return problems;
}

type At = (code: string | null, rule: string, fix: string) => void;

function checkBalance(balance: NonNullable<StatementKind["balance"]>, amounts: StatementAmounts, accounts: KindAccounts, at: At): void {
  const assets = amounts.get(balance.assets);
  const other = amounts.get(balance.liabilitiesAndEquity);
  if (!assets || !other || assets.value === other.value) return;
  const lines = (code: string): string => (accounts.children.get(code) ?? []).map((l) => l.code).join(" + ");
  at(
    balance.assets,
    `assets (${lines(balance.assets)}) are ${tenge(assets.value)} but liabilities and equity (${lines(balance.liabilitiesAndEquity)}) are ${tenge(other.value)} (off by ${tenge(assets.value - other.value)})`,
    "assets must equal liabilities plus equity: correct the lines that were copied wrongly",
  );
}

function checkCash(cash: NonNullable<StatementKind["cash"]>, amounts: StatementAmounts, at: At): void {
  const opening = amounts.get(cash.opening);
  const closing = amounts.get(cash.closing);
  if (!opening || !closing) return;
  const add = (codes: readonly string[]): number => codes.reduce((sum, code) => sum + (amounts.get(code)?.value ?? 0), 0);
  const inflows = add(cash.inflows);
  const outflows = add(cash.outflows);
  const expected = opening.value + inflows - outflows;
  if (expected === closing.value) return;
  at(
    cash.closing,
    `opening cash ${tenge(opening.value)} + inflows ${tenge(inflows)} (${cash.inflows.join(", ")}) − outflows ${tenge(outflows)} (${cash.outflows.join(", ")}) = ${tenge(expected)}, but closing cash is ${tenge(closing.value)} (off by ${tenge(closing.value - expected)})`,
    "correct the figures so that opening cash plus inflows minus outflows equals closing cash",
  );
}

/** The day after an ISO date, as an ISO date. */
function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Where one period's closing cash is not the next period's opening cash, as published. */
export function carryForwardFindings(entries: readonly { statement: Statement; origin: StatementOrigin }[], kinds: ReadonlyMap<string, StatementKind>): StatementFinding[] {
  const byStart = new Map<string, { statement: Statement; origin: StatementOrigin }>();
  for (const entry of entries) byStart.set(`${entry.statement.organization}|${entry.statement.kind}|${entry.statement.periodStart}`, entry);
  const findings: StatementFinding[] = [];
  for (const { statement: previous } of entries) {
    const cash = kinds.get(previous.kind)?.cash;
    if (!cash) continue;
    const next = byStart.get(`${previous.organization}|${previous.kind}|${nextDay(previous.periodEnd)}`);
    const closing = previous.amounts.get(cash.closing);
    const opening = next?.statement.amounts.get(cash.opening);
    if (!next || typeof closing !== "number" || typeof opening !== "number" || closing === opening) continue;
    const { statement, origin } = next;
    findings.push({
      kind: "opening-differs-from-previous-closing",
      organization: statement.organization,
      statement: statement.kind,
      period: { start: statement.periodStart, end: statement.periodEnd },
      previousPeriod: { start: previous.periodStart, end: previous.periodEnd },
      opening,
      previousClosing: closing,
      problem: {
        severity: "finding",
        file: origin.file,
        line: origin.lineOf.get(cash.opening) ?? origin.firstLine,
        column: origin.amountColumn,
        field: "amount",
        rule: `${describe(statement)}: opening cash ${tenge(opening)} differs from the closing cash of ${previous.periodStart}–${previous.periodEnd}, ${tenge(closing)} (off by ${tenge(opening - closing)})`,
        fix: "keep both figures as published; the organisation's page shows this finding to readers",
      },
    });
  }
  return findings;
}
