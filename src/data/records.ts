/** The typed result of reading a dataset: what pages, charts and the CLI receive. */
import type { Codelist, DatasetMeta, Source } from "./schema.ts";
import type { StatementCatalog } from "./statement-records.ts";

/** A parsed cell: numbers for integer/number/year fields, strings otherwise; null is a missing value, never 0. */
export type CellValue = string | number | null;

export type DatasetRow = Readonly<Record<string, CellValue>>;

export interface Dataset {
  meta: DatasetMeta;
  rows: readonly DatasetRow[];
  /** The line in data.csv where each row starts (same order as rows), for located messages. */
  rowLines: readonly number[];
  /** The CSV exactly as committed (served unchanged as the download). */
  csvText: string;
  /** Path of data.csv relative to the repository root, for messages and provenance. */
  csvPath: string;
}

export interface DataCatalog {
  sources: readonly Source[];
  codelists: Readonly<Record<string, Codelist>>;
  datasets: readonly Dataset[];
  /** Source documents in data/sources/documents/, by file name, as committed. */
  documents: Readonly<Record<string, string>>;
  /** Organisations and their published financial statements (data/organizations/, data/statements/). */
  statements: StatementCatalog;
}
