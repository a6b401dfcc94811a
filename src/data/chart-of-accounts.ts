/**
 * The chart of accounts, data/statements/line-items.csv: one row per line of each kind of statement.
 * Read with the shared CSV rules, then checked as a hierarchy: parents exist in the same statement,
 * no line is its own ancestor, a line is a total exactly when other lines add into it.
 */
import type { DataProblem } from "./problems.ts";
import type { LineItem } from "./statement-records.ts";
import { LINE_CODE } from "./statement-schema.ts";
import { validateDatasetCsv, type CsvLayout } from "./validate-dataset.ts";

const label = (kk: string, ru: string, en: string) => ({ kk, ru, en });

export const LINE_ITEM_LAYOUT: CsvLayout = {
  primaryKey: ["statement", "code"],
  missingValues: [],
  fields: [
    { name: "statement", type: "code", codelist: "statement-kinds", required: true, label: label("Есеп түрі", "Вид отчёта", "Statement") },
    { name: "code", type: "string", required: true, label: label("Жол коды", "Код строки", "Line code") },
    { name: "parent", type: "string", required: false, label: label("Жиынтық жол", "Итоговая строка", "Total it adds into") },
    { name: "sign", type: "code", codelist: "signs", required: false, label: label("Таңба", "Знак", "Sign") },
    { name: "name_kk", type: "string", required: true, label: label("Атауы (қаз.)", "Название (каз.)", "Name (Kazakh)") },
    { name: "name_ru", type: "string", required: true, label: label("Атауы (орыс.)", "Название (рус.)", "Name (Russian)") },
    { name: "name_en", type: "string", required: true, label: label("Атауы (ағыл.)", "Название (англ.)", "Name (English)") },
    { name: "is_total", type: "code", codelist: "booleans", required: true, label: label("Жиынтық", "Итог", "Is a total") },
  ],
};

/** One statement kind's lines in form order, with the lines that add into each total. */
export interface KindAccounts {
  items: LineItem[];
  byCode: Map<string, LineItem>;
  children: Map<string, LineItem[]>;
  /** Every line after the lines that add into it, so that totals are summed in one pass (resolveAmounts). */
  bottomUp: LineItem[];
}

export type ChartOfAccounts = Map<string, KindAccounts>;

/** A kind with no lines yet: how the chart starts each kind, and what a page gets for a kind without one. */
export function emptyKindAccounts(): KindAccounts {
  return { items: [], byCode: new Map(), children: new Map(), bottomUp: [] };
}

export function chartOfAccounts(items: readonly LineItem[]): ChartOfAccounts {
  const chart: ChartOfAccounts = new Map();
  for (const item of items) {
    let kind = chart.get(item.statement);
    if (!kind) chart.set(item.statement, (kind = emptyKindAccounts()));
    kind.items.push(item);
    kind.byCode.set(item.code, item);
  }
  for (const kind of chart.values()) {
    for (const item of kind.items) {
      if (item.parent === null) continue;
      const siblings = kind.children.get(item.parent) ?? [];
      siblings.push(item);
      kind.children.set(item.parent, siblings);
    }
    kind.bottomUp = linesBottomUp(kind);
  }
  return chart;
}

/** Each line's own lines first, then the line; each once, and a cycle (refused by readLineItems) cut. */
function linesBottomUp({ items, children }: Pick<KindAccounts, "items" | "children">): LineItem[] {
  const order: LineItem[] = [];
  const seen = new Set<string>();
  const visit = (item: LineItem): void => {
    if (seen.has(item.code)) return;
    seen.add(item.code);
    for (const child of children.get(item.code) ?? []) visit(child);
    order.push(item);
  };
  for (const item of items) visit(item);
  return order;
}

export function readLineItems(bytes: Uint8Array, file: string, kindIds: ReadonlySet<string>): { items: LineItem[]; problems: DataProblem[] } {
  const codes = new Map<string, ReadonlySet<string>>([
    ["statement-kinds", kindIds],
    ["signs", new Set(["plus", "minus"])],
    ["booleans", new Set(["true", "false"])],
  ]);
  const result = validateDatasetCsv(LINE_ITEM_LAYOUT, bytes, file, { codes, sourceIds: new Set() });
  const problems = [...result.problems];
  const column = (name: string): number => result.header.indexOf(name) + 1;
  const at = (line: number, field: string, rule: string, fix: string): void => {
    problems.push({ severity: "error", file, line, column: column(field), field, rule, fix });
  };
  const items: LineItem[] = [];
  const lineOf = new Map<LineItem, number>();
  result.rows.forEach((row, i) => {
    const line = result.rowLines[i] ?? 1;
    const code = String(row["code"]);
    const parent = typeof row["parent"] === "string" ? row["parent"] : null;
    const sign = row["sign"];
    if (!LINE_CODE.test(code)) return at(line, "code", `line code ${JSON.stringify(code)} has characters other than letters, digits and single hyphens`, 'write the code as the form prints it ("010") or in lowercase words joined by hyphens ("closing-cash")');
    if (parent !== null && sign === null) return at(line, "sign", `line ${code} adds into ${parent} but has no sign`, 'write "plus" if it adds to the total, "minus" if it is subtracted from it');
    if (parent === null && sign !== null) return at(line, "sign", `line ${code} has a sign but no total to add into`, "leave the sign blank, or name the total in parent");
    const item: LineItem = {
      statement: String(row["statement"]),
      code,
      parent,
      sign: sign === "plus" ? 1 : sign === "minus" ? -1 : 0,
      name: { kk: String(row["name_kk"]), ru: String(row["name_ru"]), en: String(row["name_en"]) },
      isTotal: row["is_total"] === "true",
    };
    items.push(item);
    lineOf.set(item, line);
  });
  checkHierarchy(items, (item) => lineOf.get(item) ?? 1, at);
  return { items, problems };
}

type At = (line: number, field: string, rule: string, fix: string) => void;

function checkHierarchy(items: readonly LineItem[], lineOf: (item: LineItem) => number, at: At): void {
  const chart = chartOfAccounts(items);
  for (const [statement, kind] of chart) {
    for (const item of kind.items) {
      const line = lineOf(item);
      if (item.parent !== null && !kind.byCode.has(item.parent)) {
        at(line, "parent", `line ${item.code} adds into ${item.parent}, which is not a line of ${statement}`, `add line ${item.parent} to ${statement} or correct the parent`);
        continue;
      }
      const hasLines = kind.children.has(item.code);
      if (item.isTotal && !hasLines) at(line, "is_total", `line ${item.code} is marked as a total but no line adds into it`, `name ${item.code} as the parent of its lines, or set is_total to false`);
      if (!item.isTotal && hasLines) at(line, "is_total", `lines add into ${item.code} but it is not marked as a total`, "set is_total to true");
      if (isOwnAncestor(item, kind)) at(line, "parent", `line ${item.code} adds, through its parents, into itself`, "correct the parents so that the totals form a tree");
    }
  }
}

function isOwnAncestor(item: LineItem, kind: KindAccounts): boolean {
  const seen = new Set<string>();
  for (let code = item.parent; code !== null; code = kind.byCode.get(code)?.parent ?? null) {
    if (code === item.code) return true;
    if (seen.has(code)) return false; // a cycle above this line, reported on its own lines
    seen.add(code);
  }
  return false;
}
