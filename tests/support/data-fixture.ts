/** Copies of tests/fixtures/data-minimal in a temporary folder, for tests that break one thing at a time. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const MINIMAL_DATA = join(PROJECT_ROOT, "tests/fixtures/data-minimal");
export const MINIMAL_CSV = "datasets/clinic-visits/data.csv";

/** A fresh copy of the minimal data folder; returns its path. */
export function copyMinimalData(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "ohkz-data-")), "data");
  cpSync(MINIMAL_DATA, dir, { recursive: true });
  return dir;
}

export function readFixture(dataDir: string, file: string): string {
  return readFileSync(join(dataDir, file), "utf8");
}

export function writeFixture(dataDir: string, file: string, content: string | Uint8Array): void {
  writeFileSync(join(dataDir, file), content);
}

/** Runs `npm run check:data`'s script on a data folder, as a user would; returns exit code and output. */
export function runCheckData(dataDir: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-data.ts", "--data-dir", dataDir], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
