/**
 * Reads data/organizations/ and data/statements/ with the shared rules and runs every statement check.
 * Called by load-catalog.ts, so the build, `npm run check:data` and tests see the same problems.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { chartOfAccounts, readLineItems } from "./chart-of-accounts.ts";
import type { DataProblem } from "./problems.ts";
import { jsonProblem, listDir, readJson, readText } from "./read-json.ts";
import { checkRegistryMeta, readRegistryCsv } from "./read-registry.ts";
import type { Codelist } from "./schema.ts";
import { carryForwardFindings, checkStatement } from "./statement-checks.ts";
import { checkKindLines } from "./statement-kind-rules.ts";
import { EMPTY_STATEMENT_CATALOG, type Organization, type Statement, type StatementCatalog, type StatementSet } from "./statement-records.ts";
import { readYearFile, type StatementOrigin } from "./statement-rows.ts";
import { registryMetaSchema, statementKindsFileSchema, statementSetSchema } from "./statement-schema.ts";

export interface StatementInputs {
  codelists: Readonly<Record<string, Codelist>>;
  sourceIds: ReadonlySet<string>;
  /** Absolute path → path relative to the repository root, for messages. */
  rel: (path: string) => string;
}

const YEAR_FILE = /^(\d{4})\.csv$/;

