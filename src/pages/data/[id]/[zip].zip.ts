/** /data/<id>/<id>.zip: the CSV as committed, its metadata as JSON and a README with the citation and licences. */
import type { APIRoute, GetStaticPaths } from "astro";
import { datasetSources, findDataset, siteCatalog } from "../../../site/catalog.ts";
import { datasetMetadata } from "../../../site/dataset-json.ts";
import { datasetReadme } from "../../../site/dataset-readme.ts";
import { absoluteUrl, datasetPath } from "../../../site/paths.ts";
import { siteHistory, updateDates } from "../../../site/releases.ts";
import { zipArchive } from "../../../site/zip-archive.ts";

export const getStaticPaths = (async () => {
  const catalog = await siteCatalog();
  return catalog.datasets.map((d) => ({ params: { id: d.meta.id, zip: d.meta.id }, props: { id: d.meta.id } }));
}) satisfies GetStaticPaths;

/** Files in the zip without a release carry this date (the earliest a zip can hold). */
const NO_RELEASE_DATE = "1980-01-01";

export const GET: APIRoute = async ({ props, site }) => {
  const { id } = props as { id: string };
  const catalog = await siteCatalog();
  const dataset = findDataset(catalog, id);
  const sources = datasetSources(catalog, dataset);
  const release = updateDates(await siteHistory(), id).last;
  const readme = datasetReadme({ dataset, sources, release, pageUrl: (locale) => absoluteUrl(datasetPath(locale, id), site) });
  const zip = zipArchive(
    [
      { path: `${id}/data.csv`, text: dataset.csvText },
      { path: `${id}/metadata.json`, text: `${JSON.stringify(datasetMetadata(dataset, sources, release?.id), null, 2)}\n` },
      { path: `${id}/README.txt`, text: readme },
    ],
    release?.date ?? NO_RELEASE_DATE,
  );
  return new Response(zip, { headers: { "Content-Type": "application/zip" } });
};
