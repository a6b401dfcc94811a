/**
 * The statement checks, pinned with their messages: statements that agree with themselves pass; each
 * broken statement is refused at the line that breaks it; a closing balance that is not the next opening
 * balance is a finding, not an error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { PROJECT_ROOT, runCheckData } from "../support/data-fixture.ts";
import { readDataCatalog } from "../../src/data/load-catalog.ts";
import { formatProblem } from "../../src/data/problems.ts";
import { BALANCED_SHEET, CONSISTENT_PL, RECONCILED_CASH, REGISTRY_HEADER, TEST_ORG, change, problemsIn, rows, statementData, yearFile } from "../support/statement-fixture.ts";

const FILE = "data/statements/test-set/2023.csv";

describe("statements that agree with themselves", () => {
  test.each([
    ["a balance sheet that balances", rows("balance-sheet", 2023, BALANCED_SHEET)],
    ["a statement of profit or loss whose totals add up", rows("profit-loss", 2023, CONSISTENT_PL)],
    ["a cash report that reconciles opening to closing cash", rows("cash-report", 2023, RECONCILED_CASH)],
    ["a balance sheet without its totals (the site adds them up)", rows("balance-sheet", 2023, [["010", 100], ["121", 900], ["214", 400], ["410", 600]])],
    ["a line printed as a dash, left blank", rows("cash-report", 2023, change(RECONCILED_CASH, { "receipts-covid": "" }))],
  ])("%s passes", (_, body) => {
    expect(problemsIn(statementData(yearFile(2023, body)))).toEqual([]);
  });

  test("amounts converted once from the printed unit pass when they match the printed figure", () => {
    const set = { id: "test-set", status: "official", title: { kk: "т", ru: "т", en: "t" }, description: { kk: "т", ru: "т", en: "t" }, licence: "CC-BY-4.0", printedUnit: { factor: 1000, label: { kk: "мың теңге", ru: "тыс. тенге", en: "thousand tenge" } } };
    const body = 'test-hospital,2023-01-01,2023-12-31,cash-report,opening-cash,21532970,"21 532,97",Остаток средств,test-source';
    expect(problemsIn(statementData({ "statements/test-set/statements.json": JSON.stringify(set), ...yearFile(2023, body) }))).toEqual([]);
  });
});

describe("broken statements are refused, located at the line that breaks them", () => {
  test.each([
    [
      "a total that is not the sum of its lines",
      rows("balance-sheet", 2023, change(BALANCED_SHEET, { "016": 200001 })),
      `${FILE}:4:6 amount — balance-sheet of test-hospital, 2023-01-01–2023-12-31: total line 100 is 300,000 tenge but its lines add up to 300,001 tenge (off by -1 tenge) — correct the total or its lines so that they agree; data/statements/line-items.csv says which lines add into which total`,
    ],
    [
      "assets that are not liabilities plus equity",
      rows("balance-sheet", 2023, change(BALANCED_SHEET, { "010": 100500, "100": 300500 })),
      `${FILE}:2:6 amount — balance-sheet of test-hospital, 2023-01-01–2023-12-31: assets (100 + 101 + 200) are 1,000,500 tenge but liabilities and equity (300 + 301 + 400 + 500) are 1,000,000 tenge (off by 500 tenge) — assets must equal liabilities plus equity: correct the lines that were copied wrongly`,
    ],
    [
      "a profit that does not follow from revenue and costs",
      rows("profit-loss", 2023, change(CONSISTENT_PL, { "011": 750000 })),
      `${FILE}:4:6 amount — profit-loss of test-hospital, 2023-01-01–2023-12-31: total line 012 is 200,000 tenge but its lines add up to 250,000 tenge (off by -50,000 tenge) — correct the total or its lines so that they agree; data/statements/line-items.csv says which lines add into which total`,
    ],
    [
      "a cash report that does not reconcile",
      rows("cash-report", 2023, change(RECONCILED_CASH, { "closing-cash": 210000 })),
      `${FILE}:9:6 amount — cash-report of test-hospital, 2023-01-01–2023-12-31: opening cash 100,000 tenge + inflows 1,000,000 tenge (receipts, guarantee-deposits-received) − outflows 900,000 tenge (payments, guarantee-deposits-returned) = 200,000 tenge, but closing cash is 210,000 tenge (off by 10,000 tenge) — correct the figures so that opening cash plus inflows minus outflows equals closing cash`,
    ],
    [
      "a line code the chart of accounts does not have",
      rows("balance-sheet", 2023, [["999", 5]]),
      `${FILE}:2:5 line — line "999" is not in the chart of accounts of balance-sheet — use a line code of balance-sheet from data/statements/line-items.csv, or add the line there`,
    ],
    [
      "an organisation the registry does not have",
      rows("balance-sheet", 2023, [["010", 5]], "nobody"),
      `${FILE}:2:1 organization — "nobody" is not a code of the "organizations" code list — use one of: test-hospital (or add the code to the list)`,
    ],
    [
      "two values for one organisation, period and line",
      `${rows("cash-report", 2023, [["opening-cash", 5]])}\n${rows("cash-report", 2023, [["opening-cash", 6]])}`,
      `${FILE}:3:1 organization+period_start+period_end+statement+line — duplicate primary key organization=test-hospital, period_start=2023-01-01, period_end=2023-12-31, statement=cash-report, line=opening-cash, first on line 2 — keep one row per key: remove the duplicate or correct its key`,
    ],
    [
      "an amount that is not whole tenge",
      rows("cash-report", 2023, [["opening-cash", "21532.97"]]),
      `${FILE}:2:6 amount — 21532.97 is not a whole number of tenge — store amounts in whole tenge: convert the source's unit once (thousands × 1000) and keep the printed figure in amount_as_printed`,
    ],
    [
      "a period filed under another year",
      rows("cash-report", 2022, [["opening-cash", 5]]),
      `${FILE}:2:3 period_end — the period ends in 2022 but the file is 2023.csv — move the row to 2022.csv: each file holds the periods that end in its year`,
    ],
    [
      "an amount that is not the figure as printed",
      'test-hospital,2023-01-01,2023-12-31,cash-report,opening-cash,21532000,"21 532,97",Остаток средств,test-source',
      `${FILE}:2:6 amount — the amount 21532000 is not the printed figure "21 532,97" × 1 = 21533 — copy the amount again from the source`,
    ],
  ])("%s", (_, body, message) => {
    expect(problemsIn(statementData(yearFile(2023, body)))).toEqual([message]);
  });

  test("a second copy of a statement in another set is refused", () => {
    const other = { "statements/other-set/statements.json": JSON.stringify({ id: "other-set", status: "official", title: { kk: "т", ru: "т", en: "t" }, description: { kk: "т", ru: "т", en: "t" }, licence: "CC-BY-4.0" }) };
    const files = { ...yearFile(2023, rows("cash-report", 2023, RECONCILED_CASH)), ...other, "statements/other-set/2023.csv": `${yearFile(2023, rows("cash-report", 2023, RECONCILED_CASH))["statements/test-set/2023.csv"]}` };
    expect(problemsIn(statementData(files))).toEqual([
      "data/statements/test-set/2023.csv:2:1 organization — cash-report of test-hospital, 2023-01-01–2023-12-31 is also in data/statements/other-set/2023.csv (from line 2) — keep one value per organisation, period, statement and line: remove one copy",
    ]);
  });

  test("example statements may not name a real organisation", () => {
    const set = { id: "test-set", status: "example", title: { kk: "т", ru: "т", en: "t" }, description: { kk: "т", ru: "т", en: "t" }, licence: "CC-BY-4.0" };
    const files = { "statements/test-set/statements.json": JSON.stringify(set), ...yearFile(2023, rows("cash-report", 2023, RECONCILED_CASH)) };
    expect(problemsIn(statementData(files))[0]).toBe(
      `${FILE}:2:1 organization — example statements name "test-hospital", which is not one of this set's own made-up organisations — list made-up organisations in data/statements/test-set/organizations.csv; real organisations never get example figures`,
    );
  });
});

describe("the registry and the chart of accounts", () => {
  test("a BIN with a wrong check digit is refused", () => {
    const registry = `${REGISTRY_HEADER}\n${TEST_ORG.replace("test-hospital,,", "test-hospital,510540000024,")}\n`;
    expect(problemsIn(statementData({ "organizations/organizations.csv": registry }))).toEqual([
      'data/organizations/organizations.csv:2:2 bin — BIN "510540000024" is not 12 digits with a valid check digit — copy the BIN again from the statement or the national register, or leave the cell blank if it is not known',
    ]);
  });

  test("the Almaty Mental Health Centre's BIN, read from its seal, has a valid check digit", () => {
    const registry = `${REGISTRY_HEADER}\n${TEST_ORG.replace("test-hospital,,", "test-hospital,510540000023,")}\n`;
    expect(problemsIn(statementData({ "organizations/organizations.csv": registry }))).toEqual([]);
  });

  test.each([
    ["a line adding into a total that does not exist", "balance-sheet,999,998,plus,а,а,a,false", "data/statements/line-items.csv:146:3 parent — line 999 adds into 998, which is not a line of balance-sheet — add line 998 to balance-sheet or correct the parent"],
    ["a total that nothing adds into", "cash-report,lonely-total,,,а,а,a,true", "data/statements/line-items.csv:146:8 is_total — line lonely-total is marked as a total but no line adds into it — name lonely-total as the parent of its lines, or set is_total to false"],
    ["a line with a parent but no sign", "cash-report,payments-x,payments,,а,а,a,false", 'data/statements/line-items.csv:146:4 sign — line payments-x adds into payments but has no sign — write "plus" if it adds to the total, "minus" if it is subtracted from it'],
  ])("%s is refused", (_, line, message) => {
    const chart = readFileSync(join(PROJECT_ROOT, "data/statements/line-items.csv"), "utf8");
    expect(problemsIn(statementData({ "statements/line-items.csv": `${chart}${line}\n` }))).toEqual([message]);
  });

  test("statement-kinds.json may only name lines of the chart of accounts", () => {
    const kinds = readFileSync(join(PROJECT_ROOT, "data/statements/statement-kinds.json"), "utf8").replace('"numerator": ["100"]', '"numerator": ["199"]');
    const line = kinds.split("\n").findIndex((l) => l.includes('"199"')) + 1;
    expect(problemsIn(statementData({ "statements/statement-kinds.json": kinds }))).toEqual([
      `data/statements/statement-kinds.json:${line}:25 kinds.0.ratios.0.numerator.0 — line "199" is not in the chart of accounts of balance-sheet — add it to data/statements/line-items.csv or name a line of balance-sheet`,
    ]);
  });
});

describe("statements that agree with themselves but not with each other", () => {
  const closing2022 = rows("cash-report", 2022, change(RECONCILED_CASH, { "closing-cash": 200000 }));
  const opening2023 = rows("cash-report", 2023, change(RECONCILED_CASH, { "opening-cash": 150000, "closing-cash": 250000 }));
  const files = { ...yearFile(2022, closing2022), ...yearFile(2023, opening2023) };
  const FINDING =
    "data/statements/test-set/2023.csv:2:6 amount — cash-report of test-hospital, 2023-01-01–2023-12-31: opening cash 150,000 tenge differs from the closing cash of 2022-01-01–2022-12-31, 200,000 tenge (off by -50,000 tenge) — keep both figures as published; the organisation's page shows this finding to readers";

  test("an opening balance that is not the previous closing balance is a finding, located at the opening line", () => {
    const { problems, catalog } = readDataCatalog(statementData(files));
    expect(problems.map(formatProblem)).toEqual([FINDING]);
    expect(problems.map((p) => p.severity)).toEqual(["finding"]);
    expect(catalog.statements.findings).toMatchObject([{ organization: "test-hospital", statement: "cash-report", opening: 150000, previousClosing: 200000, period: { start: "2023-01-01" }, previousPeriod: { end: "2022-12-31" } }]);
  });

  test("check:data prints the finding and still exits 0", () => {
    const result = runCheckData(statementData(files));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    // the CLI prints paths relative to where it runs: compare from the set's folder on
    expect(result.stdout).toContain(FINDING.slice(FINDING.indexOf("test-set/")));
    expect(result.stdout).toMatch(/^finding: .*test-set\/2023\.csv:2:6 amount/m);
    expect(result.stdout).toContain("1 organisations, 2 statements, 1 finding(s) about published figures");
  });

  test("check:data exits 1 on a statement that does not agree with itself", () => {
    const result = runCheckData(statementData(yearFile(2023, rows("cash-report", 2023, change(RECONCILED_CASH, { "closing-cash": 1 })))));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("2023.csv:9:6 amount — cash-report of test-hospital, 2023-01-01–2023-12-31: opening cash 100,000 tenge");
    expect(result.stderr).toContain("nothing was built");
  });
});
