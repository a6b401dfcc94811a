/** Validated rows → data.csv as the build reads it: UTF-8, comma, LF, the declared columns in declared order. */
import { csvFormatRows } from "d3-dsv";
import type { ParsedCsv } from "../parse-csv.ts";
import type { DatasetMeta } from "../schema.ts";

export function canonicalCsv(meta: DatasetMeta, parsed: ParsedCsv): string {
  const names = meta.fields.map((f) => f.name);
  const order = names.map((name) => parsed.header.indexOf(name));
  // Line breaks inside a cell become LF too, so the file has one kind of line end.
  const rows = parsed.rows.map((row) => order.map((i) => (row.cells[i] ?? "").replace(/\r\n?/g, "\n")));
  return `${csvFormatRows([names, ...rows])}\n`;
}
