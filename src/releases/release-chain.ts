/** Reads data/releases/ and checks every hash and the chain: nothing frozen may change, disappear or be reordered. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DataProblem } from "../data/problems.ts";
import { releaseManifestSchema, RELEASE_ID, type ReleaseManifest } from "./manifest-schema.ts";
import { listFiles, sha256 } from "./snapshot.ts";

export interface FrozenRelease {
  id: string;
  /** The release folder. */
  dir: string;
  manifest: ReleaseManifest;
  manifestSha256: string;
}

export interface ReleaseChain {
  /** Oldest first, following the chain. */
  releases: FrozenRelease[];
  problems: DataProblem[];
}

const MANIFEST = "manifest.json";

/** Verifies data/releases/ and returns its releases in chain order (oldest first). */
export function readReleaseChain(releasesDir: string, relPrefix = "data/releases"): ReleaseChain {
  const problems: DataProblem[] = [];
  const at = (file: string, rule: string, fix: string): void => {
    problems.push({ severity: "error", file, line: 1, column: 1, field: "-", rule, fix });
  };
  const restore = "restore it from git history (git checkout -- <file>): frozen files are never edited";
  const ids = existsSync(releasesDir) ? readdirSync(releasesDir).filter((n) => statSync(join(releasesDir, n)).isDirectory()).sort() : [];
  const byId = new Map<string, FrozenRelease>();
  for (const id of ids) {
    const dir = join(releasesDir, id);
    const manifestPath = join(dir, MANIFEST);
    const rel = `${relPrefix}/${id}/${MANIFEST}`;
    if (!RELEASE_ID.test(id)) at(`${relPrefix}/${id}`, `"${id}" is not a release id (like 2026-Q4)`, "remove the folder; releases are made with npm run release");
    if (!existsSync(manifestPath)) {
      at(rel, `release ${id} has no manifest`, restore);
      continue;
    }
    const bytes = readFileSync(manifestPath);
    let parsed: unknown;
    try {
      parsed = JSON.parse(bytes.toString("utf8"));
    } catch {
      at(rel, `the manifest of release ${id} is not valid JSON`, restore);
      continue;
    }
    const manifest = releaseManifestSchema.safeParse(parsed);
    if (!manifest.success) {
      at(rel, `the manifest of release ${id} does not match the manifest format (${manifest.error.issues[0]?.message ?? ""})`, restore);
      continue;
    }
    if (manifest.data.id !== id) at(rel, `the manifest says id "${manifest.data.id}" but sits in folder "${id}"`, restore);
    const listed = new Set(manifest.data.files.map((f) => f.path));
    for (const file of manifest.data.files) {
      const path = join(dir, file.path);
      if (!existsSync(path)) at(`${relPrefix}/${id}/${file.path}`, `a frozen file of release ${id} is missing`, restore);
      else if (sha256(readFileSync(path)) !== file.sha256) at(`${relPrefix}/${id}/${file.path}`, `a frozen file of release ${id} was altered (its SHA-256 differs from the manifest)`, restore);
    }
    for (const path of listFiles(dir)) {
      if (path !== MANIFEST && !listed.has(path)) at(`${relPrefix}/${id}/${path}`, `a file was added to release ${id} after it was frozen`, "remove it: a release is never changed after it is cut");
    }
    byId.set(id, { id, dir, manifest: manifest.data, manifestSha256: sha256(bytes) });
  }

  const releases = orderChain(byId, relPrefix, problems);
  return { releases, problems };
}

/** Follows the `previous` links from the one release nobody follows; anything else is a broken chain. */
function orderChain(byId: Map<string, FrozenRelease>, relPrefix: string, problems: DataProblem[]): FrozenRelease[] {
  const at = (id: string, rule: string): void => {
    problems.push({ severity: "error", file: `${relPrefix}/${id}/manifest.json`, line: 1, column: 1, field: "previous", rule, fix: "restore data/releases/ from git history; the chain of manifests must not be edited" });
  };
  const followed = new Set<string>();
  for (const release of byId.values()) {
    const previous = release.manifest.previous;
    if (previous === null) continue;
    const target = byId.get(previous.id);
    if (!target) at(release.id, `release ${release.id} follows ${previous.id}, which is missing`);
    else if (target.manifestSha256 !== previous.manifestSha256) at(release.id, `the manifest of ${previous.id} was altered: its SHA-256 no longer matches the one recorded by ${release.id}`);
    else if (target.manifest.date > release.manifest.date) at(release.id, `release ${release.id} (${release.manifest.date}) is dated before the release it follows, ${previous.id} (${target.manifest.date})`);
    if (followed.has(previous.id)) at(release.id, `two releases follow ${previous.id}: the history forks`);
    followed.add(previous.id);
  }
  const heads = [...byId.values()].filter((r) => !followed.has(r.id));
  const geneses = [...byId.values()].filter((r) => r.manifest.previous === null);
  if (byId.size > 0 && (heads.length !== 1 || geneses.length !== 1)) {
    at(heads[0]?.id ?? [...byId.keys()][0] ?? "-", `the releases do not form one chain (${geneses.length} first releases, ${heads.length} latest)`);
    return [...byId.values()].sort((a, b) => a.manifest.date.localeCompare(b.manifest.date) || a.id.localeCompare(b.id));
  }
  const ordered: FrozenRelease[] = [];
  let current = heads[0];
  while (current && ordered.length <= byId.size) {
    ordered.unshift(current);
    current = current.manifest.previous ? byId.get(current.manifest.previous.id) : undefined;
  }
  return ordered;
}
