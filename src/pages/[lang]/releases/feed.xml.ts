/** /{lang}/releases/feed.xml: an Atom feed announcing each release with its notes (dates from the manifests, never the clock). */
import type { APIRoute, GetStaticPaths } from "astro";
import { LOCALES, LOCALE_INFO, type Locale } from "../../../i18n/locales.ts";
import { t } from "../../../i18n/translate.ts";
import { escapeMarkup } from "../../../markup/escape.ts";
import { absoluteUrl, localePath } from "../../../site/paths.ts";
import { releaseCounts, siteHistory } from "../../../site/releases.ts";

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { lang: locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const locale = (props as { locale: Locale }).locale;
  const history = await siteHistory();
  const self = absoluteUrl(localePath(locale, "releases/feed.xml"), site);
  const entries = history.releases.map(({ manifest }) => {
    const url = absoluteUrl(localePath(locale, `releases/${manifest.id}/`), site);
    const summary = `${manifest.notes[locale]} (${t(locale, "release.counts", { ...releaseCounts(manifest) })})`;
    return `  <entry>
    <title>${escapeMarkup(t(locale, "release.title", { id: manifest.id }))}</title>
    <id>${escapeMarkup(url)}</id>
    <link rel="alternate" type="text/html" href="${escapeMarkup(url)}"/>
    <updated>${manifest.date}T00:00:00Z</updated>
    <summary>${escapeMarkup(summary)}</summary>
  </entry>`;
  });
  const updated = history.releases[0]?.manifest.date ?? "2026-01-01";
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LOCALE_INFO[locale].htmlLang}">
  <title>${escapeMarkup(t(locale, "releases.feedTitle"))}</title>
  <id>${escapeMarkup(self)}</id>
  <link rel="self" type="application/atom+xml" href="${escapeMarkup(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeMarkup(absoluteUrl(localePath(locale, "releases/"), site))}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>Open Health KZ</name></author>
${entries.join("\n")}
</feed>
`;
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
