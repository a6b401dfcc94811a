/**
 * A year file of a statement set, data/statements/<set>/<year>.csv: one row per organisation, period,
 * statement and line code, as in the depository's forms. Read with the shared CSV rules, then each row
 * is checked against the chart of accounts, its file's year, whole tenge and the figure as printed.
 */
import type { ChartOfAccounts } from "./chart-of-accounts.ts";
import type { DataProblem } from "./problems.ts";
import type { Organization, Statement } from "./statement-records.ts";
import type { StatementSetMeta } from "./statement-schema.ts";
import { checkCsvRows, type CsvLayout } from "./validate-dataset.ts";

const label = (kk: string, ru: string, en: string) => ({ kk, ru, en });

export const STATEMENT_ROW_LAYOUT: CsvLayout = {
  primaryKey: ["organization", "period_start", "period_end", "statement", "line"],
  missingValues: [],
  fields: [
    { name: "organization", type: "code", codelist: "organizations", required: true, label: label("Ұйым", "Организация", "Organisation") },
    { name: "period_start", type: "date", required: true, label: label("Кезеңнің басы", "Начало периода", "Period start") },
    { name: "period_end", type: "date", required: true, label: label("Кезеңнің соңы", "Конец периода", "Period end") },
    { name: "statement", type: "code", codelist: "statement-kinds", required: true, label: label("Есеп түрі", "Вид отчёта", "Statement") },
    { name: "line", type: "string", required: true, label: label("Жол коды", "Код строки", "Line code") },
    { name: "amount", type: "number", required: false, label: label("Сома, теңге", "Сумма, тенге", "Amount, tenge") },
    { name: "amount_as_printed", type: "string", required: false, label: label("Басылған сома", "Сумма как напечатано", "Amount as printed") },
    { name: "line_as_printed", type: "string", required: false, label: label("Басылған жол атауы", "Строка как напечатано", "Line as printed") },
    { name: "source", type: "source", required: true, label: label("Дереккөз", "Источник", "Source") },
  ],
};

/** Where a statement's rows are, so a check on the whole statement can point at the right line. */
export interface StatementOrigin {
  file: string;
  /** The line of the row of each line code. */
  lineOf: Map<string, number>;
  firstLine: number;
  amountColumn: number;
}

export interface YearFileContext {
  set: StatementSetMeta;
  /** The year in the file's name: every period in it ends in that year. */
  year: number;
  organizations: ReadonlyMap<string, Organization>;
  kindIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  chart: ChartOfAccounts;
}

export interface YearFileResult {
  statements: { statement: Statement; origin: StatementOrigin }[];
  problems: DataProblem[];
}

