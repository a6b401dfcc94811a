/** `npm run verify` passes on the repository's history and names the file and release when anything frozen is tampered with. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { expect, test } from "vitest";
import { PROJECT_ROOT } from "../support/data-fixture.ts";

function copyData(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "ohkz-verify-")), "data");
  cpSync(join(PROJECT_ROOT, "data"), dir, { recursive: true });
  return dir;
}

function verify(dataDir: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/verify.ts", "--data-dir", dataDir], { cwd: PROJECT_ROOT, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("the history in the repository verifies", () => {
  const result = verify(join(PROJECT_ROOT, "data"));
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/verify: \d+ release\(s\) verified; latest \S+, manifest SHA-256 [0-9a-f]{64}/);
});

test("one flipped byte in a frozen file fails, naming the file and the release", () => {
  const data = copyData();
  const file = join(data, "releases/2026-Q4/datasets/hospitals-by-region/data.csv");
  const bytes = readFileSync(file);
  bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 0x01;
  writeFileSync(file, bytes);
  const result = verify(data);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("data/releases/2026-Q4/datasets/hospitals-by-region/data.csv:1:1 - — a frozen file of release 2026-Q4 was altered (its SHA-256 differs from the manifest)");
});

test("a deleted manifest fails, naming the release", () => {
  const data = copyData();
  rmSync(join(data, "releases/2026-Q4/manifest.json"));
  const result = verify(data);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("data/releases/2026-Q4/manifest.json:1:1 - — release 2026-Q4 has no manifest");
  expect(result.stderr).toContain("release 2026-Q4.1 follows 2026-Q4, which is missing");
});

test("an edited earlier manifest breaks the chain", () => {
  const data = copyData();
  const path = join(data, "releases/2026-Q4/manifest.json");
  writeFileSync(path, readFileSync(path, "utf8").replace('"date": "2026-11-22"', '"date": "2026-11-21"'));
  const result = verify(data);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("data/releases/2026-Q4.1/manifest.json:1:1 previous — the manifest of 2026-Q4 was altered: its SHA-256 no longer matches the one recorded by 2026-Q4.1");
});

test("a removed frozen file and a file slipped in afterwards both fail", () => {
  const data = copyData();
  rmSync(join(data, "releases/2026-Q4.1/sources.json"));
  writeFileSync(join(data, "releases/2026-Q4.1/extra.csv"), "a,b\n");
  const result = verify(data);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("data/releases/2026-Q4.1/sources.json:1:1 - — a frozen file of release 2026-Q4.1 is missing");
  expect(result.stderr).toContain("data/releases/2026-Q4.1/extra.csv:1:1 - — a file was added to release 2026-Q4.1 after it was frozen");
});

test("releases put out of order (a later release dated before the one it follows) fail", () => {
  const data = copyData();
  const path = join(data, "releases/2026-Q4.1/manifest.json");
  writeFileSync(path, readFileSync(path, "utf8").replace('"date": "2026-11-22"', '"date": "2026-11-01"'));
  const result = verify(data);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("release 2026-Q4.1 (2026-11-01) is dated before the release it follows, 2026-Q4 (2026-11-22)");
});
