// @ts-check
import { defineConfig } from "astro/config";
import react from "@astrojs/react";
import { parallelPrerender } from "./src/integrations/parallel-prerender.ts";
import { pagefindIndex } from "./src/integrations/pagefind-index.ts";

/** Where the site is served: SITE_URL (origin) and BASE_PATH (sub-path), so one build fits any static host. */
const site = process.env.SITE_URL ?? "http://127.0.0.1:4321";
const base = process.env.BASE_PATH ?? "/";

/**
 * Astro 7.3.4 inlines a <script> whose only dynamic import is an unbundled URL (the search page's
 * pagefind.js) before Vite fills in the import's preload list, so `__VITE_PRELOAD__` is undefined at
 * run time (withastro/astro#17265). Such a script stays a file; everything else keeps Vite's default.
 * @param {string} _file
 * @param {Buffer} content
 */
const assetsInlineLimit = (_file, content) => (content.includes("__VITE_PRELOAD__") ? false : undefined);

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  outDir: process.env.OUT_DIR ?? "./dist",
  // Pages in flight: the main thread writes finished pages while the worker renders up to six of them
  // (src/integrations/parallel-prerender.ts, 10,000 organisation pages).
  build: { format: "directory", inlineStylesheets: "always", concurrency: 8 },
  integrations: [react(), parallelPrerender(), pagefindIndex()],
  vite: { build: { assetsInlineLimit } },
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page: Astro hashes the scripts and styles it emits (the site's
  // style sheet through src/components/InlineStyle.astro), so no inline script runs unless the build put it
  // there. Style attributes (Plot's SVG) are allowed; script attributes (onerror=…) never are.
  // 'wasm-unsafe-eval' lets the search index (WebAssembly) run.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: "attribute" }] },
    },
  },
  server: { host: "127.0.0.1", port: 4321 },
});
