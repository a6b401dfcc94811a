/** Builds a project folder and measures wall and CPU time and peak memory (GNU time's maximum resident set size). */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { speedCheck } from "./speed-check.ts";

export interface BuildMeasure {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  htmlPages: number;
  /** Pages of single organisations (/{lang}/organizations/{id}/), the page type the budget scales with. */
  organizationPages: number;
  /** One-minute load average before and after: the machine may be shared. */
  load: [number, number];
  /**
   * Share of the machine's CPU time the hypervisor gave to other guests while the build ran (steal, from
   * /proc/stat), or null where there is no /proc/stat: the slowest builds of one commit measured here
   * had 15–17 % stolen.
   */
  stolen: number | null;
  /** Seconds bench/speed-check.ts's fixed workload took just before the build: a hint of how fast the machine was then. */
  speedCheck: number | null;
}

/** The machine's CPU time so far in clock ticks, all of it and the part stolen by the hypervisor. */
function cpuTicks(): { total: number; steal: number } | null {
  if (!existsSync("/proc/stat")) return null;
  // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest time is already in user)
  const fields = /^cpu +(.*)$/m.exec(readFileSync("/proc/stat", "utf8"))?.[1]?.trim().split(/\s+/).map(Number) ?? [];
  if (fields.length < 8) return null;
  return { total: fields.slice(0, 8).reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
}

const ORGANIZATION_PAGE = /^(kk|ru|en)\/organizations\/(?!compare\/)[^/]+\/index\.html$/;

function countPages(dir: string, prefix = ""): { html: number; organizations: number } {
  const total = { html: 0, organizations: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) {
      const inner = countPages(join(dir, entry.name), `${rel}/`);
      total.html += inner.html;
      total.organizations += inner.organizations;
    } else if (entry.name.endsWith(".html")) {
      total.html += 1;
      if (ORGANIZATION_PAGE.test(rel)) total.organizations += 1;
    }
  }
  return total;
}

/** Runs `astro build` (data checks included in the build's loaders) under /usr/bin/time. */
export function measureBuild(project: string, outDir: string, env: Record<string, string> = {}): BuildMeasure {
  if (!existsSync("/usr/bin/time")) throw new Error("GNU time is needed to measure peak memory: apt-get install -y time");
  const { BASE_URL: _ignored, ...inherited } = process.env;
  const speed = speedCheck();
  const before = loadavg()[0] ?? 0;
  const ticksBefore = cpuTicks();
  const result = spawnSync("/usr/bin/time", ["-f", "BENCH %e %U %S %M", "node", "node_modules/astro/bin/astro.mjs", "build"], {
    cwd: project,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: "1", OUT_DIR: outDir, ...env, PATH: `${join(project, "node_modules/.bin")}:${process.env.PATH ?? ""}` },
  });
  const ticksAfter = cpuTicks();
  const line = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !line) throw new Error(`build failed in ${project}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  const pages = countPages(outDir);
  return {
    seconds: Number(line[1]),
    cpuSeconds: Number(line[2]) + Number(line[3]),
    peakMb: Math.round(Number(line[4]) / 1024),
    htmlPages: pages.html,
    organizationPages: pages.organizations,
    load: [before, loadavg()[0] ?? 0],
    speedCheck: speed,
    stolen: ticksBefore && ticksAfter && ticksAfter.total > ticksBefore.total ? (ticksAfter.steal - ticksBefore.steal) / (ticksAfter.total - ticksBefore.total) : null,
  };
}
