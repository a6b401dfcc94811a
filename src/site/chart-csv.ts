/** The rows one chart draws, as CSV: the dataset's columns, missing values as empty cells. */
import { csvFormatRows } from "d3-dsv";
import { chartRows } from "../charts/chart-points.ts";
import type { Dataset } from "../data/records.ts";
import type { ChartSpec } from "../data/schema.ts";

export function chartCsv(dataset: Dataset, spec: ChartSpec): string {
  const fields = dataset.meta.fields.map((f) => f.name);
  const rows = chartRows(dataset, spec).map((row) => fields.map((name) => (row[name] === null || row[name] === undefined ? "" : String(row[name]))));
  return `${csvFormatRows([fields, ...rows])}\n`;
}
