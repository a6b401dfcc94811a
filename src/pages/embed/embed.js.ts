/** /embed/embed.js: the embed pages' optional script (height for the host page, "newer data" on pinned charts). */
import type { APIRoute } from "astro";
import { embedScript } from "../../site/embed-script.ts";

export const GET: APIRoute = () => new Response(embedScript(), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
