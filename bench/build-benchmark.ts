/**
 * `node --import tsx bench/build-benchmark.ts [--sizes 0,1000,10000] [--years 5] [--out bench/.output]`
 *
 * Builds copies of the project with 0, 1,000 and 10,000 synthetic organisations (bench/generate-data.ts,
 * never in data/), each with `npm run build` under /usr/bin/time -v, and writes the figures to
 * BENCHMARKS.md: wall time, CPU time, peak memory, pages, and the cost per organisation page against
 * DESIGN.md's budget (≤ 5 ms a page, linear to 10,000 organisation pages, ≤ 2 GB). Not a test.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateData } from "./generate-data.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PROJECT_FILES = ["src", "public", "scripts", "astro.config.mjs", "package.json", "tsconfig.json"];

export interface BuildRun {
  organizations: number;
  statementRows: number;
  htmlPages: number;
  organizationPages: number;
  files: number;
  /** `npm run build` is `check:data` then `astro build`: both, timed one after the other. */
  wallSeconds: number;
  cpuSeconds: number;
  peakMegabytes: number;
  /** check:data alone. */
  checkSeconds: number;
  /** Astro's own report: loading the content layer and bundling, then generating the pages. */
  astroPrepareSeconds: number;
  astroPagesSeconds: number;
  load: [number, number];
}

interface Timed {
  wall: number;
  cpu: number;
  peakMegabytes: number;
  stdout: string;
}

