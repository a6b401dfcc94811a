/**
 * Organisations of the same type side by side on the same ratios, each at its latest period. Made-up
 * organisations are compared only with each other: real and invented figures never share a table.
 */
import type { Locale } from "../data/schema.ts";
import type { RatioSpec } from "../data/statement-schema.ts";
import { formatPeriod } from "../i18n/format-value.ts";
import type { SiteCatalog } from "./catalog.ts";
import { unpackOrganization } from "../data/organization-entries.ts";
import { registryLabel, type OrganizationCatalog } from "./organizations.ts";
import type { Statement } from "../data/statement-records.ts";
import { formatRatio, latestRatios, type LatestRatio } from "./statement-ratios.ts";

export interface ComparisonGroup {
  /** Unique on the page: the type code, with "-example" for made-up organisations. */
  id: string;
  type: string;
  example: boolean;
  ratios: RatioSpec[];
  rows: { id: string; name: string; period: string; cells: string[] }[];
}

/** Each organisation's latest ratios, the same in every language: worked out once for the three comparison pages. */
const latestByOrganization = new WeakMap<OrganizationCatalog, Map<string, { ratios: Map<string, LatestRatio>; period: { start: string; end: string } }>>();

function latestOfAll(catalog: OrganizationCatalog): Map<string, { ratios: Map<string, LatestRatio>; period: { start: string; end: string } }> {
  let all = latestByOrganization.get(catalog);
  if (!all) {
    all = new Map();
    for (const record of catalog.records) {
      const entry = unpackOrganization(record);
      const ratios = latestRatios(entry, catalog);
      const last = entry.statements.reduce<Statement | undefined>((a, s) => (a && a.periodEnd >= s.periodEnd ? a : s), undefined);
      if (ratios.size > 0 && last) all.set(record.organization.id, { ratios, period: { start: last.periodStart, end: last.periodEnd } });
    }
    latestByOrganization.set(catalog, all);
  }
  return all;
}

export function comparisonGroups(site: SiteCatalog, catalog: OrganizationCatalog, locale: Locale): ComparisonGroup[] {
  const collator = new Intl.Collator(locale);
  const groups = new Map<string, ComparisonGroup & { byRatio: Map<string, RatioSpec>; values: Map<string, string>[] }>();
  const all = latestOfAll(catalog);
  for (const record of catalog.records) {
    const found = all.get(record.organization.id);
    if (!found) continue;
    const latest = found.ratios;
    const { organization: org } = record;
    const example = record.status === "example";
    const id = `${org.type}${example ? "-example" : ""}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { id, type: registryLabel(site, catalog, "type", org.type, locale), example, ratios: [], rows: [], byRatio: new Map(), values: [] }));
    for (const { ratio } of latest.values()) if (!group.byRatio.has(ratio.id)) group.byRatio.set(ratio.id, ratio);
    group.rows.push({ id: org.id, name: org.name[locale], period: formatPeriod(found.period.start, found.period.end, locale), cells: [] });
    group.values.push(new Map([...latest].map(([ratioId, r]) => [ratioId, formatRatio(r.value, r.ratio.unit, locale)])));
  }
  return [...groups.values()]
    .map(({ byRatio, values, ...group }) => {
      const ratios = [...byRatio.values()];
      const rows = group.rows.map((row, i) => ({ ...row, cells: ratios.map((r) => values[i]?.get(r.id) ?? "—") }));
      return { ...group, ratios, rows: rows.sort((a, b) => collator.compare(a.name, b.name)) };
    })
    .sort((a, b) => Number(a.example) - Number(b.example) || collator.compare(a.type, b.type));
}

/** Every ratio's definitions, one per kind of statement it is computed from. */
export function ratioDefinitions(catalog: OrganizationCatalog, locale: Locale): { id: string; name: string; definitions: { statement: string; text: string }[] }[] {
  const byId = new Map<string, { id: string; name: string; definitions: { statement: string; text: string }[] }>();
  for (const { kind } of catalog.kinds.values()) {
    for (const ratio of kind.ratios) {
      const item = byId.get(ratio.id) ?? { id: ratio.id, name: ratio.name[locale], definitions: [] };
      item.definitions.push({ statement: kind.title[locale], text: ratio.definition[locale] });
      byId.set(ratio.id, item);
    }
  }
  return [...byId.values()];
}