export function readYearFile(bytes: Uint8Array, file: string, ctx: YearFileContext): YearFileResult {
  const codes = new Map<string, ReadonlySet<string>>([
    ["organizations", new Set(ctx.organizations.keys())],
    ["statement-kinds", ctx.kindIds],
  ]);
  const byKey = new Map<string, { statement: Statement; origin: StatementOrigin }>();
  const factor = ctx.set.printedUnit?.factor ?? 1;
  // Located once the header is known (rows are checked as they are read, before the end of the file).
  const rowProblems: { line: number; field: string; rule: string; fix: string }[] = [];
  let line = 1;
  let last: { statement: Statement; origin: StatementOrigin } | undefined;
  const at = (field: string, rule: string, fix: string): void => void rowProblems.push({ line, field, rule, fix });
  const checked = checkCsvRows(STATEMENT_ROW_LAYOUT, bytes, file, { codes, sourceIds: ctx.sourceIds }, (row, rowLine) => {
    line = rowLine;
    const organization = String(row["organization"]);
    const kind = String(row["statement"]);
    const code = String(row["line"]);
    const periodStart = String(row["period_start"]);
    const periodEnd = String(row["period_end"]);
    const amount = typeof row["amount"] === "number" ? row["amount"] : null;
    const printedAmount = typeof row["amount_as_printed"] === "string" ? row["amount_as_printed"] : null;
    if (ctx.set.status === "example" && ctx.organizations.get(organization)?.set !== ctx.set.id) {
      return at("organization", `example statements name "${organization}", which is not one of this set's own made-up organisations`, `list made-up organisations in data/statements/${ctx.set.id}/organizations.csv; real organisations never get example figures`);
    }
    if (!ctx.chart.get(kind)?.byCode.has(code)) {
      return at("line", `line "${code}" is not in the chart of accounts of ${kind}`, `use a line code of ${kind} from data/statements/line-items.csv, or add the line there`);
    }
    if (Number(periodEnd.slice(0, 4)) !== ctx.year) {
      return at("period_end", `the period ends in ${periodEnd.slice(0, 4)} but the file is ${ctx.year}.csv`, `move the row to ${periodEnd.slice(0, 4)}.csv: each file holds the periods that end in its year`);
    }
    if (amount !== null && !Number.isInteger(amount)) {
      return at("amount", `${amount} is not a whole number of tenge`, "store amounts in whole tenge: convert the source's unit once (thousands × 1000) and keep the printed figure in amount_as_printed");
    }
    const printedProblem = printedAmount === null ? null : checkPrinted(printedAmount, amount, factor);
    if (printedProblem) return at("amount", printedProblem, factor === 1 ? "copy the amount again from the source" : `amount is the printed figure × ${factor} (the set's printedUnit): copy it again from the source`);

    // A statement's rows usually follow one another: only a new statement needs its key built and looked up.
    const previous = last?.statement;
    let entry = previous && previous.organization === organization && previous.kind === kind && previous.periodStart === periodStart && previous.periodEnd === periodEnd ? last : undefined;
    const key = entry ? "" : `${organization}|${kind}|${periodStart}|${periodEnd}`;
    entry ??= byKey.get(key);
    if (!entry) {
      entry = {
        statement: { organization, kind, set: ctx.set.id, periodStart, periodEnd, amounts: new Map(), printed: new Map(), sources: [] },
        origin: { file, lineOf: new Map(), firstLine: line, amountColumn: 0 },
      };
      byKey.set(key, entry);
    }
    last = entry;
    const { statement, origin } = entry;
    statement.amounts.set(code, amount);
    const printedLine = typeof row["line_as_printed"] === "string" ? row["line_as_printed"] : null;
    if (printedAmount !== null || printedLine !== null) statement.printed.set(code, { amount: printedAmount, line: printedLine });
    const source = String(row["source"]);
    if (!statement.sources.includes(source)) statement.sources.push(source);
    origin.lineOf.set(code, line);
  });
  const column = (name: string): number => checked.header.indexOf(name) + 1;
  const problems: DataProblem[] = [...checked.problems, ...rowProblems.map((p) => ({ severity: "error" as const, file, line: p.line, column: column(p.field), field: p.field, rule: p.rule, fix: p.fix }))];
  const statements = [...byKey.values()];
  for (const { origin } of statements) origin.amountColumn = column("amount");
  return { statements, problems };
}

/** Why an amount disagrees with the figure the source printed, or null when they agree. */
function checkPrinted(printed: string, amount: number | null, factor: number): string | null {
  if (/^[-–—]$/.test(printed.trim())) {
    return amount === null ? null : `the source printed a dash, but the amount is ${amount}`;
  }
  const value = parsePrintedNumber(printed);
  if (value === null) return `the printed figure ${JSON.stringify(printed)} cannot be read as a number`;
  const expected = Math.round(value * factor);
  if (amount === expected) return null;
  return `the amount ${amount ?? "(blank)"} is not the printed figure ${JSON.stringify(printed)} × ${factor} = ${expected}`;
}

/** "2 410 589,20" or "2,410,589.20" as the source printed it → 2410589.2; null when it is not a number. */
export function parsePrintedNumber(printed: string): number | null {
  const compact = printed.replace(/[\s\u00A0\u202F]/g, "");
  const decimalComma = /^-?\d+(,\d+)?$/.test(compact);
  const normalised = decimalComma ? compact.replace(",", ".") : compact.replace(/,(?=\d{3}(\D|$))/g, "");
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : null;
}
