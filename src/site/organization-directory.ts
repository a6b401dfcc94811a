/** The directory's rows and filter options: every organisation, its codes for filtering, its years. */
import type { Locale } from "../data/schema.ts";
import { formatPeriod } from "../i18n/format-value.ts";
import type { SiteCatalog } from "./catalog.ts";
import { kindsOf, registryLabel, type OrganizationCatalog } from "./organizations.ts";

export interface DirectoryRow {
  id: string;
  name: string;
  example: boolean;
  type: { code: string; label: string };
  ownership: { code: string; label: string };
  region: { code: string; label: string };
  city: string;
  statements: string;
  /** "2018–2023", or "" when nothing is published yet. */
  years: string;
  latestYear: string;
}

export interface FilterOption {
  code: string;
  label: string;
}

export function directoryRows(site: SiteCatalog, catalog: OrganizationCatalog, locale: Locale): DirectoryRow[] {
  const collator = new Intl.Collator(locale);
  const coded = (field: "type" | "ownership" | "region", code: string) => ({ code, label: registryLabel(site, catalog, field, code, locale) });
  return catalog.records
    .map((record) => {
      const { organization: org, summary } = record;
      return {
        id: org.id,
        name: org.name[locale],
        example: record.status === "example",
        type: coded("type", org.type),
        ownership: coded("ownership", org.ownership),
        region: coded("region", org.region),
        city: org.city[locale],
        statements: kindsOf(catalog, record).map((k) => k.kind.title[locale]).join("; "),
        years: summary.start && summary.end ? formatPeriod(summary.start, summary.end, locale) : "",
        latestYear: summary.end?.slice(0, 4) ?? "",
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The distinct codes of one column, labelled and sorted by label, for a filter. */
export function filterOptions(rows: readonly DirectoryRow[], field: "type" | "ownership" | "region", locale: Locale): FilterOption[] {
  const options = new Map(rows.map((r) => [r[field].code, r[field].label]));
  const collator = new Intl.Collator(locale);
  return [...options].map(([code, label]) => ({ code, label })).sort((a, b) => collator.compare(a.label, b.label));
}
