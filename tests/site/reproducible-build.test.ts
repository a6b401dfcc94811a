/** Building the same commit twice gives byte-identical output: no clock, no random ids, no machine-dependent bytes. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { listFiles } from "../../src/releases/snapshot.ts";
import { PROJECT_ROOT } from "../support/data-fixture.ts";
import { runNpm } from "../support/project-copy.ts";
import { basePath, builtSiteDir, siteUrl } from "../support/site.ts";

test("a second build of the same tree is byte-identical to the first", () => {
  const second = join(mkdtempSync(join(tmpdir(), "ohkz-rebuild-")), "site");
  const build = runNpm(PROJECT_ROOT, ["build"], { OUT_DIR: second, BASE_PATH: basePath(), SITE_URL: siteUrl() });
  expect(build.status, build.stderr.slice(-2000)).toBe(0);
  const first = builtSiteDir();
  const files = listFiles(first);
  expect(listFiles(second)).toEqual(files);
  const differing = files.filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
  expect(differing, `differ: ${differing.slice(0, 10).join(", ")} (${relative(PROJECT_ROOT, second)})`).toEqual([]);
});
