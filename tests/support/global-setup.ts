/**
 * Builds the site ONCE for the whole test run and hands its location to tests via provide/inject.
 *
 * The build uses BASE_PATH=/ohkz/ and SITE_URL=https://example.test on purpose: the site must work
 * under any sub-path, so a link that ignores the base path points outside /ohkz/ and the link check
 * (tests/site/browser.test.ts) reports it.
 *
 * Several people (or agents) may run the suite at once in one checkout, so each run builds into its
 * own folder, tests/.output/build-<pid>/, and the teardown moves it to tests/.output/site: the last
 * finished run's build, which REUSE_BUILD=1 reuses. A run never serves a folder another run rewrites.
 *
 * Environment switches (for development only; CI always builds):
 *   REUSE_BUILD=1   skip the build when tests/.output/site already holds HTML from an earlier run
 *                   (it must have been built by this setup, i.e. with the base path above).
 *   SITE_DIR=<dir>  skip the build and test that static directory instead (e.g. a throwaway fixture);
 *                   SITE_BASE (default /ohkz/) and SITE_ORIGIN (default https://example.test) describe it.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import type {} from "./site.ts"; // declares ProvidedContext
import { listHtmlFiles } from "./site.ts";
import { SECOND_THREAD_REPORT } from "../../src/integrations/parallel-prerender.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUTPUT_ROOT = resolve(ROOT, "tests", ".output");
/** The last finished run's build (for REUSE_BUILD=1). */
export const OUTPUT_DIR = resolve(OUTPUT_ROOT, "site");
export const TEST_BASE_PATH = "/ohkz/";
export const TEST_SITE_URL = "https://example.test";

function tail(text: string, lines = 60): string {
  return text.split("\n").slice(-lines).join("\n");
}

async function build(outDir: string): Promise<string> {
  rmSync(outDir, { recursive: true, force: true });
  const started = Date.now();
  const child = spawn("npm", ["run", "build"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      CI: "true",
      ASTRO_TELEMETRY_DISABLED: "1",
      BASE_PATH: TEST_BASE_PATH,
      SITE_URL: TEST_SITE_URL,
      OUT_DIR: outDir,
    },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const code = await new Promise<number | null>((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  });
  if (code !== 0) {
    throw new Error(
      `Site build failed (npm run build exited with ${code}; BASE_PATH=${TEST_BASE_PATH} OUT_DIR=${outDir}).\n` +
        `--- stdout (tail) ---\n${tail(stdout)}\n--- stderr (tail) ---\n${tail(stderr)}`,
    );
  }
  if (listHtmlFiles(outDir).length === 0) {
    throw new Error(`Site build succeeded but wrote no HTML into ${outDir}.\n--- stdout (tail) ---\n${tail(stdout)}`);
  }
  console.log(`[global-setup] built the site into ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return SECOND_THREAD_REPORT.exec(stdout)?.[0] ?? "";
}

export default async function setup(project: TestProject): Promise<void | (() => void)> {
  project.provide("renderThreadsLog", null);
  const override = process.env.SITE_DIR;
  if (override) {
    const dir = resolve(override);
    if (!existsSync(dir)) throw new Error(`SITE_DIR=${override} does not exist`);
    console.log(`[global-setup] SITE_DIR set: testing ${dir} without building`);
    project.provide("siteDir", dir);
    project.provide("basePath", process.env.SITE_BASE ?? TEST_BASE_PATH);
    project.provide("siteUrl", process.env.SITE_ORIGIN ?? TEST_SITE_URL);
    return;
  }
  project.provide("basePath", TEST_BASE_PATH);
  project.provide("siteUrl", TEST_SITE_URL);
  if (process.env.REUSE_BUILD === "1" && listHtmlFiles(OUTPUT_DIR).length > 0) {
    console.log(`[global-setup] REUSE_BUILD=1: reusing ${OUTPUT_DIR}`);
    project.provide("siteDir", OUTPUT_DIR);
    return;
  }
  removeStaleBuilds();
  const own = resolve(OUTPUT_ROOT, `build-${process.pid}`);
  project.provide("renderThreadsLog", await build(own));
  project.provide("siteDir", own);
  return () => {
    // keep this build as tests/.output/site for REUSE_BUILD=1
    rmSync(OUTPUT_DIR, { recursive: true, force: true });
    try {
      renameSync(own, OUTPUT_DIR);
    } catch {
      rmSync(own, { recursive: true, force: true });
    }
  };
}

/** build-<pid> folders left by runs that were killed before their teardown. */
function removeStaleBuilds(): void {
  if (!existsSync(OUTPUT_ROOT)) return;
  for (const name of readdirSync(OUTPUT_ROOT)) {
    const pid = /^build-(\d+)$/.exec(name)?.[1];
    if (!pid || Number(pid) === process.pid) continue;
    let alive = true;
    try {
      process.kill(Number(pid), 0);
    } catch (err) {
      alive = (err as NodeJS.ErrnoException).code !== "ESRCH";
    }
    if (!alive) rmSync(resolve(OUTPUT_ROOT, name), { recursive: true, force: true });
  }
}
