/**
 * `npm run check:data [-- --data-dir DIR] [--quiet]`: validates data/ and its release history with the same code as the build
 * and prints every problem as `file:line:column field — rule — what to do`. Exit 1 when data has errors;
 * findings about published figures (e.g. a closing balance that is not the next opening balance) are
 * printed too, and never change the exit code.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readSiteData } from "../src/releases/read-site-data.ts";
import { formatProblem } from "../src/data/problems.ts";
import { runCli } from "./run-cli.ts";

function main(): number {
  const { values } = parseArgs({
    options: { "data-dir": { type: "string", default: "data" }, quiet: { type: "boolean", default: false } },
  });
  const dataDir = resolve(values["data-dir"]);
  const { catalog, history, problems } = readSiteData(dataDir, process.cwd());
  const errors = problems.filter((p) => p.severity === "error");
  const findings = problems.filter((p) => p.severity === "finding");
  for (const p of errors) console.error(formatProblem(p));
  if (!values.quiet) for (const p of findings) console.log(`finding: ${formatProblem(p)}`);
  if (errors.length > 0) {
    console.error(`\ncheck:data: ${errors.length} error(s) in ${values["data-dir"]}/ — nothing was built. Fix them and run \`npm run check:data\` again.`);
    return 1;
  }
  if (!values.quiet) {
    const rows = catalog.datasets.reduce((n, d) => n + d.rows.length, 0);
    console.log(`check:data: ${catalog.datasets.length} datasets, ${rows} rows, ${catalog.sources.length} sources — all valid.`);
    const latest = history.releases.at(-1);
    const pending = Object.keys(history.pending.changes).length;
    console.log(latest ? `check:data: ${history.releases.length} release(s) verified, latest ${latest.manifest.id}; ${pending} dataset(s) changed since.` : "check:data: no releases yet.");
    const { organizations, statements } = catalog.statements;
    if (organizations.length > 0) console.log(`check:data: ${organizations.length} organisations, ${statements.length} statements, ${findings.length} finding(s) about published figures (shown on the pages, not errors).`);
  }
  return 0;
}

runCli("check:data: could not check the data", main);
