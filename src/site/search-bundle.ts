/** Where Pagefind's bundle lives in the built site: written by src/integrations/pagefind-index.ts, loaded by the search page. */
export const SEARCH_BUNDLE_DIR = "pagefind";
