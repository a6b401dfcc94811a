/** Which cell styles show a number as a date (xl/styles.xml), and a date serial number as YYYY-MM-DD. */
import { scanXml } from "./xml-scan.ts";

/** Built-in number formats that are dates or date-times (ECMA-376 §18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format code is a date when, outside quoted text, escapes and [colour]/[$-locale] sections, it has d or y, or m without h or s. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[(?![hms]+\])[^\]]*\]/gi, "");
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}

/** Indexes into cellXfs (a cell's s attribute) whose number format is a date. */
export function readDateStyles(xml: string | undefined): Set<number> {
  const dates = new Set<number>();
  if (xml === undefined) return dates;
  const customDate = new Map<number, boolean>();
  let inCellXfs = false;
  let index = 0;
  scanXml(xml, {
    open(name, a) {
      if (name === "numFmt") customDate.set(Number(a["numFmtId"]), isDateFormatCode(a["formatCode"] ?? ""));
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a["numFmtId"] ?? 0);
        if (customDate.get(id) ?? BUILT_IN_DATE_FORMATS.has(id)) dates.add(index);
        index += 1;
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return dates;
}

const DAY_MS = 86_400_000;

/** A spreadsheet date serial → "YYYY-MM-DD" ("…THH:MM:SS" when it has a time of day). */
export function serialToIsoDate(serial: number, date1904: boolean): string {
  // The 1900 system counts a 29 February 1900 that never was (a Lotus 1-2-3 bug Excel kept), so its epoch is 1899-12-30 from 1 March 1900 on.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const iso = new Date(epoch + Math.round(serial * DAY_MS)).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}
