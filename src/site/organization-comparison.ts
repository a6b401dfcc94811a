/**
 * Organisations of the same type side by side on the same ratios, each at its latest period. Made-up
 * organisations are compared only with each other: real and invented figures never share a table.
 * The ratios come computed with each organisation's record (src/data/statement-ratios.ts).
 */
import type { Locale } from "../data/schema.ts";
import type { RatioSpec } from "../data/statement-schema.ts";
import { formatPeriod } from "../i18n/format-value.ts";
import type { SiteCatalog } from "./catalog.ts";
import { registryLabel, type OrganizationCatalog } from "./organizations.ts";
import { formatRatio } from "./statement-ratios.ts";
import { NO_FIGURE } from "./statement-table.ts";

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
  const specs = new Map([...catalog.kinds.values()].flatMap((k) => k.kind.ratios.map((r) => [`${k.kind.id}|${r.id}`, r] as const)));
  const groups = new Map<string, ComparisonGroup & { byRatio: Map<string, RatioSpec>; values: Map<string, string>[] }>();
  for (const record of catalog.records) {
    const { organization: org, summary } = record;
    if (summary.latest.length === 0 || !summary.end) continue;
    const example = record.status === "example";
    const id = `${org.type}${example ? "-example" : ""}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { id, type: registryLabel(site, catalog, "type", org.type, locale), example, ratios: [], rows: [], byRatio: new Map(), values: [] }));
    const values = new Map<string, string>();
    for (const latest of summary.latest) {
      const spec = specs.get(`${latest.kind}|${latest.ratio}`);
      if (!spec) continue;
      if (!group.byRatio.has(spec.id)) group.byRatio.set(spec.id, spec);
      values.set(spec.id, formatRatio(latest.value, spec.unit, locale));
    }
    const last = summary.latest.reduce((a, l) => (l.end > a.end ? l : a));
    group.rows.push({ id: org.id, name: org.name[locale], period: formatPeriod(last.start, last.end, locale), cells: [] });
    group.values.push(values);
  }
  return [...groups.values()]
    .map(({ byRatio, values, ...group }) => {
      const ratios = [...byRatio.values()];
      const rows = group.rows.map((row, i) => ({ ...row, cells: ratios.map((r) => values[i]?.get(r.id) ?? NO_FIGURE) }));
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
