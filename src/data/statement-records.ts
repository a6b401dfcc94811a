/** The typed result of reading data/organizations/ and data/statements/: what pages and the CLI receive. */
import type { DataProblem } from "./problems.ts";
import type { LocalizedText } from "./schema.ts";
import type { RegistryMeta, StatementKind, StatementSetMeta } from "./statement-schema.ts";

export interface Organization {
  id: string;
  /** Business identification number, where known (12 digits, check digit verified). */
  bin: string | null;
  name: LocalizedText;
  /** Codes of the registry's code lists (organization-types, ownership, legal-forms) and of the shared regions list. */
  type: string;
  ownership: string;
  legalForm: string;
  region: string;
  city: LocalizedText;
  source: string;
  /** The statement set whose own registry lists it (made-up organisations of example sets), or null for data/organizations/. */
  set: string | null;
}

/** One line of a chart of accounts (data/statements/line-items.csv). */
export interface LineItem {
  statement: string;
  code: string;
  /** The total this line adds into, or null for a top-level line. */
  parent: string | null;
  /** How the line enters its parent: +1 or −1 (cost of sales is subtracted from revenue); 0 without a parent. */
  sign: 1 | -1 | 0;
  name: LocalizedText;
  isTotal: boolean;
}

/** One published statement: one organisation, one kind, one period. */
export interface Statement {
  organization: string;
  kind: string;
  set: string;
  periodStart: string;
  periodEnd: string;
  /**
   * Amounts in whole tenge by line code; null where the source printed a dash or left the line empty.
   * A Map, not an object: codes such as "100" or "500" are array indexes to an object, and 100,000
   * statements built that way cost seconds and hundreds of megabytes (BENCHMARKS.md).
   */
  amounts: Map<string, number | null>;
  /** The figure and the line's name exactly as printed, by line code, where the source was transcribed. */
  printed: Map<string, { amount: string | null; line: string | null }>;
  /** Source ids the statement's rows cite, in order of first use. */
  sources: string[];
}

export interface StatementSet {
  meta: StatementSetMeta;
  /** Paths of the year files, relative to the repository root. */
  files: string[];
}

/** A fact about published figures that readers should see: it never stops the build. */
export interface StatementFinding {
  kind: "opening-differs-from-previous-closing";
  organization: string;
  statement: string;
  period: { start: string; end: string };
  previousPeriod: { start: string; end: string };
  opening: number;
  previousClosing: number;
  /** The same finding, located, for the CLI. */
  problem: DataProblem;
}

export interface StatementCatalog {
  /** The registry's declaration (columns, code lists), or null when data/organizations/ does not exist. */
  registry: RegistryMeta | null;
  organizations: Organization[];
  kinds: StatementKind[];
  lineItems: LineItem[];
  sets: StatementSet[];
  statements: Statement[];
  findings: StatementFinding[];
}

export const EMPTY_STATEMENT_CATALOG: StatementCatalog = { registry: null, organizations: [], kinds: [], lineItems: [], sets: [], statements: [], findings: [] };
