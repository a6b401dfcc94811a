/** What the checking page's web worker sends back, run without a browser: capped lists with counts, chart points, changes. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { LISTED, type CheckRequest } from "../../src/client/check-protocol.ts";
import { runCheck } from "../../src/client/run-check.ts";
import { readDataCatalog } from "../../src/data/load-catalog.ts";
import type { DatasetRow } from "../../src/data/records.ts";
import type { PublishDataset } from "../../src/site/publish-catalog.ts";
import { PROJECT_ROOT } from "../support/data-fixture.ts";

const { catalog } = readDataCatalog(join(PROJECT_ROOT, "data"), PROJECT_ROOT);
const hospitals = catalog.datasets.find((d) => d.meta.id === "hospitals-by-region")!;
const dataset: PublishDataset = { meta: hospitals.meta, codelists: { regions: catalog.codelists["regions"]?.codes ?? [] }, release: "2026-Q4.1" };
const sourceIds = catalog.sources.map((s) => s.id);
const HEADER = "region,year,hospitals,source";

function request(csv: string, released: readonly DatasetRow[] | null = null): CheckRequest {
  return { dataset, sourceIds, bytes: new TextEncoder().encode(csv).buffer as ArrayBuffer, fileName: "h.csv", headerRow: undefined, released: released ? [...released] : null, locale: "kk" as const };
}

describe("a file with many problems", () => {
  const rows = Array.from({ length: 300 }, (_, i) => `kz,${2000 + (i % 23)},many,bns-hospitals-by-region`);
  const outcome = runCheck(request(`${HEADER}\n${rows.join("\n")}\n`));

  test("sends the first problems and how many there are, and no rows, charts or changes", () => {
    expect(outcome.problems.count).toBe(300);
    expect(outcome.problems.first).toHaveLength(LISTED);
    expect(outcome.problems.first[0]?.message).toEqual({ code: "cell.integer", params: { value: '"many"', hint: "" } });
    expect([outcome.rowCount, outcome.csv, outcome.charts, outcome.changes]).toEqual([0, "", [], null]);
  });
});

describe("a clean file", () => {
  const steps: string[] = [];
  const outcome = runCheck(request(hospitals.csvText.replace("kz,2022,818,", "kz,2022,819,"), hospitals.rows), (step) => steps.push(step));

  test("reports each step of the check", () => {
    expect(steps).toEqual(["read", "header", "validate", "canonical", "done"]);
  });

  test("sends what each chart draws, labelled in the page's language", () => {
    expect(outcome.charts.map((c) => c.spec.id)).toEqual(["hospitals-national", "hospitals-regions-2022"]);
    const bars = outcome.charts[1]!;
    expect(bars.points.find((p) => p.y === 88)?.x).toBe(dataset.codelists["regions"]?.find((c) => c.code === "shymkent")?.label.kk);
    expect(outcome.charts[0]?.points.find((p) => p.x === 2022)?.y).toBe(819);
  });

  test("sends the changes since the release rows it was given", () => {
    expect(outcome.changes).toEqual({
      added: { count: 0, first: [] },
      revised: { count: 1, first: [{ key: { region: "kz", year: 2022 }, changes: [{ field: "hospitals", old: 818, new: 819 }] }] },
      withdrawn: { count: 0, first: [] },
    });
    expect(outcome.csv).toBe(readFileSync(join(PROJECT_ROOT, "data/datasets/hospitals-by-region/data.csv"), "utf8").replace("kz,2022,818,", "kz,2022,819,"));
  });

  test("without a release, every row is added", () => {
    const fresh = runCheck(request(hospitals.csvText));
    expect(fresh.changes?.added.count).toBe(hospitals.rows.length);
    expect(fresh.changes?.added.first).toHaveLength(LISTED);
  });
});
