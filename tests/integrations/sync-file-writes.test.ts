/** While installed, fs.promises.mkdir and writeFile as Astro calls them write at once, settle a turn later, and fail as Node's do. */
import fs from "node:fs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, expect, test } from "vitest";
import { writeFilesSynchronously } from "../../src/integrations/sync-file-writes.ts";

let folder = "";
let restore: (() => void) | undefined;
const nodeMkdir = fs.promises.mkdir;
const nodeWriteFile = fs.promises.writeFile;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "ohkz-sync-writes-"));
  restore = writeFilesSynchronously();
});

afterEach(() => {
  restore?.();
  rmSync(folder, { recursive: true, force: true });
});

test("a page is on disk as soon as Astro's calls return, before their promises settle", async () => {
  const page = join(folder, "en", "organizations", "x", "index.html");
  const made = fs.promises.mkdir(pathToFileURL(join(folder, "en", "organizations", "x")), { recursive: true });
  const written = fs.promises.writeFile(pathToFileURL(page), Buffer.from("<h1>Қаржы</h1>"));
  expect(readFileSync(page, "utf8")).toBe("<h1>Қаржы</h1>");
  await expect(made).resolves.toBe(join(folder, "en"));
  await expect(written).resolves.toBeUndefined();
});

test("a write settles on the event loop's next turn, as Node's own does, so other threads' messages are taken in between", async () => {
  const order: string[] = [];
  setImmediate(() => order.push("next turn"));
  await fs.promises.writeFile(join(folder, "a.csv"), "a,b\n");
  order.push("written");
  expect(order).toEqual(["next turn", "written"]);
});

test("a failed write rejects its promise with Node's error instead of throwing", async () => {
  let written: Promise<void> | undefined;
  expect(() => (written = fs.promises.writeFile(join(folder, "missing", "index.html"), new Uint8Array([1])))).not.toThrow();
  await expect(written).rejects.toMatchObject({ code: "ENOENT" });
  await expect(fs.promises.mkdir(join(folder, "a.csv", "b"))).rejects.toBeInstanceOf(Error);
});

test("calls Astro does not make go to Node's own, and restoring puts Node's functions back", async () => {
  expect(fs.promises.writeFile).not.toBe(nodeWriteFile);
  const file = join(folder, "with-options.txt");
  await fs.promises.writeFile(file, "x", { encoding: "utf8" });
  expect(readFileSync(file, "utf8")).toBe("x");
  const handle = await fs.promises.open(join(folder, "handle.txt"), "w");
  await fs.promises.writeFile(handle, "through a handle");
  await handle.close();
  expect(readFileSync(join(folder, "handle.txt"), "utf8")).toBe("through a handle");
  restore?.();
  restore = undefined;
  expect(fs.promises.writeFile).toBe(nodeWriteFile);
  expect(fs.promises.mkdir).toBe(nodeMkdir);
});
