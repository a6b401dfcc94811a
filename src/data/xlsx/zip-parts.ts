/** The parts of an .xlsx package (a zip file) by name, unpacked with fflate, within a size limit. */
import { unzipSync } from "fflate";

/** Thrown when the file is not a workbook this reader can open; the reason names the part or the limit. */
export class XlsxError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "XlsxError";
  }
}

/** Unpacked bytes we accept in one workbook: far above a 50,000-row sheet (~10 MB), far below a zip bomb. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** Unpacks the entries `wanted` names, as UTF-8 text; refuses, before inflating anything, when their declared sizes pass the limit. */
export function unzipTextParts(bytes: Uint8Array, wanted: (name: string) => boolean, limit = MAX_UNPACKED_BYTES): Map<string, string> {
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        declared += file.originalSize;
        if (declared > limit) throw new XlsxError(`its parts unpack to more than ${Math.round(limit / 1024 / 1024)} MB`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw new XlsxError(`it is not a valid zip package (${error instanceof Error ? error.message : String(error)})`);
  }
  // fflate inflates no more than an entry declares, so a lying header yields a cut part (broken XML), not a bomb.
  const decoder = new TextDecoder("utf-8");
  return new Map(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}
