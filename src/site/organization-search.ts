/**
 * What the search index holds for each organisation page: its name, registry facts and the statements it
 * publishes, in the page's language. Pagefind takes these as records (src/integrations/pagefind-index.ts)
 * instead of parsing the page: at 10,000 organisations, parsing 30,000 pages of financial tables was
 * most of the search index's build time, for words that are the same on every page.
 */
import { LOCALES, LOCALE_INFO, type Locale } from "../i18n/locales.ts";
import { t } from "../i18n/translate.ts";
import type { SiteCatalog } from "./catalog.ts";
import { directoryRows, type DirectoryRow } from "./organization-directory.ts";
import { findRecord, registryLabel, type OrganizationCatalog } from "./organizations.ts";
import { organizationSitePath } from "./paths.ts";
import type { SearchRecord } from "./search-records.ts";

export function organizationSearchRecords(site: SiteCatalog, catalog: OrganizationCatalog): SearchRecord[] {
  return LOCALES.flatMap((locale) => directoryRows(site, catalog, locale).map((row) => record(site, catalog, row, locale)));
}

function record(site: SiteCatalog, catalog: OrganizationCatalog, row: DirectoryRow, locale: Locale): SearchRecord {
  const org = findRecord(catalog, row.id).organization;
  const facts = [
    row.name,
    row.type.label,
    row.ownership.label,
    registryLabel(site, catalog, "legal_form", org.legalForm, locale),
    `${row.region.label}, ${row.city}`,
    org.bin && `${t(locale, "organization.bin")} ${org.bin}`,
    row.statements && `${row.statements} (${row.years})`,
    row.example && t(locale, "status.example"),
  ];
  return { url: `/${organizationSitePath(locale, row.id)}`, language: LOCALE_INFO[locale].htmlLang, title: row.name, content: facts.filter(Boolean).join(". ") };
}
