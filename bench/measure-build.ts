/** Builds a project folder and measures wall time and peak memory (GNU time's maximum resident set size). */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface BuildMeasure {
  seconds: number;
  peakMb: number;
  htmlPages: number;
}

function countHtml(dir: string): number {
  return readdirSync(dir).reduce((n, name) => {
    const p = join(dir, name);
    return n + (statSync(p).isDirectory() ? countHtml(p) : name.endsWith(".html") ? 1 : 0);
  }, 0);
}

/** Runs `astro build` (data checks included in the build's loaders) under /usr/bin/time -v. */
export function measureBuild(project: string, outDir: string, env: Record<string, string> = {}): BuildMeasure {
  if (!existsSync("/usr/bin/time")) throw new Error("GNU time is needed to measure peak memory: apt-get install -y time");
  const { BASE_URL: _ignored, ...inherited } = process.env;
  const result = spawnSync("/usr/bin/time", ["-f", "BENCH %e %M", "node", "node_modules/astro/bin/astro.mjs", "build"], {
    cwd: project,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: "1", OUT_DIR: outDir, ...env, PATH: `${join(project, "node_modules/.bin")}:${process.env.PATH ?? ""}` },
  });
  const line = /BENCH ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !line) throw new Error(`build failed in ${project}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  return { seconds: Number(line[1]), peakMb: Math.round(Number(line[2]) / 1024), htmlPages: countHtml(outDir) };
}
