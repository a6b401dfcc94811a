/** Messages between the checking page and its web worker. Everything here crosses postMessage, so it is plain data. */
import type { ChartPoints } from "../charts/chart-points.ts";
import type { ImportResult, ImportStep } from "../data/import/check-import.ts";
import type { DataProblem } from "../data/problems.ts";
import type { CellValue, DatasetRow } from "../data/records.ts";
import type { Locale } from "../i18n/locales.ts";
import type { RowKey } from "../releases/manifest-schema.ts";
import type { PublishDataset } from "../site/publish-catalog.ts";

export interface CheckRequest {
  dataset: PublishDataset;
  sourceIds: string[];
  /** The file's bytes (transferred, not copied). */
  bytes: ArrayBuffer;
  fileName: string;
  headerRow: number | undefined;
  /** The dataset's rows in the current release, or null when it has none. */
  released: DatasetRow[] | null;
  /** For the chart labels. */
  locale: Locale;
}

/** At most this many problems and changes of each kind are sent back and listed; the counts say how many there are. */
export const LISTED = 200;

export interface ChangeList<T> {
  count: number;
  first: T[];
}

/** A revised row: its key and each changed field, old → new. */
export interface Revision {
  key: RowKey;
  changes: { field: string; old: CellValue; new: CellValue }[];
}

export interface CheckOutcome {
  format: ImportResult["format"];
  headerRow: number;
  notices: ImportResult["notices"];
  problems: ChangeList<DataProblem>;
  rowCount: number;
  /** The canonical data.csv ("" when there are problems). */
  csv: string;
  /** What each of the dataset's charts would draw with the file's rows. */
  charts: ChartPoints[];
  /** Against the current release; null when the file has problems. */
  changes: {
    added: ChangeList<RowKey>;
    revised: ChangeList<Revision>;
    withdrawn: ChangeList<RowKey>;
  } | null;
}

export type WorkerMessage = { type: "step"; step: ImportStep } | { type: "done"; outcome: CheckOutcome } | { type: "error"; message: string };
