/** A zip of text files with fixed bytes: the same files give the same zip on every machine and every build. */
import { strToU8, zipSync, type Zippable } from "fflate";

/**
 * `modified` is a calendar date (YYYY-MM-DD). Zip stores local date and time fields, and fflate reads them
 * from a Date in the machine's time zone, so the Date is made from local fields to come out the same everywhere.
 */
export function zipArchive(files: readonly { path: string; text: string }[], modified: string): Uint8Array<ArrayBuffer> {
  const [y = 1980, m = 1, d = 1] = modified.split("-").map(Number);
  const mtime = new Date(Math.max(y, 1980), m - 1, d);
  const entries: Zippable = {};
  for (const file of files) entries[file.path] = [strToU8(file.text), { mtime, level: 9 }];
  return new Uint8Array(zipSync(entries));
}
