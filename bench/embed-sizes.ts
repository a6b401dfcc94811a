/**
 * Every embed page, everything a browser transfers to show it (the HTML, embed.js, latest.json on pinned
 * charts, the icon), each file gzipped as a static host would serve it (zlib level 6). Budget: 15 KB.
 * Writes the figures to BENCHMARKS.md under "## Embed pages" (other sections are kept).
 *
 *   npm run bench:embeds                      builds the site into bench/.output/site, then measures
 *   npm run bench:embeds -- --site dist       measures an existing build (served at /)
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { launchBrowser } from "../tests/support/browser.ts";
import { fileToUrlPath, listHtmlFiles } from "../tests/support/site.ts";
import { startStaticServer } from "../tests/support/static-server.ts";

const ROOT = resolve(import.meta.dirname, "..");
const BUDGET = 15 * 1024;
const SECTION = "## Embed pages";

function siteDir(): string {
  const at = process.argv.indexOf("--site");
  if (at > 0) return resolve(process.argv[at + 1] ?? "dist");
  const out = join(ROOT, "bench/.output/site");
  const { BASE_URL: _ignored, ...env } = process.env;
  const build = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit", env: { ...env, OUT_DIR: out, BASE_PATH: "/" } });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
  return out;
}

interface Measured {
  path: string;
  files: number;
  bytes: number;
  gzip: number;
}

async function measure(dir: string): Promise<Measured[]> {
  const pages = listHtmlFiles(join(dir, "embed")).map((file) => fileToUrlPath(dir, file, "/"));
  if (pages.length === 0) throw new Error(`no embed pages in ${dir}/embed/`);
  const server = await startStaticServer(dir, "/");
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 640, height: 800 } });
  const results: Measured[] = [];
  try {
    const page = await context.newPage();
    for (const path of pages) {
      const bodies: Promise<Buffer>[] = [];
      const collect = (res: import("playwright-core").Response): void => void bodies.push(res.body().catch(() => Buffer.alloc(0)));
      page.on("response", collect);
      await page.goto(server.origin + path, { waitUntil: "networkidle" });
      page.off("response", collect);
      const files = await Promise.all(bodies);
      results.push({
        path,
        files: files.length,
        bytes: files.reduce((n, b) => n + b.length, 0),
        gzip: files.reduce((n, b) => n + gzipSync(b, { level: 6 }).length, 0),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function report(results: Measured[]): string {
  const sorted = [...results].sort((a, b) => a.gzip - b.gzip);
  const median = sorted[Math.floor(sorted.length / 2)];
  const largest = sorted.slice(-5).reverse();
  const over = results.filter((r) => r.gzip > BUDGET);
  return [
    SECTION,
    "",
    "Everything a browser transfers to show an embed page (HTML with its inline CSS and SVG, `embed/embed.js`,",
    "`embed/latest.json` on pinned charts, the icon), each file gzipped at zlib level 6. Budget: 15 KB.",
    "Measured by `npm run bench:embeds` (bench/embed-sizes.ts) in Chromium on a fresh build.",
    "",
    "| | pages | median | largest | over budget |",
    "| --- | ---: | ---: | ---: | ---: |",
    `| all embed pages | ${results.length} | ${kb(median?.gzip ?? 0)} | ${kb(sorted.at(-1)?.gzip ?? 0)} | ${over.length} |`,
    "",
    "Largest pages (gzip, files transferred, uncompressed):",
    "",
    ...largest.map((r) => `- \`${r.path}\`: ${kb(r.gzip)}, ${r.files} files, ${kb(r.bytes)} uncompressed`),
    "",
  ].join("\n");
}

function writeSection(section: string): void {
  const file = join(ROOT, "BENCHMARKS.md");
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n\n";
  const start = current.indexOf(SECTION);
  if (start < 0) {
    writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = current.indexOf("\n## ", start + SECTION.length);
  writeFileSync(file, `${current.slice(0, start)}${section}${next < 0 ? "" : `\n${current.slice(next + 1)}`}`);
}

const dir = siteDir();
const results = await measure(dir);
const section = report(results);
writeSection(section);
console.log(section);
console.log(`written to ${relative(process.cwd(), join(ROOT, "BENCHMARKS.md"))}`);
if (results.some((r) => r.gzip > BUDGET)) process.exitCode = 1;
