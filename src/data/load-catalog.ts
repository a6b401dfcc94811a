/** Reads and validates the whole of data/: the one entry point for the build, the CLI and tests. */
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { datasetCodeSets } from "./code-sets.ts";
import { decodeUtf8 } from "./decode-text.ts";
import { checkChartIdsUnique, checkChartPointsUnique, checkDatasetMeta } from "./metadata-rules.ts";
import { DataValidationError, type DataProblem } from "./problems.ts";
import type { DataCatalog, Dataset } from "./records.ts";
import { codelistFileSchema, datasetMetaSchema, sourcesFileSchema, type Codelist, type DatasetMeta, type Source } from "./schema.ts";
import { validateDatasetCsv } from "./validate-dataset.ts";
import { jsonProblem, listDir, readJson, readText } from "./read-json.ts";
import { readStatementCatalog } from "./load-statements.ts";

export interface CatalogResult {
  catalog: DataCatalog;
  problems: DataProblem[];
}

/** Validates data/ and returns every problem found (it never stops at the first). */
export function readDataCatalog(dataDir: string, rootDir: string = join(dataDir, "..")): CatalogResult {
  const problems: DataProblem[] = [];
  const rel = (p: string): string => relative(rootDir, p).split("\\").join("/");

  const sourcesPath = join(dataDir, "sources.json");
  const sources: Source[] = readJson(sourcesPath, rel(sourcesPath), sourcesFileSchema, problems)?.sources ?? [];
  const sourceIds = new Set<string>();
  const documents: Record<string, string> = {};
  for (const s of sources) {
    if (sourceIds.has(s.id)) problems.push(jsonProblem(rel(sourcesPath), readText(sourcesPath), ["sources"], `source id "${s.id}" is declared twice`, "give every source a unique id"));
    sourceIds.add(s.id);
    if (s.document !== undefined && !existsSync(join(dataDir, "sources", "documents", s.document))) {
      problems.push(jsonProblem(rel(sourcesPath), readText(sourcesPath), ["sources"], `document "${s.document}" of source "${s.id}" is not in data/sources/documents/`, "add the file or correct the name"));
    } else if (s.document !== undefined) {
      const docPath = join(dataDir, "sources", "documents", s.document);
      const decoded = decodeUtf8(readFileSync(docPath), rel(docPath));
      if (decoded.ok) documents[s.document] = decoded.text;
      else problems.push(decoded.problem);
    }
  }

  const codelists: Record<string, Codelist> = {};
  const codelistDir = join(dataDir, "codelists");
  for (const name of listDir(codelistDir, (n) => n.endsWith(".json"))) {
    const path = join(codelistDir, name);
    const list = readJson(path, rel(path), codelistFileSchema, problems);
    if (list) codelists[list.name] = list;
  }

  const metas: { meta: DatasetMeta; file: string; dir: string; folder: string }[] = [];
  const datasetsDir = join(dataDir, "datasets");
  for (const folder of listDir(datasetsDir, (n) => statSync(join(datasetsDir, n)).isDirectory())) {
    const dir = join(datasetsDir, folder);
    const metaPath = join(dir, "dataset.json");
    if (!existsSync(metaPath)) {
      problems.push({ severity: "error", file: rel(dir), line: 1, column: 1, field: "-", rule: "the dataset folder has no dataset.json", fix: "add dataset.json (see data/README.md) or remove the folder" });
      continue;
    }
    const meta = readJson(metaPath, rel(metaPath), datasetMetaSchema, problems);
    if (!meta) continue;
    const metaProblems = checkDatasetMeta(meta, folder, rel(metaPath), codelists);
    problems.push(...metaProblems);
    if (metaProblems.length === 0) metas.push({ meta, file: rel(metaPath), dir, folder });
  }
  problems.push(...checkChartIdsUnique(metas));

  const datasets: Dataset[] = [];
  for (const { meta, dir } of metas) {
    const csvPath = join(dir, "data.csv");
    if (!existsSync(csvPath)) {
      problems.push({ severity: "error", file: rel(csvPath), line: 1, column: 1, field: "-", rule: "data.csv is missing", fix: "add the dataset's rows as data.csv" });
      continue;
    }
    const codes = datasetCodeSets(meta, codelists);
    const bytes = readFileSync(csvPath);
    const result = validateDatasetCsv(meta, bytes, rel(csvPath), { codes, sourceIds });
    problems.push(...result.problems);
    if (result.problems.length === 0) problems.push(...checkChartPointsUnique(meta, result.rows, rel(join(dir, "dataset.json"))));
    datasets.push({ meta, rows: result.rows, rowLines: result.rowLines, csvText: bytes.toString("utf8"), csvPath: rel(csvPath) });
  }
  datasets.sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const statements = readStatementCatalog(dataDir, { codelists, sourceIds, rel });
  problems.push(...statements.problems);
  return { catalog: { sources, codelists, datasets, documents, statements: statements.catalog }, problems };
}

/** Like readDataCatalog, but throws a DataValidationError carrying every error: for the build. */
export function loadDataCatalog(dataDir: string, rootDir?: string): DataCatalog {
  const { catalog, problems } = readDataCatalog(dataDir, rootDir);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new DataValidationError(errors);
  return catalog;
}
