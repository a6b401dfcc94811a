/**
 * Indexes the built site with Pagefind once Astro has written every page, so search covers exactly
 * what is published. Pagefind splits the index by each page's <html lang>: a reader searching on a
 * Kazakh page gets Kazakh results. Pages opt in with data-pagefind-body (src/layouts/Page.astro).
 */
import type { AstroIntegration } from "astro";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { close, createIndex } from "pagefind";
import { SEARCH_BUNDLE_DIR } from "../site/search-bundle.ts";

export function pagefindIndex(): AstroIntegration {
  return {
    name: "open-health-kz:pagefind-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const bundle = join(site, SEARCH_BUNDLE_DIR);
        try {
          const { index, errors } = await createIndex();
          if (!index) throw new Error(errors.join("; "));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join("; "));
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) throw new Error(written.errors.join("; "));
          // The backend can report "written" before the entry file is complete on disk (seen on a loaded
          // machine): stop it, then read the file once it parses.
          await close();
          const languages = await sortEntryLanguages(join(bundle, "pagefind-entry.json"));
          logger.info(`search index in ${SEARCH_BUNDLE_DIR}/: ${Object.entries(languages).map(([l, { page_count }]) => `${l} ${page_count} pages`).join(", ")}`);
          if (Object.keys(languages).length === 0) throw new Error("no page has data-pagefind-body");
        } catch (error) {
          // a site without its search index must not be published as if it had one
          throw new Error(`Pagefind could not index ${site}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await close();
        }
      },
    },
  };
}

/**
 * Pagefind lists the languages in its entry file in a different order on each run; sorting them keeps
 * two builds of one commit byte-identical (DESIGN.md). pagefind.js looks languages up by key.
 */
async function sortEntryLanguages(file: string): Promise<Record<string, { page_count: number }>> {
  const entry = (await readJsonWhenComplete(file)) as { languages: Record<string, { page_count: number }> };
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, JSON.stringify(entry));
  return entry.languages;
}

/** Reads a JSON file another process is still finishing: retries for up to 10 s until it parses. */
async function readJsonWhenComplete(file: string): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      if (attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
