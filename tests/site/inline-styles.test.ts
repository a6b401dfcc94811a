/**
 * The site's style sheet is inlined in every page with its hash in the page's Content-Security-Policy
 * (src/components/InlineStyle.astro). A browser applies an inline <style> the policy covers only when
 * style-src lists its hash: today Astro writes the policy's <meta> after the sheet, but served as a
 * header (or should Astro move the <meta> up), a sheet whose hash is wrong would leave the page unstyled.
 */
import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { styleHash } from "../../src/site/style-hash.ts";
import { listHtmlPages, readPage } from "../support/site.ts";

test("styleHash is the base64 SHA-256 a style-src source names", () => {
  // the SHA-256 of the empty text, as CSP Level 3's examples give it
  expect(styleHash("")).toBe("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  expect(styleHash("a{color:red}")).toBe(`sha256-${createHash("sha256").update("a{color:red}").digest("base64")}`);
  expect(styleHash("a{color:red}")).not.toBe(styleHash("a{color:blue}"));
});

test("every inline style of every built page is allowed by the page's own style-src", () => {
  const pages = listHtmlPages();
  expect(pages.length).toBeGreaterThan(100);
  let styles = 0;
  for (const path of pages) {
    const html = readPage(path);
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
    const styleSrc = policy?.split(";").find((d) => d.trim().startsWith("style-src "));
    for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
      styles += 1;
      expect(styleSrc, `${path}: no style-src for its inline style`).toBeDefined();
      expect(styleSrc?.split(" "), `${path}: its style's hash is not in its style-src`).toContain(`'${styleHash(css ?? "")}'`);
    }
    // the site's sheet is in every page but the bare redirects
    if (html.includes('<main')) expect(html, `${path} has no inline style`).toContain("<style>");
  }
  expect(styles).toBeGreaterThan(pages.length / 2);
});
