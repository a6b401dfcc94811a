/** Page-side access to organisations and their statements (filled by src/content.config.ts), looked up by id, never searched. */
import { getCollection } from "astro:content";
import { chartOfAccounts, type KindAccounts } from "../data/chart-of-accounts.ts";
import type { OrganizationEntry, StatementKindEntry } from "../data/organization-entries.ts";
import type { Locale } from "../data/schema.ts";
import type { StatementSet } from "../data/statement-records.ts";
import type { RegistryMeta } from "../data/statement-schema.ts";
import { fieldCodeLabel, type SiteCatalog } from "./catalog.ts";

export interface KindView extends StatementKindEntry {
  accounts: KindAccounts;
}

export interface OrganizationCatalog {
  /** In registry order. */
  entries: OrganizationEntry[];
  byId: Map<string, OrganizationEntry>;
  kinds: Map<string, KindView>;
  sets: Map<string, StatementSet>;
  registry: RegistryMeta | undefined;
}

let cached: Promise<OrganizationCatalog> | undefined;

export function organizationCatalog(): Promise<OrganizationCatalog> {
  cached ??= (async () => {
    const [organizations, kinds, sets, registry] = await Promise.all([getCollection("organizations"), getCollection("statementKinds"), getCollection("statementSets"), getCollection("registry")]);
    const entries = organizations.map((e) => e.data);
    const chart = chartOfAccounts(kinds.flatMap((k) => k.data.lines));
    return {
      entries,
      byId: new Map(entries.map((e) => [e.organization.id, e])),
      kinds: new Map(kinds.map((k) => [k.id, { ...k.data, accounts: chart.get(k.id) ?? { items: [], byCode: new Map(), children: new Map() } }])),
      sets: new Map(sets.map((s) => [s.id, s.data])),
      registry: registry[0]?.data,
    };
  })();
  return cached;
}

export function findOrganization(catalog: OrganizationCatalog, id: string): OrganizationEntry {
  const entry = catalog.byId.get(id);
  if (!entry) throw new Error(`The site refers to organisation "${id}", which is not in the registry`);
  return entry;
}

/** The label of a registry code (type, ownership, legal form, region) in the reader's language. */
export function registryLabel(site: SiteCatalog, catalog: OrganizationCatalog, field: "type" | "ownership" | "legal_form" | "region", code: string, locale: Locale): string {
  return catalog.registry ? fieldCodeLabel(site, catalog.registry, field, code, locale) : code;
}

/** The kinds an organisation publishes, in the order statement-kinds.json lists them. */
export function kindsOf(catalog: OrganizationCatalog, entry: OrganizationEntry): KindView[] {
  const published = new Set(entry.statements.map((s) => s.kind));
  return [...catalog.kinds.values()].filter((k) => published.has(k.kind.id));
}
