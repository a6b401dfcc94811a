/** Every earlier release's CSV downloads byte for byte as it was frozen in data/releases/. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { PROJECT_ROOT } from "../support/data-fixture.ts";
import { builtSiteDir } from "../support/site.ts";

const releasesDir = join(PROJECT_ROOT, "data/releases");
const frozen = readdirSync(releasesDir).flatMap((release) =>
  readdirSync(join(releasesDir, release, "datasets")).map((dataset) => [release, dataset] as const),
);

test("the repository has released history to check", () => {
  expect(frozen.length).toBeGreaterThan(20);
});

test.each(frozen)("release %s, dataset %s", (release, dataset) => {
  const served = join(builtSiteDir(), "data", dataset, `${release}.csv`);
  expect(existsSync(served)).toBe(true);
  expect(readFileSync(served).equals(readFileSync(join(releasesDir, release, "datasets", dataset, "data.csv")))).toBe(true);
});
