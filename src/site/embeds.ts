/** Every chart a page can embed: each chart of data/ (latest) and of every release (pinned), with its figure. */
import { SERIES_COLOURS } from "../charts/palette.ts";
import type { Dataset } from "../data/records.ts";
import type { ChartSpec, Locale, Source } from "../data/schema.ts";
import { citedSources, type SiteCatalog } from "./catalog.ts";
import { chartCsv } from "./chart-csv.ts";
import { chartFigure, type ChartFigure } from "./chart-figures.ts";
import type { SiteHistory } from "./releases.ts";

export interface EmbeddableChart {
  spec: ChartSpec;
  dataset: Dataset;
  /** The sources its rows cite, as they were in the release when pinned. */
  sources: Source[];
  /** The release the chart is drawn from; undefined for the latest data. */
  release?: { id: string; date: string };
}

/** A chart drawn from a release. */
export type PinnedChart = EmbeddableChart & Required<Pick<EmbeddableChart, "release">>;

export function latestCharts(catalog: SiteCatalog): EmbeddableChart[] {
  return catalog.datasets.flatMap((dataset) => dataset.meta.charts.map((spec) => ({ spec, dataset, sources: citedSources(catalog.sources, dataset) })));
}

export function pinnedCharts(history: SiteHistory): PinnedChart[] {
  return history.releases.flatMap(({ manifest, datasets, sources }) => {
    const byId = new Map(sources.map((s) => [s.id, s]));
    return datasets.flatMap((dataset) =>
      dataset.meta.charts.map((spec) => ({ spec, dataset, sources: citedSources(byId, dataset), release: { id: manifest.id, date: manifest.date } })),
    );
  });
}

export function findLatestChart(catalog: SiteCatalog, chartId: string): EmbeddableChart {
  const chart = latestCharts(catalog).find((c) => c.spec.id === chartId);
  if (!chart) throw new Error(`The site refers to chart "${chartId}", which no dataset.json in data/datasets/ declares`);
  return chart;
}

/** The newest release that holds the chart: what an embed snippet pins to (none before the chart's first release). */
export function pinnedRelease(history: SiteHistory, chartId: string): { id: string; date: string } | undefined {
  const release = history.releases.find((r) => r.datasets.some((d) => d.meta.charts.some((c) => c.id === chartId)));
  return release && { id: release.manifest.id, date: release.manifest.date };
}

/** Releases oldest first, and for every chart the last release that changed the rows it draws (read by pinned embeds). */
export function chartChanges(history: SiteHistory): { releases: string[]; charts: Record<string, string> } {
  const oldestFirst = [...history.releases].reverse();
  const drawn = new Map<string, string>();
  const charts: Record<string, string> = {};
  for (const { manifest, datasets } of oldestFirst) {
    for (const dataset of datasets) {
      for (const spec of dataset.meta.charts) {
        const csv = chartCsv(dataset, spec);
        if (drawn.get(spec.id) !== csv) charts[spec.id] = manifest.id;
        drawn.set(spec.id, csv);
      }
    }
  }
  return { releases: oldestFirst.map((r) => r.manifest.id), charts };
}

const figures = new Map<string, ChartFigure>();

/** The chart's figure without revision marks (embeds and images show the numbers, not their history); drawn once per language. */
export function embedFigure(catalog: SiteCatalog, chart: EmbeddableChart, locale: Locale): ChartFigure {
  const key = `${locale}|${chart.spec.id}|${chart.release?.id ?? ""}`;
  let figure = figures.get(key);
  if (!figure) {
    figure = chartFigure(catalog, chart.dataset, chart.spec, locale, SERIES_COLOURS);
    figures.set(key, figure);
  }
  return figure;
}
