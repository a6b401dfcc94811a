/**
 * Stable codes for what a check can say about a data file, with their parameters, so the in-browser
 * checker can say it in kk/ru/en (src/i18n: `problem.<code>`, `problem.<code>.fix`, `notice.<code>`).
 * The English sentences printed by the CLI stay in the modules that find the problem.
 */

export const PROBLEM_CODES = [
  // the file as a whole (decode-text.ts, import/read-delimited.ts, import/read-xlsx.ts)
  "file.not-utf8",
  "file.utf16-no-bom",
  "file.binary",
  "file.xls",
  "file.mixed-delimiters",
  "file.too-large",
  "xlsx.unreadable",
  "xlsx.formula",
  "xlsx.error-value",
  "xlsx.merged-header",
  "xlsx.merged-cells",
  // the header (validate-dataset.ts, import/header-row.ts)
  "header.empty",
  "header.duplicate",
  "header.unknown",
  "header.missing",
  "header.row-out-of-range",
  "header.elsewhere",
  // rows (validate-dataset.ts, metadata-rules.ts)
  "row.ragged",
  "row.period-order",
  "row.duplicate-key",
  "chart.duplicate-point",
  // cells (cell-rules.ts)
  "cell.required-blank",
  "cell.required-marker",
  "cell.formula",
  "cell.integer",
  "cell.number",
  "cell.year",
  "cell.min",
  "cell.max",
  "cell.date",
  "cell.calendar-date",
  "cell.code",
  "cell.unit",
  "cell.source",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Facts the importer reports about a file it could read (not problems): what it detected and converted. */
export const NOTICE_CODES = [
  "encoding.utf8",
  "encoding.utf8-bom",
  "encoding.windows-1251",
  "encoding.utf16",
  "delimiter.comma",
  "delimiter.semicolon",
  "delimiter.tab",
  "line-ends",
  "header-row",
  "xlsx.sheet",
  "xlsx.other-sheets",
  "xlsx.dates",
  "numbers-converted",
  "markers-blanked",
  "empty-columns",
  "blank-rows",
  "rows-read",
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

/** Values a message is filled with: cell values, field names, numbers. Never English words. */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface ProblemMessage {
  code: ProblemCode;
  params: MessageParams;
}

export interface ImportNotice {
  code: NoticeCode;
  params: MessageParams;
}
