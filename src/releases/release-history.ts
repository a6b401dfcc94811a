/** data/releases/ read for the build and the CLI: the verified chain, each release's data, and what data/ changes since. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDataCatalog } from "../data/load-catalog.ts";
import type { DataProblem } from "../data/problems.ts";
import type { DataCatalog } from "../data/records.ts";
import { revisionsFileSchema, type ReleaseManifest, type RevisionsFile } from "./manifest-schema.ts";
import { pendingChanges, type PendingChanges } from "./catalog-changes.ts";
import { readReleaseChain } from "./release-chain.ts";

export interface ReleasedVersion {
  manifest: ReleaseManifest;
  manifestSha256: string;
  /** The frozen data exactly as released (read and validated like data/). */
  catalog: DataCatalog;
}

export interface ReleaseHistory {
  /** Oldest first. */
  releases: ReleasedVersion[];
  /** data/ against the latest release: what the next release would carry. */
  pending: PendingChanges;
  problems: DataProblem[];
}

export const REVISIONS_FILE = "revisions.json";

export function readRevisions(dataDir: string, problems: DataProblem[]): RevisionsFile {
  const path = join(dataDir, REVISIONS_FILE);
  if (!existsSync(path)) return { revisions: [] };
  const parsed = revisionsFileSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.push({ severity: "error", file: `data/${REVISIONS_FILE}`, line: 1, column: 1, field: issue.path.join(".") || "-", rule: issue.message, fix: 'each entry is {"dataset", "match", "kind", "reason"} (see data/README.md)' });
  }
  return { revisions: [] };
}

/** The verified history and the pending changes of data/ (whose catalog the caller has already read). */
export function readReleaseHistory(dataDir: string, current: DataCatalog, rootDir: string = join(dataDir, "..")): ReleaseHistory {
  const chain = readReleaseChain(join(dataDir, "releases"));
  const problems: DataProblem[] = [...chain.problems];
  const releases: ReleasedVersion[] = chain.releases.map((r) => {
    const { catalog, problems: frozenProblems } = readDataCatalog(r.dir, rootDir);
    problems.push(...frozenProblems.filter((p) => p.severity === "error"));
    return { manifest: r.manifest, manifestSha256: r.manifestSha256, catalog };
  });
  const latest = releases.at(-1);
  const revisions = readRevisions(dataDir, problems);
  const pending = pendingChanges(latest?.catalog, current, revisions, latest ? { id: latest.manifest.id, relDir: `data/releases/${latest.manifest.id}` } : undefined);
  problems.push(...pending.problems);
  return { releases, pending, problems };
}