export function readStatementCatalog(dataDir: string, inputs: StatementInputs): { catalog: StatementCatalog; problems: DataProblem[] } {
  const orgDir = join(dataDir, "organizations");
  const statementsDir = join(dataDir, "statements");
  if (!existsSync(orgDir) && !existsSync(statementsDir)) return { catalog: EMPTY_STATEMENT_CATALOG, problems: [] };
  const problems: DataProblem[] = [];
  const { rel, sourceIds, codelists } = inputs;

  const registryPath = join(orgDir, "organizations.json");
  const registry = readJson(registryPath, rel(registryPath), registryMetaSchema, problems) ?? null;
  const registryOk = registry !== null && pushAll(problems, checkRegistryMeta(registry, rel(registryPath), codelists)) === 0;
  const organizations = new Map<string, Organization>();
  const readRegistry = (path: string, set: string | null): void => {
    if (!registry || !registryOk) return;
    const file = rel(path);
    if (!existsSync(path)) {
      problems.push({ severity: "error", file, line: 1, column: 1, field: "-", rule: "the registry of organisations is missing", fix: "add it with the columns organizations.json declares (see data/README.md)" });
      return;
    }
    const result = readRegistryCsv(registry, readFileSync(path), file, { shared: codelists, sourceIds }, set);
    problems.push(...result.problems);
    for (const org of result.organizations) {
      const other = organizations.get(org.id);
      if (other) problems.push({ severity: "error", file, line: 1, column: 1, field: "id", rule: `organisation id "${org.id}" is also in ${other.set === null ? "data/organizations/organizations.csv" : `the set ${other.set}`}`, fix: "give every organisation one id, listed once" });
      else organizations.set(org.id, org);
    }
  };
  readRegistry(join(orgDir, "organizations.csv"), null);
  if (!existsSync(statementsDir)) return { catalog: { ...EMPTY_STATEMENT_CATALOG, registry, organizations: [...organizations.values()] }, problems };

  const beforeStructure = problems.length;
  const kindsPath = join(statementsDir, "statement-kinds.json");
  const kinds = readJson(kindsPath, rel(kindsPath), statementKindsFileSchema, problems)?.kinds ?? [];
  const kindIds = new Set(kinds.map((k) => k.id));
  const lineItemsPath = join(statementsDir, "line-items.csv");
  let lineItems: StatementCatalog["lineItems"] = [];
  if (kinds.length > 0 && existsSync(lineItemsPath)) {
    const result = readLineItems(readFileSync(lineItemsPath), rel(lineItemsPath), kindIds);
    problems.push(...result.problems);
    lineItems = result.items;
  } else if (kinds.length > 0) {
    problems.push({ severity: "error", file: rel(lineItemsPath), line: 1, column: 1, field: "-", rule: "the chart of accounts is missing", fix: "add data/statements/line-items.csv (see data/README.md)" });
  }
  const chart = chartOfAccounts(lineItems);
  problems.push(...checkKindLines(kinds, chart, rel(kindsPath), readText(kindsPath)));
  if (!registryOk || problems.length > beforeStructure) {
    // Rows cannot be checked against a broken registry declaration, kinds file or chart of accounts: report those first.
    return { catalog: { ...EMPTY_STATEMENT_CATALOG, registry, organizations: [...organizations.values()], kinds, lineItems }, problems };
  }

  const sets: StatementSet[] = [];
  const entries: { statement: Statement; origin: StatementOrigin }[] = [];
  for (const folder of listDir(statementsDir, (n) => statSync(join(statementsDir, n)).isDirectory())) {
    const dir = join(statementsDir, folder);
    const metaPath = join(dir, "statements.json");
    const meta = readJson(metaPath, rel(metaPath), statementSetSchema, problems);
    if (!meta) continue;
    if (meta.id !== folder) {
      problems.push(jsonProblem(rel(metaPath), readText(metaPath), ["id"], `the id "${meta.id}" differs from its folder "${folder}"`, `rename the folder or set "id": "${folder}"`));
      continue;
    }
    if (existsSync(join(dir, "organizations.csv"))) readRegistry(join(dir, "organizations.csv"), meta.id);
    const files: string[] = [];
    for (const name of listDir(dir, (n) => n.endsWith(".csv") && n !== "organizations.csv")) {
      const path = join(dir, name);
      const year = YEAR_FILE.exec(name)?.[1];
      if (year === undefined) {
        problems.push({ severity: "error", file: rel(path), line: 1, column: 1, field: "-", rule: `"${name}" is not named after a year`, fix: "name each file of statement rows after the year its periods end in, e.g. 2023.csv" });
        continue;
      }
      files.push(rel(path));
      const result = readYearFile(readFileSync(path), rel(path), { set: meta, year: Number(year), organizations, kindIds, sourceIds, chart });
      problems.push(...result.problems);
      entries.push(...result.statements);
    }
    sets.push({ meta, files });
  }

  const unique = dropDuplicateStatements(entries, problems);
  const kindById = new Map(kinds.map((k) => [k.id, k]));
  for (const { statement, origin } of unique) {
    const kind = kindById.get(statement.kind);
    const accounts = chart.get(statement.kind);
    if (kind && accounts) problems.push(...checkStatement(statement, kind, accounts, origin));
  }
  const findings = carryForwardFindings(unique, kindById);
  problems.push(...findings.map((f) => f.problem));
  const statements = unique.map((e) => e.statement).sort(byOrganizationKindPeriod);
  return { catalog: { registry, organizations: [...organizations.values()], kinds, lineItems, sets, statements, findings }, problems };
}

/** One statement per organisation, kind and period across all sets: a second copy is refused, not merged. */
function dropDuplicateStatements(entries: readonly { statement: Statement; origin: StatementOrigin }[], problems: DataProblem[]): { statement: Statement; origin: StatementOrigin }[] {
  const seen = new Map<string, StatementOrigin>();
  return entries.filter(({ statement: s, origin }) => {
    const key = `${s.organization}|${s.kind}|${s.periodStart}|${s.periodEnd}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, origin);
      return true;
    }
    problems.push({ severity: "error", file: origin.file, line: origin.firstLine, column: 1, field: "organization", rule: `${s.kind} of ${s.organization}, ${s.periodStart}–${s.periodEnd} is also in ${first.file} (from line ${first.firstLine})`, fix: "keep one value per organisation, period, statement and line: remove one copy" });
    return false;
  });
}

function byOrganizationKindPeriod(a: Statement, b: Statement): number {
  return a.organization.localeCompare(b.organization) || a.kind.localeCompare(b.kind) || a.periodStart.localeCompare(b.periodStart);
}

function pushAll(problems: DataProblem[], more: readonly DataProblem[]): number {
  problems.push(...more);
  return more.length;
}
