/** Reading PNG files in tests: the signature and IHDR size by hand, the pixels through resvg's own PNG decoder. */
import { Resvg } from "@resvg/resvg-js";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The width and height from the IHDR chunk, or an error saying why the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b)) throw new Error("not a PNG: the 8-byte signature is missing");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (view.getUint32(8) !== 13 || type !== "IHDR") throw new Error(`not a PNG: the first chunk is "${type}", not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** RGBA pixels of a PNG: drawn 1:1 by resvg as an <image>, so two PNGs decoded this way compare pixel for pixel. */
export function pngPixels(bytes: Uint8Array): { width: number; height: number; pixels: Buffer } {
  const { width, height } = pngSize(bytes);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(bytes).toString("base64")}"/></svg>`;
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, logLevel: "off" }).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** Share of pixels whose channels differ by more than `tolerance` (0…1). */
export function pixelDifference(a: Buffer, b: Buffer, tolerance = 8): number {
  if (a.length !== b.length) return 1;
  let differing = 0;
  for (let i = 0; i < a.length; i += 4) {
    if ([0, 1, 2, 3].some((c) => Math.abs((a[i + c] ?? 0) - (b[i + c] ?? 0)) > tolerance)) differing++;
  }
  return differing / (a.length / 4);
}
