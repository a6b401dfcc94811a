/**
 * Indexes the built site with Pagefind once Astro has written every page, so search covers exactly
 * what is published. Pagefind splits the index by each page's <html lang>: a reader searching on a
 * Kazakh page gets Kazakh results. Pages opt in with data-pagefind-body (src/layouts/Page.astro);
 * organisation pages come as records (src/site/organization-search.ts), each checked against its page.
 * Everything reaches Pagefind as files of one folder, read in one call: a page sent through its API (a
 * custom record or an HTML file) is first compared with every page sent before it (Pagefind 1.5.2), a
 * cost that grows with the square of their number: the records of 10,000 organisation pages took
 * 5–7 s that way, and the folder holding them and every other page is read in 3.5 s.
 */
import type { AstroIntegration } from "astro";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { close, createIndex } from "pagefind";
import { SEARCH_BUNDLE_DIR } from "../site/search-bundle.ts";
import { ORGANIZATION_SEARCH_RECORDS, searchRecordsSchema, type SearchRecord } from "../site/search-records.ts";
import { recordPage, searchInput } from "./search-input.ts";

export function pagefindIndex(): AstroIntegration {
  return {
    name: "open-health-kz:pagefind-index",
    hooks: {
      "astro:build:done": async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        // The pages Astro built, each as its file (build.format "directory": "en/x/" is en/x/index.html):
        // walking the site's folders for them took 0.75 s at 10,000 organisation pages.
        const built = new Set(pages.map(({ pathname }) => `${pathname}index.html`));
        const bundle = join(site, SEARCH_BUNDLE_DIR);
        let scratch: string | undefined;
        try {
          const { index, errors } = await createIndex();
          if (!index) throw new Error(errors.join("; "));
          // One folder in one call: Pagefind numbers its pages the same on every build (DESIGN.md: byte-identical builds).
          const records = readRecords(site, built);
          scratch = mkdtempSync(join(scratchRoot(records.length), "ohkz-search-input-"));
          await addPages(index, site, built, records, scratch);
          // The index comes back in memory and is written here: Pagefind's own writeFiles could report
          // success before its entry file was whole on a loaded machine.
          const { files, errors: fileErrors } = await index.getFiles();
          if (fileErrors.length > 0) throw new Error(fileErrors.join("; "));
          const languages = writeBundle(bundle, files);
          logger.info(`search index in ${SEARCH_BUNDLE_DIR}/: ${Object.entries(languages).map(([l, { page_count }]) => `${l} ${page_count} pages`).join(", ")}`);
          if (Object.keys(languages).length === 0) throw new Error("no page has data-pagefind-body");
        } catch (error) {
          // a site without its search index must not be published as if it had one
          throw new Error(`Pagefind could not index ${site}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await close();
          // Removed last: deleting thousands of files on disk slows the files written just after it.
          if (scratch) rmSync(scratch, { recursive: true, force: true });
        }
      },
    },
  };
}

const ENTRY_FILE = "pagefind-entry.json";

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof createIndex>>["index"]>;

/**
 * The organisation pages' records, each with the file of the page it names: a record never points at a
 * page that was not built. The records file is build input and leaves the site once read.
 */
function readRecords(site: string, built: ReadonlySet<string>): (SearchRecord & { page: string })[] {
  const file = join(site, ORGANIZATION_SEARCH_RECORDS);
  if (!existsSync(file)) throw new Error(`${ORGANIZATION_SEARCH_RECORDS} was not built (src/pages/${ORGANIZATION_SEARCH_RECORDS}.ts)`);
  const records = searchRecordsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  rmSync(dirname(file), { recursive: true });
  return records.map((record) => {
    const page = `${record.url.slice(1)}index.html`;
    if (!built.has(page)) throw new Error(`a search record names ${record.url}, which is not a built page`);
    return { ...record, page };
  });
}

/**
 * Every page that opts in (data-pagefind-body), without its ignored elements (src/integrations/search-input.ts),
 * and each record as a small page of its own in place of the organisation page it stands for: written to a
 * scratch folder in the site's layout, so Pagefind reads them all natively and gives each the URL of its
 * file in the site.
 */
async function addPages(index: PagefindIndex, site: string, built: ReadonlySet<string>, records: readonly (SearchRecord & { page: string })[], scratch: string): Promise<void> {
  const write = fileWriter(scratch);
  for (const record of records) write(record.page, recordPage(record));
  const recorded = new Set(records.map((r) => r.page));
  // In the order of the site's folders, as a walk would find them: Pagefind numbers pages in the order it
  // reads them from the scratch folder, and so in the order they are written.
  for (const path of [...built].sort(byFolder)) {
    if (recorded.has(path)) continue;
    const html = readFileSync(join(site, path), "utf8");
    if (html.includes("data-pagefind-body")) write(path, searchInput(html));
  }
  const added = await index.addDirectory({ path: scratch });
  if (added.errors.length > 0) throw new Error(added.errors.join("; "));
}

/** Orders paths folder by folder, each folder's names sorted: "a/x.html" before "a.html", "a-b/x.html" after "a/x.html". */
function byFolder(a: string, b: string): number {
  const x = a.split("/");
  const y = b.split("/");
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i] ?? "", y[i] ?? ""];
    if (p !== q) return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

const MEMORY_FOLDER = "/dev/shm";
/** Room a record's page takes in memory at most (a tmpfs gives each file at least a 4 KB page). */
const SCRATCH_BYTES_PER_RECORD = 8192;
/** Room for the site's other pages (a few hundred, tens of KB each) and to spare. */
const SCRATCH_HEADROOM = 256 * 1024 * 1024;

/**
 * Where the scratch folder goes: in memory (/dev/shm) where the machine has one with room to spare, since
 * creating a file on disk can take half a millisecond here and there is one a page; else the temp folder.
 */
function scratchRoot(records: number): string {
  try {
    const { bavail, bsize } = statfsSync(MEMORY_FOLDER);
    if (bavail * bsize > records * SCRATCH_BYTES_PER_RECORD + SCRATCH_HEADROOM) return MEMORY_FOLDER;
  } catch {
    // no /dev/shm (not Linux): the temp folder
  }
  return tmpdir();
}

/**
 * Writes the bundle's files. Pagefind lists the languages in its entry file in a different order on
 * each run; sorting them keeps two builds of one commit byte-identical (DESIGN.md). pagefind.js looks
 * languages up by key.
 */
function writeBundle(bundle: string, files: readonly { path: string; content: Uint8Array }[]): Record<string, { page_count: number }> {
  let languages: Record<string, { page_count: number }> = {};
  const write = fileWriter(bundle);
  for (const { path, content } of files) {
    if (path !== ENTRY_FILE) write(path, content);
    else {
      const entry = JSON.parse(new TextDecoder().decode(content)) as { languages: Record<string, { page_count: number }> };
      languages = entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => a.localeCompare(b)));
      write(path, JSON.stringify(entry));
    }
  }
  return languages;
}

/**
 * Writes files under a folder, making each of their folders once. A recursive mkdir of a folder that
 * exists still costs a failed mkdir and a stat (~0.2 ms here): with one call per file, writing the index
 * of 10,000 organisation pages took seconds.
 */
function fileWriter(root: string): (path: string, content: string | Uint8Array) => void {
  const made = new Set<string>();
  return (path, content) => {
    const target = join(root, path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, content);
  };
}
