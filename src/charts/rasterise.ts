/**
 * SVG → PNG at build time with resvg and the Noto Sans TTFs from @expo-google-fonts/noto-sans (SIL OFL):
 * resvg draws text only from TTF/OTF, and Noto Sans has every Kazakh letter (ә ғ қ ң ө ұ ү һ і).
 * System fonts are never loaded, so the PNG is the same on every machine.
 */
import { Resvg } from "@resvg/resvg-js";
import { createRequire } from "node:module";
import { join } from "node:path";

export const IMAGE_FONT_FAMILY = "Noto Sans";

/**
 * The font files, resolved from the project (the build's working directory): the bundled build code
 * may run from a folder outside the project (OUT_DIR), where node_modules cannot be found.
 */
export function imageFontFiles(root = process.cwd()): string[] {
  const require = createRequire(join(root, "package.json"));
  return ["400Regular/NotoSans_400Regular.ttf", "700Bold/NotoSans_700Bold.ttf"].map((file) => require.resolve(`@expo-google-fonts/noto-sans/${file}`));
}

let fontFiles: string[] | undefined;

/** The PNG of an SVG, drawn `zoom` times its size (2 for high-density screens), on the SVG's own background. */
export function svgToPng(svg: string, zoom = 1): Uint8Array<ArrayBuffer> {
  fontFiles ??= imageFontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: zoom },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: IMAGE_FONT_FAMILY, sansSerifFamily: IMAGE_FONT_FAMILY },
    // Plot's stylesheet uses :where(), which resvg skips (it only sets display rules resvg does not need)
    logLevel: "error",
  });
  return new Uint8Array(resvg.render().asPng());
}
