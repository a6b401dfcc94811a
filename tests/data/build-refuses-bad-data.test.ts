/** `npm run build` on a copy of the project with one broken cell: exit 1, the located message, nothing in dist/. */
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { expect, test } from "vitest";
import { PROJECT_ROOT } from "../support/data-fixture.ts";

test("a wrong value in data/ stops the build before anything is written", () => {
  const copy = mkdtempSync(join(tmpdir(), "ohkz-build-"));
  for (const entry of ["src", "public", "scripts", "data", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    cpSync(join(PROJECT_ROOT, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(copy, "node_modules"), "dir");
  const csv = join(copy, "data/datasets/hospitals-by-region/data.csv");
  const lines = readFileSync(csv, "utf8").split("\n");
  const header = (lines[0] ?? "").split(",");
  const column = header.indexOf("hospitals");
  const cells = (lines[1] ?? "").split(",");
  cells[column] = "eight hundred";
  lines[1] = cells.join(",");
  writeFileSync(csv, lines.join("\n"));

  const outDir = join(copy, "dist");
  const result = spawnSync("npm", ["run", "build"], { cwd: copy, encoding: "utf8", env: { ...process.env, OUT_DIR: outDir } });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`data/datasets/hospitals-by-region/data.csv:2:${column + 1} hospitals — expected an integer, got "eight hundred"`);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(outDir)).toBe(false);
});
