import { defineConfig } from "vitest/config";

/**
 * Test runner configuration: two projects.
 *
 * - "unit": every tests/**\/*.test.ts outside tests/site/ (data, charts, tooling self-tests). No site build.
 * - "site": tests/site/**\/*.test.ts. Its globalSetup (tests/support/global-setup.ts) builds the site ONCE
 *   (into tests/.output/site, base path /ohkz/) before these files are collected; tests read the output
 *   through tests/support/site.ts. The build runs only when a "site" test file is part of the run,
 *   so `npx vitest run tests/data` stays fast and is not blocked by a broken build.
 *
 * Both projects first point TMPDIR at a folder of the run's own (tests/support/scratch-tmpdir.ts), removed
 * when the run ends: the data and project copies tests make leave nothing behind.
 *
 * Browser tests are heavy (one Chromium per file), so test files run one at a time; inside
 * tests/site/browser.test.ts up to `maxConcurrency` pages are checked at once.
 *
 *   npm test                                   everything (builds the site)
 *   npx vitest run --project site              only the built-site checks
 *   REUSE_BUILD=1 npx vitest run tests/site    reuse tests/.output/site if it already exists
 *   SITE_DIR=/tmp/fixture SITE_BASE=/ohkz/ npx vitest run tests/site
 *                                              check another static directory instead of building
 */
export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxConcurrency: 3,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          globalSetup: ["tests/support/scratch-tmpdir.ts"],
          include: ["tests/**/*.test.ts"],
          exclude: ["**/node_modules/**", "tests/.output/**", "tests/site/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts"],
          globalSetup: ["tests/support/scratch-tmpdir.ts", "tests/support/global-setup.ts"],
        },
      },
    ],
  },
});
