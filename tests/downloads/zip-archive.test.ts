/** Dataset zips have fixed bytes: the same files give the same zip in any time zone, dated by the release. */
import { strFromU8, unzipSync } from "fflate";
import { afterEach, expect, test } from "vitest";
import { zipArchive } from "../../src/site/zip-archive.ts";

const files = [
  { path: "x/data.csv", text: "year,value\n2022,1\n" },
  { path: "x/README.txt", text: "Қазақстан — Open Health KZ\n" },
];
const zoneBefore = process.env.TZ;
afterEach(() => {
  process.env.TZ = zoneBefore;
});

test("holds the files as given", () => {
  const unzipped = unzipSync(zipArchive(files, "2026-11-22"));
  expect(Object.fromEntries(Object.entries(unzipped).map(([name, bytes]) => [name, strFromU8(bytes)]))).toEqual(Object.fromEntries(files.map((f) => [f.path, f.text])));
});

test("is byte-identical in every time zone", () => {
  const zips = ["UTC", "Asia/Almaty", "America/Los_Angeles", "Pacific/Kiritimati"].map((zone) => {
    process.env.TZ = zone;
    return Buffer.from(zipArchive(files, "2026-11-22"));
  });
  for (const zip of zips.slice(1)) expect(zip.equals(zips[0] ?? Buffer.alloc(0))).toBe(true);
});

test("dates every entry at midnight of the given day (the zip's DOS date and time fields)", () => {
  const zip = zipArchive(files, "2026-11-22");
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  expect(view.getUint32(0, true)).toBe(0x04034b50); // a local file header
  expect(view.getUint16(10, true)).toBe(0); // 00:00:00
  expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (11 << 5) | 22);
});
