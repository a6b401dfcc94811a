/** /cards/<lang>/site.png: the image a shared link to any page without a chart of its own shows. */
import type { APIRoute } from "astro";
import { svgToPng } from "../../../charts/rasterise.ts";
import type { Locale } from "../../../i18n/locales.ts";
import { siteCard } from "../../../site/chart-images.ts";
import { localeStaticPaths } from "../../../site/locale-paths.ts";

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(svgToPng(siteCard((props as { locale: Locale }).locale).svg), { headers: { "Content-Type": "image/png" } });
