/** A copy of the project in a temporary folder (node_modules linked), for tests that release, tamper or build. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { PROJECT_ROOT } from "./data-fixture.ts";

const PROJECT_FILES = ["src", "public", "scripts", "data", "astro.config.mjs", "package.json", "tsconfig.json"];

/**
 * `ownCache`: link each package rather than node_modules itself, so that Astro's data store
 * (node_modules/.astro) stays in the copy: a benchmark must not write 10,000 organisations into the
 * checkout's cache.
 */
export function copyProject(prefix = "ohkz-project-", options: { ownCache?: boolean } = {}): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of PROJECT_FILES) cpSync(join(PROJECT_ROOT, entry), join(copy, entry), { recursive: true });
  const modules = join(PROJECT_ROOT, "node_modules");
  if (!options.ownCache) symlinkSync(modules, join(copy, "node_modules"), "dir");
  else {
    mkdirSync(join(copy, "node_modules"));
    for (const name of readdirSync(modules)) if (name !== ".astro") symlinkSync(join(modules, name), join(copy, "node_modules", name));
  }
  return copy;
}

/** Runs an npm script in a folder as a user would; returns exit code and output. */
export function runNpm(cwd: string, args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  // Vitest's workers set BASE_URL=/ in the environment; a child build would take it over the configured base path.
  const { BASE_URL: _ignored, ...inherited } = process.env;
  const result = spawnSync("npm", ["run", "--silent", ...args], { cwd, encoding: "utf8", env: { ...inherited, ASTRO_TELEMETRY_DISABLED: "1", ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
