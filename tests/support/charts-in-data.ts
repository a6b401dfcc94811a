/** The charts the site should publish, read straight from the files in data/ (not through the site's code). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./data-fixture.ts";

export interface ChartInData {
  dataset: string;
  chart: string;
  title: Record<"kk" | "ru" | "en", string>;
}

function chartsIn(datasetsDir: string): ChartInData[] {
  return readdirSync(datasetsDir)
    .sort()
    .flatMap((dataset) => {
      const meta = JSON.parse(readFileSync(join(datasetsDir, dataset, "dataset.json"), "utf8")) as { charts?: { id: string; title: ChartInData["title"] }[] };
      return (meta.charts ?? []).map((c) => ({ dataset, chart: c.id, title: c.title }));
    });
}

export const LANGS = ["kk", "ru", "en"] as const;

/** Every chart of data/datasets/. */
export const LATEST_CHARTS = chartsIn(join(PROJECT_ROOT, "data/datasets"));

/** Every release with the charts its frozen datasets declare. */
export const RELEASED_CHARTS = readdirSync(join(PROJECT_ROOT, "data/releases"))
  .sort()
  .map((release) => ({ release, charts: chartsIn(join(PROJECT_ROOT, "data/releases", release, "datasets")) }));
