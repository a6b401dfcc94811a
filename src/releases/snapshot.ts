/** The files a release freezes: everything the site publishes from data/, byte for byte, with their SHA-256. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export interface SnapshotFile {
  /** Path relative to the data folder (and to the release folder), with forward slashes. */
  path: string;
  bytes: Buffer;
  sha256: string;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** What is published: sources and their documents, code lists, every dataset's metadata and rows. */
const PUBLISHED = [/^sources\.json$/, /^sources\/documents\/[^/]+$/, /^codelists\/[^/]+\.json$/, /^datasets\/[^/]+\/(dataset\.json|data\.csv)$/];

export function isPublishedPath(path: string): boolean {
  return PUBLISHED.some((pattern) => pattern.test(path));
}

/** Every published file under a data folder (data/ or a release folder), sorted by path. */
export function snapshotFiles(dataDir: string): SnapshotFile[] {
  return listFiles(dataDir)
    .filter(isPublishedPath)
    .map((path) => {
      const bytes = readFileSync(join(dataDir, path));
      return { path, bytes, sha256: sha256(bytes) };
    });
}

/** All files under a folder, as relative paths with forward slashes, sorted. */
export function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(full).isDirectory() ? listFiles(full, rel) : [rel];
    });
}
