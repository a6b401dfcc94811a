/**
 * The part of Pagefind's browser API (pagefind.js in the built bundle) that the search page uses.
 * Pagefind picks the index of the page's <html lang>, so results come in the reader's language.
 */
export interface PagefindResultData {
  /** The page's address, with the baseUrl given to options(). */
  url: string;
  /** Text around the matches, HTML-escaped, matches wrapped in <mark>. */
  excerpt: string;
  meta: { title?: string };
}

export interface PagefindApi {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

export function isPagefindApi(value: unknown): value is PagefindApi {
  const api = value as Partial<Record<keyof PagefindApi, unknown>> | null;
  return typeof api === "object" && api !== null && typeof api.options === "function" && typeof api.search === "function";
}
