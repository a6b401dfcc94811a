/** /embed/latest.json: the releases in order and, per chart, the last release that changed it (read by pinned embeds at view time). */
import type { APIRoute } from "astro";
import { chartChanges } from "../../site/embeds.ts";
import { siteHistory } from "../../site/releases.ts";

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(chartChanges(await siteHistory()))}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
