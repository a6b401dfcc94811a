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
  build: { format: "directory", inlineStylesheets: "always", concurrency: 4 },
  integrations: [react()],
  devToolbar: { enabled: false },
  server: { host: "127.0.0.1", port: 4321 },
});
