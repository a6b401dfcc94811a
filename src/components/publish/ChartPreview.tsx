/** A dataset's chart drawn in the browser with the file's rows: the build's chart options, Plot with the page's document. */
import { useEffect, useRef } from "react";
import { chartOptions, type ChartLayout } from "../../charts/chart-options.ts";
import type { ChartPoints } from "../../charts/chart-points.ts";
import { plotSvg } from "../../charts/plot-svg.ts";
import type { Locale } from "../../i18n/locales.ts";
import { t } from "../../i18n/translate.ts";
import { chartFormat } from "../../site/chart-format.ts";
import { publishCodeLabel, type PublishDataset } from "../../site/publish-catalog.ts";

interface Props {
  chart: ChartPoints;
  dataset: PublishDataset;
  locale: Locale;
}

export default function ChartPreview({ chart, dataset, locale }: Props) {
  const wide = useRef<HTMLDivElement>(null);
  const narrow = useRef<HTMLDivElement>(null);
  const { spec } = chart;
  const title = spec.title[locale];
  const id = `preview-${spec.id}`;
  const empty = chart.points.every((p) => p.y === null);

  useEffect(() => {
    if (empty) return;
    const series = (code: string): string => (spec.series ? publishCodeLabel(dataset, spec.series, code, locale) : title);
    const format = chartFormat(chart.unit, locale, series);
    const description = t(locale, "publish.previewDescription", { title });
    const layouts: [HTMLDivElement | null, ChartLayout][] = [[wide.current, "wide"], [narrow.current, "narrow"]];
    for (const [container, layout] of layouts) {
      container?.replaceChildren(plotSvg(chartOptions(chart, format, layout), { id: `${id}-${layout}`, title, description }, document));
    }
  }, [chart, dataset, locale, empty, id, spec, title]);

  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {empty ? <p>{t(locale, "chart.noData")}</p> : <><div className="chart-wide" ref={wide}></div><div className="chart-narrow" ref={narrow}></div></>}
    </figure>
  );
}
