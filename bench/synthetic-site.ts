/**
 * A copy of the project with N made-up datasets added (status "example"), so the build can be measured
 * at 1,000 and 10,000 pages. Writes only into a temporary folder, never into data/.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyProject } from "../tests/support/project-copy.ts";

const text = (en: string) => ({ kk: `${en} (kk)`, ru: `${en} (ru)`, en });

/** Pages each synthetic dataset adds: one page per language. */
export const PAGES_PER_DATASET = 3;

export function syntheticProject(datasets: number): string {
  const project = copyProject("ohkz-bench-");
  const sourcesPath = join(project, "data/sources.json");
  const sources = JSON.parse(readFileSync(sourcesPath, "utf8")) as { sources: unknown[] };
  sources.sources.push({ id: "bench-synthetic", title: text("Synthetic benchmark data"), publisher: text("Open Health KZ benchmarks"), date: "2026", url: "https://example.org/bench", licence: "CC-BY-4.0" });
  writeFileSync(sourcesPath, JSON.stringify(sources, null, 2));
  for (let i = 0; i < datasets; i++) {
    const id = `bench-${String(i).padStart(5, "0")}`;
    const dir = join(project, "data/datasets", id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "dataset.json"),
      JSON.stringify({
        id,
        family: "institutions",
        status: "example",
        title: text(`Synthetic dataset ${i}`),
        description: text("Made-up figures for the build benchmark."),
        frequency: "annual",
        licence: "CC-BY-4.0",
        primaryKey: ["region", "year"],
        fields: [
          { name: "region", type: "code", codelist: "regions", required: true, label: text("Region") },
          { name: "year", type: "year", required: true, label: text("Year") },
          { name: "count", type: "integer", unit: "units", label: text("Count") },
          { name: "source", type: "source", required: true, label: text("Source") },
        ],
        charts: [{ id: `${id}-line`, kind: "line", title: text(`Synthetic series ${i}`), x: "year", y: "count", filter: { region: ["kz"] } }],
      }),
    );
    const rows = ["region,year,count,source"];
    for (let year = 2013; year <= 2022; year++) rows.push(`kz,${year},${(i * 7 + year * 13) % 1000},bench-synthetic`, `abai,${year},${(i * 3 + year) % 100},bench-synthetic`);
    writeFileSync(join(dir, "data.csv"), `${rows.join("\n")}\n`);
  }
  return project;
}
