/**
 * Bytes of a text file from a spreadsheet → text: UTF-8 (with or without a byte-order mark), UTF-16 with a BOM
 * (Excel's "Unicode text"), or Windows-1251 (Cyrillic Windows' "CSV"), which is said in a notice.
 * UTF-16 without a BOM and binary files are refused: guessing them would misread every cell.
 */
import { decodeUtf8 } from "../decode-text.ts";
import type { ImportNotice } from "../problem-codes.ts";
import type { DataProblem } from "../problems.ts";

export type DetectedText = { ok: true; text: string; notice: ImportNotice } | { ok: false; problem: DataProblem };

/** Windows-1251 bytes that Cyrillic text and its numbers are made of: letters А–я Ёё Іі Єє Її Ўў, NBSP, « » – — … № “ ” ‘ ’. */
function isWindows1251TextByte(b: number): boolean {
  return b >= 0xc0 || [0xa8, 0xb8, 0xb2, 0xb3, 0xaa, 0xba, 0xaf, 0xbf, 0xa1, 0xa2, 0xa0, 0xab, 0xbb, 0x96, 0x97, 0x85, 0xb9, 0x93, 0x94, 0x91, 0x92].includes(b);
}

const wholeFile = (file: string, code: "file.utf16-no-bom" | "file.binary", rule: string, fix: string): DetectedText => ({
  ok: false,
  problem: { severity: "error", file, line: 1, column: 1, field: "-", rule, fix, message: { code, params: {} } },
});

export function decodeSpreadsheetText(bytes: Uint8Array, file: string): DetectedText {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xff && b1 === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), notice: { code: "encoding.utf16", params: { name: "UTF-16LE" } } };
  if (b0 === 0xfe && b1 === 0xff) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), notice: { code: "encoding.utf16", params: { name: "UTF-16BE" } } };
  if (bytes.includes(0)) {
    return looksLikeUtf16(bytes)
      ? wholeFile(file, "file.utf16-no-bom", "the file is UTF-16 without a byte-order mark, so its byte order is unknown", "save it as CSV UTF-8 (in Excel: Save As → CSV UTF-8), or as Unicode text, which has the mark")
      : wholeFile(file, "file.binary", "the file is not text: it holds zero bytes", "export the sheet as CSV (UTF-8) or save it as .xlsx");
  }
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const utf8 = decodeUtf8(bytes, file);
  if (utf8.ok) return { ok: true, text: utf8.text, notice: { code: bom ? "encoding.utf8-bom" : "encoding.utf8", params: {} } };
  let high = 0;
  let cyrillic = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high += 1;
    if (isWindows1251TextByte(b)) cyrillic += 1;
  }
  if (!bom && cyrillic >= high * 0.95) {
    return { ok: true, text: new TextDecoder("windows-1251").decode(bytes), notice: { code: "encoding.windows-1251", params: {} } };
  }
  // Neither UTF-8 nor plausible Cyrillic: say where UTF-8 breaks, as the build does.
  return { ok: false, problem: utf8.problem };
}

/** UTF-16 text of mostly Latin, digits and Cyrillic has a zero byte (or Cyrillic's 0x04) on one side of most characters. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  sample.forEach((b, i) => {
    if (b !== 0) return;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  });
  const pairs = sample.length / 2;
  return Math.max(even, odd) > pairs * 0.3 && Math.min(even, odd) < pairs * 0.05;
}
