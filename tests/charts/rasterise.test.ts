/**
 * PNGs are drawn with the shipped Noto Sans, so Kazakh and Russian letters render on every machine:
 * a label is compared with a reference image (tests/fixtures/images/kazakh-label.png, made by this
 * rasteriser and checked by eye), and every Kazakh letter must draw a glyph of its own.
 */
import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, test } from "vitest";
import { imageFontFiles, svgToPng } from "../../src/charts/rasterise.ts";
import { PROJECT_ROOT } from "../support/data-fixture.ts";
import { GLYPH_LABEL, glyphLabelSvg, KAZAKH_LETTERS } from "../support/glyph-label.ts";
import { pixelDifference, pngPixels, pngSize } from "../support/png.ts";

const reference = readFileSync(`${PROJECT_ROOT}tests/fixtures/images/kazakh-label.png`);

describe("the rasteriser", () => {
  test("draws the label as the reference image shows it", () => {
    const drawn = pngPixels(svgToPng(glyphLabelSvg(), 2));
    const expected = pngPixels(reference);
    expect({ width: drawn.width, height: drawn.height }).toEqual({ width: expected.width, height: expected.height });
    expect(pixelDifference(drawn.pixels, expected.pixels)).toBeLessThan(0.002);
  });

  test("the comparison fails when the text is drawn without the shipped font", () => {
    const noFont = new Resvg(glyphLabelSvg(), { fitTo: { mode: "zoom", value: 2 }, font: { loadSystemFonts: false, fontFiles: [] }, logLevel: "off" }).render().asPng();
    expect(pixelDifference(pngPixels(noFont).pixels, pngPixels(reference).pixels)).toBeGreaterThan(0.01);
  });

  test.each([...KAZAKH_LETTERS, ...KAZAKH_LETTERS.toUpperCase(), "ё", "Ж"])("draws a glyph of its own for %s", (letter) => {
    const draw = (text: string) => pngPixels(svgToPng(glyphLabelSvg(text))).pixels;
    const blank = draw(" ");
    const missing = draw("\uE000"); // a private-use code point: no font here has it, so it shows what a missing glyph looks like
    const glyph = draw(letter);
    expect(pixelDifference(glyph, blank), "nothing drawn").toBeGreaterThan(0);
    expect(pixelDifference(glyph, missing), "drawn as a missing glyph").toBeGreaterThan(0);
  });

  test("writes PNGs at 1× and 2× the SVG's size", () => {
    expect(pngSize(svgToPng(glyphLabelSvg()))).toEqual({ width: 420, height: 28 });
    expect(pngSize(svgToPng(glyphLabelSvg(), 2))).toEqual({ width: 840, height: 56 });
  });

  test("loads only the Noto Sans files of the project, never the machine's fonts", () => {
    expect(imageFontFiles().map((f) => f.slice(f.lastIndexOf("/") + 1))).toEqual(["NotoSans_400Regular.ttf", "NotoSans_700Bold.ttf"]);
    expect(GLYPH_LABEL).toContain(KAZAKH_LETTERS);
  });
});
