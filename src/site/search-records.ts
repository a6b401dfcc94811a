/** Pages given to the search index as text rather than their HTML (each becomes a small page: src/integrations/search-input.ts recordPage). */
import { z } from "zod";

/**
 * The organisation pages' search records (src/site/organization-search.ts), written by the route
 * src/pages/search-records/organizations.json.ts; the search integration indexes them and removes the file,
 * which is build input, not part of the published site.
 */
export const ORGANIZATION_SEARCH_RECORDS = "search-records/organizations.json";

export const searchRecordsSchema = z.array(
  z.object({
    /** The page's path from the site root, as Pagefind names the pages it reads ("/en/organizations/x/"). */
    url: z.string().regex(/^\/.+\/$/),
    /** The page's <html lang>: Pagefind keeps one index per language. */
    language: z.string(),
    title: z.string(),
    content: z.string(),
  }),
);

export type SearchRecord = z.infer<typeof searchRecordsSchema>[number];
