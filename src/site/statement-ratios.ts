/** Key ratios on the pages: a kind's ratios over the periods, formatted (src/data/statement-ratios.ts computes them). */
import type { OrganizationEntry } from "../data/organization-entries.ts";
import type { Locale } from "../data/schema.ts";
import { ratioValue } from "../data/statement-ratios.ts";
import type { RatioSpec, RatioUnit } from "../data/statement-schema.ts";
import { formatFixed, formatPercent } from "../i18n/format-value.ts";
import { t } from "../i18n/translate.ts";
import type { KindView } from "./organizations.ts";
import { NO_FIGURE, statementsOfKind, type StatementColumn } from "./statement-table.ts";

export function formatRatio(value: number | null, unit: RatioUnit, locale: Locale): string {
  if (value === null) return NO_FIGURE;
  switch (unit) {
    case "percent":
      return formatPercent(value / 100, locale, 1);
    case "ratio":
      return formatFixed(value, locale, 2);
    case "days":
      return t(locale, "ratio.days", { value: formatFixed(value, locale, 0) });
  }
}

export interface RatioRow {
  ratio: RatioSpec;
  cells: string[];
}

/** Every ratio of one kind, one column per period. */
export function ratioTable(entry: OrganizationEntry, kind: KindView, locale: Locale): { columns: StatementColumn[]; rows: RatioRow[] } {
  const { columns, amounts } = statementsOfKind(entry, kind, locale);
  return { columns, rows: kind.kind.ratios.map((ratio) => ({ ratio, cells: amounts.map((a) => formatRatio(ratioValue(ratio, a), ratio.unit, locale)) })) };
}
