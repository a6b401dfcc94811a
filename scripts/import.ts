/**
 * `npm run import -- <dataset> <file.csv|file.xlsx> [--header-row N] [--data-dir DIR]`: checks an official's file
 * with the same code as the /publish/ page and, only when it is clean, writes it as the dataset's data.csv
 * (UTF-8, comma, LF, declared columns in declared order), then prints what changed since the current release.
 * Exit 1, with every problem located in the official's file, and nothing written, when it is not clean.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { datasetCodeSets } from "../src/data/code-sets.ts";
import { checkImport } from "../src/data/import/check-import.ts";
import { readDataCatalog } from "../src/data/load-catalog.ts";
import { formatProblem } from "../src/data/problems.ts";
import type { DatasetRow } from "../src/data/records.ts";
import { noticeText } from "../src/i18n/problem-text.ts";
import { describeDiff, diffCounts } from "../src/releases/diff-summary.ts";
import { readReleaseChain } from "../src/releases/release-chain.ts";
import { diffRows } from "../src/releases/row-diff.ts";
import { runCli } from "./run-cli.ts";

const USAGE = "usage: npm run import -- <dataset> <file.csv|file.xlsx> [--header-row N]";

/** The rows of the dataset in the latest release, or undefined when it has never been released. */
function releasedRows(dataDir: string, datasetId: string): { release: string; rows: readonly DatasetRow[] } | undefined {
  const latest = readReleaseChain(join(dataDir, "releases")).releases.at(-1);
  if (!latest) return undefined;
  const dataset = readDataCatalog(latest.dir, process.cwd()).catalog.datasets.find((d) => d.meta.id === datasetId);
  return dataset ? { release: latest.id, rows: dataset.rows } : undefined;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "header-row": { type: "string" }, "data-dir": { type: "string", default: "data" } },
  });
  const [datasetId, filePath] = positionals;
  if (!datasetId || !filePath || positionals.length > 2) {
    console.error(USAGE);
    return 1;
  }
  const headerRow = values["header-row"] === undefined ? undefined : Number(values["header-row"]);
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 1)) {
    console.error(`import: --header-row must be a row number (1, 2, …), not "${values["header-row"]}"\n${USAGE}`);
    return 1;
  }
  if (!existsSync(filePath)) {
    console.error(`import: ${filePath} does not exist\n${USAGE}`);
    return 1;
  }
  const dataDir = resolve(values["data-dir"]);
  const { catalog } = readDataCatalog(dataDir, process.cwd());
  const dataset = catalog.datasets.find((d) => d.meta.id === datasetId);
  if (!dataset) {
    console.error(`import: there is no dataset "${datasetId}" with a valid dataset.json in ${values["data-dir"]}/datasets/; datasets: ${catalog.datasets.map((d) => d.meta.id).join(", ")}`);
    return 1;
  }

  const { meta } = dataset;
  const result = checkImport({
    meta,
    bytes: readFileSync(filePath),
    file: filePath,
    headerRow,
    ctx: { codes: datasetCodeSets(meta, catalog.codelists), sourceIds: new Set(catalog.sources.map((s) => s.id)) },
  });
  for (const notice of result.notices) console.log(`  ${noticeText(notice, "en")}`);
  if (result.problems.length > 0) {
    for (const p of result.problems) console.error(formatProblem(p));
    console.error(`\nimport: ${result.problems.length} problem(s) in ${filePath} — nothing was written to ${values["data-dir"]}/. Fix them in the spreadsheet and run the import again.`);
    return 1;
  }

  const target = join(dataDir, "datasets", meta.id, "data.csv");
  const shown = relative(process.cwd(), target).split("\\").join("/");
  const unchanged = existsSync(target) && readFileSync(target, "utf8") === result.csv;
  if (!unchanged) writeFileSync(target, result.csv);
  console.log(`import: ${shown} ${unchanged ? "is unchanged" : "written"} (${result.rows.length} rows).`);

  const released = releasedRows(dataDir, meta.id);
  const diff = diffRows(released?.rows ?? [], result.rows, meta.primaryKey);
  console.log(`\nChanges since ${released ? `release ${released.release}` : "the start (the dataset is not in a release yet)"}: ${diffCounts(diff)}`);
  for (const line of describeDiff(diff)) console.log(line);
  if (diff.revised.length + diff.withdrawn.length > 0) {
    console.log(`\nRevised and withdrawn values need a reason in ${values["data-dir"]}/revisions.json before \`npm run release\`; \`npm run check:data\` names each one and the entry to add.`);
  }
  console.log("\nNext: npm run check:data, then npm run release -- <id> --date YYYY-MM-DD --notes notes.json");
  return 0;
}

runCli("import", main);