/** One command under /usr/bin/time -v. */
function timed(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Timed {
  const result = spawnSync("/usr/bin/time", ["-v", command, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 30, env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${result.stderr.slice(-3000)}`);
  const stat = (label: string): string => new RegExp(`${label}: (.+)`).exec(result.stderr)?.[1]?.trim() ?? "0";
  return {
    wall: clock(stat("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)")),
    cpu: Number(stat("User time \\(seconds\\)")) + Number(stat("System time \\(seconds\\)")),
    peakMegabytes: Number(stat("Maximum resident set size \\(kbytes\\)")) / 1024,
    stdout: result.stdout,
  };
}

/** "12.3s", "1m 4s" or "850ms", as Astro reports durations. */
function astroDuration(text: string | undefined): number {
  if (!text) return 0;
  const minutes = /(\d+)m/.exec(text)?.[1];
  const seconds = /([\d.]+)s/.exec(text)?.[1];
  const millis = /([\d.]+)ms/.exec(text)?.[1];
  return Number(minutes ?? 0) * 60 + (millis !== undefined ? Number(millis) / 1000 : Number(seconds ?? 0));
}

function countFiles(dir: string): { html: number; organizationPages: number; files: number } {
  let html = 0;
  let files = 0;
  let organizationPages = 0;
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        files += 1;
        if (entry.name.endsWith(".html")) html += 1;
        if (/\/(kk|ru|en)\/organizations\/(?!compare\/)[^/]+\/index\.html$/.test(path)) organizationPages += 1;
      }
    }
  };
  walk(dir);
  return { html, organizationPages, files };
}

/** Seconds from /usr/bin/time's "h:mm:ss" or "m:ss.ss". */
function clock(text: string): number {
  return text.split(":").reduce((total, part) => total * 60 + Number(part), 0);
}

export function benchmarkBuild(organizations: number, years: number, workDir: string): BuildRun {
  const dir = join(workDir, `build-${organizations}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of PROJECT_FILES) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  // Each package linked, not node_modules itself: Astro keeps its data store in node_modules/.astro, and a
  // benchmark must not write 10,000 organisations into the checkout's cache.
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (name !== ".astro") symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
  let statementRows = 0;
  if (organizations > 0) statementRows = generateData(dir, organizations, years).rows;
  else cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true });

  const before = loadavg()[0] ?? 0;
  const env = { ...process.env, CI: "true", ASTRO_TELEMETRY_DISABLED: "1", OUT_DIR: join(dir, "dist") };
  // The two steps of package.json's "build" script, each timed.
  const node = process.execPath;
  const check = timed(node, ["--import", "tsx", "scripts/check-data.ts", "--quiet"], dir, env);
  const astro = timed(node, [join(dir, "node_modules", "astro", "bin", "astro.mjs"), "build"], dir, env);
  const prepare = [...astro.stdout.matchAll(/\[build\] ✓ Completed in ([^.\n]+(?:\.\d+)?m?s)/g)].map((m) => m[1])[0];
  const pages = /\n[^\n[]*✓ Completed in ([^\n]+?)\.?\s*\n/.exec(astro.stdout)?.[1];
  const counted = countFiles(join(dir, "dist"));
  const run: BuildRun = {
    organizations,
    statementRows,
    htmlPages: counted.html,
    organizationPages: counted.organizationPages,
    files: counted.files,
    wallSeconds: check.wall + astro.wall,
    cpuSeconds: check.cpu + astro.cpu,
    peakMegabytes: Math.max(check.peakMegabytes, astro.peakMegabytes),
    checkSeconds: check.wall,
    astroPrepareSeconds: astroDuration(prepare),
    astroPagesSeconds: astroDuration(pages),
    load: [before, loadavg()[0] ?? 0],
  };
  rmSync(dir, { recursive: true, force: true });
  return run;
}

const ms = (seconds: number, pages: number): string => (pages > 0 ? `${((seconds * 1000) / pages).toFixed(2)} ms` : "—");
const count = (n: number): string => n.toLocaleString("en-US");

export function benchmarksMarkdown(runs: readonly BuildRun[], date: string): string {
  const rows = runs.map(
    (r) =>
      `| ${count(r.organizations)} | ${count(r.statementRows)} | ${count(r.htmlPages)} | ${count(r.files)} | ${r.wallSeconds.toFixed(1)} s | ${r.cpuSeconds.toFixed(1)} s | ${r.peakMegabytes.toFixed(0)} MB | ${r.checkSeconds.toFixed(1)} s | ${r.astroPrepareSeconds.toFixed(1)} s | ${r.astroPagesSeconds.toFixed(1)} s | ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)} |`,
  );
  const sorted = [...runs].sort((a, b) => a.organizations - b.organizations);
  const marginal = sorted.slice(1).map((r, i) => {
    const from = sorted[i];
    if (!from) return "";
    const pages = r.organizationPages - from.organizationPages;
    return `| ${count(from.organizations)} → ${count(r.organizations)} | ${count(pages)} | ${ms(r.wallSeconds - from.wallSeconds, pages)} | ${ms(r.cpuSeconds - from.cpuSeconds, pages)} | ${ms(r.astroPagesSeconds - from.astroPagesSeconds, pages)} |`;
  });
  const largest = sorted.at(-1);
  return `# Build benchmarks

Generated by \`node --import tsx bench/build-benchmark.ts\` on ${date}; rerun it to refresh this file.
Each run copies the project, adds synthetic organisations with five years of statements
(bench/generate-data.ts, never into data/: four in five publish an order-404 balance sheet and statement
of profit or loss, one in five a cash report; about 145 statement rows each, all marked "example"), and
times the two steps of \`npm run build\` — \`check:data\`, then \`astro build\` — under \`/usr/bin/time -v\`.
Peak memory is the larger process's resident set. An organisation gives three HTML pages (kk, ru, en) and
two downloads (CSV, JSON).

Machine: ${availableParallelism()} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}. It is shared with other work: the load average
(last column) says how busy it was, and the same run varies by ±30 % from one hour to the next.

| organisations | statement rows | HTML pages | files | wall | CPU | peak memory | check:data | content layer | page generation | load |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join("\n")}

Cost of one more organisation page (wall and CPU of the whole build, and Astro's page generation alone),
between consecutive runs: it includes the page's share of validation, the content store, the directory,
the comparison and the two downloads.

| runs | organisation pages added | wall / page | CPU / page | generation / page |
| --- | ---: | ---: | ---: | ---: |
${marginal.join("\n")}

Budget (DESIGN.md): ≤ 5 ms a page, linear to 10,000 organisation pages; peak memory ≤ 2 GB.
${largest ? `At ${count(largest.organizations)} organisations (${count(largest.htmlPages)} HTML pages) the build took ${largest.wallSeconds.toFixed(0)} s, ${ms(largest.wallSeconds, largest.htmlPages)} a page overall, with a peak of ${largest.peakMegabytes.toFixed(0)} MB.` : ""}

What was changed to get here (profiles with \`node --cpu-prof\`): organisation charts are drawn by
src/charts drawings, not Plot (1–2 ms a chart); statements are validated row by row as they are read,
without d3-dsv for files without quotes, and kept in Maps (line codes such as "100" are array indexes to
an object); the content store holds each organisation's statements packed as one JSON text; numbers are
formatted without creating Intl formatters; pages of one organisation are built one after another so its
statements are unpacked once; \`build.concurrency: 4\` overlaps file writes with rendering.
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { sizes: { type: "string", default: "0,1000,10000" }, years: { type: "string", default: "5" }, out: { type: "string", default: join(ROOT, "bench", ".output") }, write: { type: "string", default: join(ROOT, "BENCHMARKS.md") } } });
  const runs: BuildRun[] = [];
  for (const size of values.sizes.split(",").map(Number)) {
    const run = benchmarkBuild(size, Number(values.years), resolve(values.out));
    console.log(JSON.stringify(run));
    runs.push(run);
  }
  writeFileSync(join(resolve(values.out), `benchmark-${Date.now()}.json`), `${JSON.stringify(runs, null, 2)}\n`);
  writeFileSync(values.write, benchmarksMarkdown(runs, new Date().toISOString().slice(0, 10)));
  console.log(readFileSync(values.write, "utf8"));
}
