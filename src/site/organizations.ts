/** Page-side access to organisations and their statements (filled by src/content.config.ts), looked up by id, never searched. */
import { getCollection } from "astro:content";
import { chartOfAccounts, emptyKindAccounts, type KindAccounts } from "../data/chart-of-accounts.ts";
import { unpackOrganization, type OrganizationEntry, type OrganizationRecord, type StatementKindEntry } from "../data/organization-entries.ts";
import type { Locale } from "../data/schema.ts";
import type { StatementSet } from "../data/statement-records.ts";
import type { RegistryMeta } from "../data/statement-schema.ts";
import { fieldCodeLabel, type SiteCatalog } from "./catalog.ts";

export interface KindView extends StatementKindEntry {
  accounts: KindAccounts;
}

export interface OrganizationCatalog {
  /** In registry order; statements still packed (unpack one with findOrganization). */
  records: OrganizationRecord[];
  byId: Map<string, OrganizationRecord>;
  kinds: Map<string, KindView>;
  sets: Map<string, StatementSet>;
  registry: RegistryMeta | undefined;
}

let cached: Promise<OrganizationCatalog> | undefined;

export function organizationCatalog(): Promise<OrganizationCatalog> {
  cached ??= (async () => {
    const [organizations, kinds, sets, registry] = await Promise.all([getCollection("organizations"), getCollection("statementKinds"), getCollection("statementSets"), getCollection("registry")]);
    const records = organizations.map((e) => e.data);
    const chart = chartOfAccounts(kinds.flatMap((k) => k.data.lines));
    return {
      records,
      byId: new Map(records.map((e) => [e.organization.id, e])),
      kinds: new Map(kinds.map((k) => [k.id, { ...k.data, accounts: chart.get(k.id) ?? emptyKindAccounts() }])),
      sets: new Map(sets.map((s) => [s.id, s.data])),
      registry: registry[0]?.data,
    };
  })();
  return cached;
}

/** Pages of one organisation (three languages, two downloads) ask in turn: keep the last one unpacked. */
let lastUnpacked: OrganizationEntry | undefined;

/** An organisation with its statements unpacked. */
export function findOrganization(catalog: OrganizationCatalog, id: string): OrganizationEntry {
  if (lastUnpacked?.organization.id === id) return lastUnpacked;
  return (lastUnpacked = unpackOrganization(findRecord(catalog, id)));
}

/** The label of a registry code (type, ownership, legal form, region) in the reader's language. */
export function registryLabel(site: SiteCatalog, catalog: OrganizationCatalog, field: "type" | "ownership" | "legal_form" | "region", code: string, locale: Locale): string {
  return catalog.registry ? fieldCodeLabel(site, catalog.registry, field, code, locale) : code;
}

/** The kinds an organisation publishes (a record's summary lists them), in the order statement-kinds.json lists them. */
export function kindsOf(catalog: OrganizationCatalog, record: Pick<OrganizationRecord, "summary">): KindView[] {
  return record.summary.kinds.flatMap((id) => catalog.kinds.get(id) ?? []);
}

export function findRecord(catalog: OrganizationCatalog, id: string): OrganizationRecord {
  const record = catalog.byId.get(id);
  if (!record) throw new Error(`The site refers to organisation "${id}", which is not in the registry`);
  return record;
}
