/** How a chart writes its numbers and names in one language: the ChartFormat of the build's figures and of the checking page's preview. */
import type { ChartFormat } from "../charts/chart-options.ts";
import type { UnitId } from "../data/units.ts";
import { formatTick, formatValue } from "../i18n/format-value.ts";
import type { Locale } from "../i18n/locales.ts";
import { t } from "../i18n/translate.ts";

export function chartFormat(unit: UnitId, locale: Locale, series: (code: string) => string): ChartFormat {
  return { tick: (v) => formatTick(v, unit, locale), value: (v) => formatValue(v, unit, locale), unitLabel: t(locale, `unit.${unit}`), series };
}
