/**
 * `node --import tsx bench/generate-data.ts --organizations 10000 --years 5 --out /tmp/ohkz-bench`
 *
 * Writes a copy of data/ into <out>/data with a synthetic statement set of made-up organisations added
 * (status "example", so its pages carry the banner). For benchmarks only: it refuses to write into the
 * repository's data/.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { csvFormatRows } from "d3-dsv";
import { REGISTRY_HEADER, ROW_HEADER, registryRow, statementRows, syntheticOrganization } from "./synthetic-statements.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SET = "synthetic";
const SOURCE = "synthetic-benchmark-statements";

export interface GeneratedData {
  dataDir: string;
  organizations: number;
  rows: number;
}

/** True when `path` is the repository's data/ or inside it, following links. */
function insideRepositoryData(path: string): boolean {
  const data = realpathSync(join(ROOT, "data"));
  let probe = resolve(path);
  while (!existsSync(probe)) probe = dirname(probe);
  const rel = relative(data, join(realpathSync(probe), relative(probe, resolve(path))));
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith("/"));
}

export function generateData(out: string, organizations: number, years: number, lastYear = 2023): GeneratedData {
  const dataDir = join(resolve(out), "data");
  if (insideRepositoryData(dataDir) || insideRepositoryData(out)) throw new Error(`refusing to write into the repository's data/ (${out}): choose a folder outside it`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dirname(dataDir), { recursive: true });
  cpSync(join(ROOT, "data"), dataDir, { recursive: true });

  const sourcesPath = join(dataDir, "sources.json");
  const sources = JSON.parse(readFileSync(sourcesPath, "utf8")) as { sources: unknown[] };
  const text = { kk: "Бенчмарк үшін жасалған деректер", ru: "Данные, созданные для бенчмарка", en: "Data made up for the benchmark" };
  sources.sources.push({ id: SOURCE, title: text, publisher: { kk: "Open Health KZ", ru: "Open Health KZ", en: "Open Health KZ" }, date: "2026", document: `${SOURCE}.txt`, licence: "CC-BY-4.0" });
  writeFileSync(sourcesPath, `${JSON.stringify(sources, null, 2)}\n`);
  writeFileSync(join(dataDir, "sources", "documents", `${SOURCE}.txt`), "Made-up organisations and statements, written by bench/generate-data.ts for the build benchmark.\n");

  const setDir = join(dataDir, "statements", SET);
  mkdirSync(setDir, { recursive: true });
  writeFileSync(
    join(setDir, "statements.json"),
    `${JSON.stringify({ id: SET, status: "example", title: text, description: text, licence: "CC-BY-4.0" }, null, 2)}\n`,
  );
  const orgs = Array.from({ length: organizations }, (_, n) => syntheticOrganization(n, SET));
  writeFileSync(join(setDir, "organizations.csv"), `${csvFormatRows([REGISTRY_HEADER, ...orgs.map((o) => registryRow(o, SOURCE))])}\n`);
  const yearList = Array.from({ length: years }, (_, i) => lastYear - years + 1 + i);
  const byYear = new Map<string, string[][]>(yearList.map((y) => [`${y}-12-31`, []]));
  for (const org of orgs) for (const row of statementRows(org, yearList, SOURCE)) byYear.get(row[2] ?? "")?.push(row);
  let rows = 0;
  for (const [end, list] of byYear) {
    writeFileSync(join(setDir, `${end.slice(0, 4)}.csv`), `${csvFormatRows([ROW_HEADER, ...list])}\n`);
    rows += list.length;
  }
  return { dataDir, organizations, rows };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { organizations: { type: "string", default: "1000" }, years: { type: "string", default: "5" }, out: { type: "string" } } });
  if (!values.out) throw new Error("name the folder to write into: --out /tmp/ohkz-bench (never the repository's data/)");
  const result = generateData(values.out, Number(values.organizations), Number(values.years));
  console.log(`generate-data: ${result.organizations} organisations, ${result.rows} statement rows in ${result.dataDir}`);
}
