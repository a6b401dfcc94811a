/** Bytes → text: strict UTF-8, an optional byte-order mark removed. */
import type { DataProblem } from "./problems.ts";

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: DataProblem };

/** Decodes a data file; a byte sequence that is not UTF-8 is a located error, never silently replaced. */
const strict = new TextDecoder("utf-8", { fatal: true });

export function decodeUtf8(bytes: Uint8Array, file: string): DecodeResult {
  try {
    // The native decoder checks valid files fast; only a broken one is walked byte by byte to locate its fault.
    const text = strict.decode(bytes);
    return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
  } catch {
    // fall through: find and report the first invalid byte
  }
  const badAt = firstInvalidUtf8Offset(bytes);
  if (badAt !== -1) {
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, badAt));
    const lines = before.split("\n");
    const line = lines.length;
    const column = (lines[lines.length - 1] ?? "").length + 1;
    const byte = (bytes[badAt] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return {
      ok: false,
      problem: {
        severity: "error",
        file,
        line,
        column,
        field: "-",
        rule: `the file is not UTF-8 (byte 0x${byte} at offset ${badAt})`,
        fix: "save the file as UTF-8 (in Excel: Save As → CSV UTF-8; in LibreOffice: Character set → Unicode (UTF-8))",
        message: { code: "file.not-utf8", params: { byte: `0x${byte}`, offset: badAt } },
      },
    };
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF), or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
