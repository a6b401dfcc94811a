// @ts-check
import { defineConfig } from "astro/config";
import react from "@astrojs/react";

/** Where the site is served: SITE_URL (origin) and BASE_PATH (sub-path), so one build fits any static host. */
const site = process.env.SITE_URL ?? "http://127.0.0.1:4321";
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  outDir: process.env.OUT_DIR ?? "./dist",
  build: { format: "directory", inlineStylesheets: "always" },
  integrations: [react()],
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page: Astro hashes the scripts and styles it emits, so no
  // inline script runs unless the build put it there. Style attributes (Plot's SVG) are allowed; script
  // attributes (onerror=…) never are. 'wasm-unsafe-eval' lets the search index (WebAssembly) run.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: "attribute" }] },
    },
  },
  server: { host: "127.0.0.1", port: 4321 },
});
