/** Everything the site is built from, validated once: data/ and its verified release history. */
import { join } from "node:path";
import { readDataCatalog } from "../data/load-catalog.ts";
import { DataValidationError, type DataProblem } from "../data/problems.ts";
import type { DataCatalog } from "../data/records.ts";
import { readReleaseCalendar, type ReleaseCalendar } from "./release-calendar.ts";
import { readReleaseHistory, type ReleaseHistory } from "./release-history.ts";

export interface SiteData {
  catalog: DataCatalog;
  history: ReleaseHistory;
  calendar: ReleaseCalendar;
  problems: DataProblem[];
}

/** Validates data/ and, when it is valid, the release chain and the reasons for every change since. */
export function readSiteData(dataDir: string, rootDir: string = join(dataDir, "..")): SiteData {
  const { catalog, problems } = readDataCatalog(dataDir, rootDir);
  const empty: ReleaseHistory = { releases: [], pending: { changes: {}, problems: [] }, problems: [] };
  const calendar = readReleaseCalendar(dataDir, problems);
  if (problems.some((p) => p.severity === "error")) return { catalog, history: empty, calendar, problems };
  const history = readReleaseHistory(dataDir, catalog, rootDir);
  return { catalog, history, calendar, problems: [...problems, ...history.problems] };
}

/** For the build: the site data, or a DataValidationError carrying every error. */
export function loadSiteData(dataDir: string, rootDir?: string): SiteData {
  const data = readSiteData(dataDir, rootDir);
  const errors = data.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new DataValidationError(errors);
  return data;
}
