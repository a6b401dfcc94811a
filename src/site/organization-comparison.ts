/**
 * Organisations of the same type side by side on the same ratios, each at its latest period. Made-up
 * organisations are compared only with each other: real and invented figures never share a table.
 */
import type { Locale } from "../data/schema.ts";
import type { RatioSpec } from "../data/statement-schema.ts";
import { formatPeriod } from "../i18n/format-value.ts";
import type { SiteCatalog } from "./catalog.ts";
import { registryLabel, type OrganizationCatalog } from "./organizations.ts";
import { formatRatio, latestRatios } from "./statement-ratios.ts";

export interface ComparisonGroup {
  /** Unique on the page: the type code, with "-example" for made-up organisations. */
  id: string;
  type: string;
  example: boolean;
  ratios: RatioSpec[];
  rows: { id: string; name: string; period: string; cells: string[] }[];
}

export function comparisonGroups(site: SiteCatalog, catalog: OrganizationCatalog, locale: Locale): ComparisonGroup[] {
  const collator = new Intl.Collator(locale);
  const groups = new Map<string, ComparisonGroup & { byRatio: Map<string, RatioSpec>; values: Map<string, string>[] }>();
  for (const entry of catalog.entries) {
    const latest = latestRatios(entry, catalog, locale);
    if (latest.size === 0) continue;
    const { organization: org } = entry;
    const example = entry.status === "example";
    const id = `${org.type}${example ? "-example" : ""}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { id, type: registryLabel(site, catalog, "type", org.type, locale), example, ratios: [], rows: [], byRatio: new Map(), values: [] }));
    for (const { ratio } of latest.values()) if (!group.byRatio.has(ratio.id)) group.byRatio.set(ratio.id, ratio);
    const ends = entry.statements.map((s) => s.periodEnd).sort();
    const starts = entry.statements.filter((s) => s.periodEnd === ends.at(-1)).map((s) => s.periodStart);
    group.rows.push({ id: org.id, name: org.name[locale], period: formatPeriod(starts[0] ?? "", ends.at(-1) ?? "", locale), cells: [] });
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
