/**
 * Building the same commit twice gives byte-identical output: no clock, no random ids, no machine-dependent
 * bytes, and no difference between a page rendered in the main thread and one rendered in the second
 * (src/integrations/parallel-prerender.ts): the suite's build renders on two threads, this one on one.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { expect, inject, test } from "vitest";
import { SECOND_THREAD_REPORT } from "../../src/integrations/parallel-prerender.ts";
import { listFiles } from "../../src/releases/snapshot.ts";
import { PROJECT_ROOT } from "../support/data-fixture.ts";
import { runNpm } from "../support/project-copy.ts";
import { basePath, builtSiteDir, siteUrl } from "../support/site.ts";

test("the suite's build shared its pages between two threads where the machine has two CPUs", ({ skip }) => {
  const log = inject("renderThreadsLog");
  if (log === null) return skip("REUSE_BUILD or SITE_DIR: this run did not build the site");
  expect(log !== "", `build log line: "${log}"`).toBe(availableParallelism() >= 2);
  const [, inWorker = "0", total = "0"] = SECOND_THREAD_REPORT.exec(log) ?? [];
  if (log !== "") expect(Number(inWorker)).toBeGreaterThan(Number(total) / 4);
});

test("a build on one thread is byte-identical to the suite's build on two", () => {
  const second = join(mkdtempSync(join(tmpdir(), "ohkz-rebuild-")), "site");
  const build = runNpm(PROJECT_ROOT, ["build"], { OUT_DIR: second, BASE_PATH: basePath(), SITE_URL: siteUrl(), RENDER_THREADS: "1" });
  expect(build.status, build.stderr.slice(-2000)).toBe(0);
  expect(build.stdout).not.toMatch(SECOND_THREAD_REPORT);
  const first = builtSiteDir();
  const files = listFiles(first);
  expect(listFiles(second)).toEqual(files);
  const differing = files.filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
  expect(differing, `differ: ${differing.slice(0, 10).join(", ")} (${relative(PROJECT_ROOT, second)})`).toEqual([]);
});
