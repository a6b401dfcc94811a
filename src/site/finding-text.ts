/** A finding about published figures, said in the reader's language with the figures as published. */
import type { OrganizationEntry } from "../data/organization-entries.ts";
import type { Locale } from "../data/schema.ts";
import { formatNumber, formatPeriod, numberFormat } from "../i18n/format-value.ts";
import { t } from "../i18n/translate.ts";
import type { OrganizationCatalog } from "./organizations.ts";

/** Whole tenge, not scaled: the ten tenge between 10,006,590 and 10,006,600 must stay visible. */
const tenge = (value: number, locale: Locale): string => `${formatNumber(value, locale, 0)} ₸`;

export function findingText(finding: OrganizationEntry["findings"][number], catalog: OrganizationCatalog, locale: Locale): string {
  return t(locale, "organization.findingOpening", {
    statement: catalog.kinds.get(finding.statement)?.kind.title[locale] ?? finding.statement,
    period: formatPeriod(finding.period.start, finding.period.end, locale),
    previous: formatPeriod(finding.previousPeriod.start, finding.previousPeriod.end, locale),
    opening: tenge(finding.opening, locale),
    closing: tenge(finding.previousClosing, locale),
    difference: `${numberFormat(locale, { maximumFractionDigits: 0, signDisplay: "exceptZero" }).format(finding.opening - finding.previousClosing)} ₸`,
  });
}
