/** `npm run release`: validate, diff against the latest release, demand reasons, freeze the files with a manifest. */
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readDataCatalog } from "../data/load-catalog.ts";
import type { DataProblem } from "../data/problems.ts";
import type { LocalizedText } from "../data/schema.ts";
import { ISO_DAY, RELEASE_ID, type ReleaseManifest } from "./manifest-schema.ts";
import { readReleaseHistory, REVISIONS_FILE } from "./release-history.ts";
import { sha256, snapshotFiles } from "./snapshot.ts";

export interface ReleaseRequest {
  dataDir: string;
  rootDir: string;
  id: string;
  /** YYYY-MM-DD: the release date recorded in the manifest (never read from the clock at build time). */
  date: string;
  notes: LocalizedText;
}

export type ReleaseOutcome = { ok: true; manifest: ReleaseManifest; manifestSha256: string } | { ok: false; problems: DataProblem[] };

const refuse = (rule: string, fix: string, file = "data/releases"): ReleaseOutcome => ({ ok: false, problems: [{ severity: "error", file, line: 1, column: 1, field: "-", rule, fix }] });

export function cutRelease(request: ReleaseRequest): ReleaseOutcome {
  const { dataDir, rootDir, id, date, notes } = request;
  if (!RELEASE_ID.test(id)) return refuse(`"${id}" is not a release id`, "use the year and quarter, e.g. 2026-Q4 (or 2026-Q4.1 for a second release in a quarter)");
  if (!ISO_DAY.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return refuse(`"${date}" is not a date`, "give --date as YYYY-MM-DD");
  const target = join(dataDir, "releases", id);
  if (existsSync(target)) return refuse(`release ${id} exists already`, "choose the next id; a release is never replaced", `data/releases/${id}`);

  const { catalog, problems: dataProblems } = readDataCatalog(dataDir, rootDir);
  const dataErrors = dataProblems.filter((p) => p.severity === "error");
  if (dataErrors.length > 0) return { ok: false, problems: dataErrors };
  const history = readReleaseHistory(dataDir, catalog, rootDir);
  if (history.problems.length > 0) return { ok: false, problems: history.problems };
  const latest = history.releases.at(-1);
  if (latest && date < latest.manifest.date) return refuse(`the date ${date} is before the latest release, ${latest.manifest.id} (${latest.manifest.date})`, "releases are dated in order: give a later --date");

  const files = snapshotFiles(dataDir);
  const previousFiles = new Map((latest ? snapshotFiles(join(dataDir, "releases", latest.manifest.id)) : []).map((f) => [f.path, f.sha256]));
  const unchanged = files.length === previousFiles.size && files.every((f) => previousFiles.get(f.path) === f.sha256);
  if (unchanged) return refuse(`nothing changed since ${latest?.manifest.id ?? "the start"}`, "a release must change something: update data/ first");

  const manifest: ReleaseManifest = {
    id,
    date,
    notes,
    previous: latest ? { id: latest.manifest.id, manifestSha256: latest.manifestSha256 } : null,
    files: files.map((f) => ({ path: f.path, sha256: f.sha256 })),
    changes: history.pending.changes,
  };
  // Written next to the target and renamed in one step, so a failed release leaves no half-frozen folder.
  const staging = join(dataDir, "releases", `.staging-${id}`);
  for (const file of files) {
    mkdirSync(dirname(join(staging, file.path)), { recursive: true });
    writeFileSync(join(staging, file.path), file.bytes);
  }
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(join(staging, "manifest.json"), manifestText);
  renameSync(staging, target);
  // The reasons now live in the manifest; the next release starts with none.
  writeFileSync(join(dataDir, REVISIONS_FILE), `${JSON.stringify({ revisions: [] }, null, 2)}\n`);
  return { ok: true, manifest, manifestSha256: sha256(manifestText) };
}
