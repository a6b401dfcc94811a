/** The outcome of one check: what was read, the problems, or the charts with the new rows, the changes and data.csv. */
import { useEffect, useState } from "react";
import type { CheckOutcome } from "../../client/check-protocol.ts";
import type { Locale } from "../../i18n/locales.ts";
import { noticeText } from "../../i18n/problem-text.ts";
import { t } from "../../i18n/translate.ts";
import type { PublishDataset } from "../../site/publish-catalog.ts";
import ChangeSummary from "./ChangeSummary.tsx";
import ChartPreview from "./ChartPreview.tsx";
import ProblemList from "./ProblemList.tsx";

interface Props {
  outcome: CheckOutcome;
  dataset: PublishDataset;
  releaseError: string | null;
  locale: Locale;
}

/** A download link for the canonical data.csv, made in the page (nothing is uploaded anywhere). */
function useCsvUrl(csv: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!csv) return setUrl(null);
    const made = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [csv]);
  return url;
}

export default function CheckReport({ outcome, dataset, releaseError, locale }: Props) {
  const csvUrl = useCsvUrl(outcome.csv);
  return (
    <div className="check-report">
      <section aria-labelledby="checker-notices">
        <h2 id="checker-notices">{t(locale, "publish.noticesTitle")}</h2>
        <ul className="notices">{outcome.notices.map((n, i) => <li key={i}>{noticeText(n, locale)}</li>)}</ul>
      </section>
      {outcome.problems.count > 0 ? (
        <ProblemList problems={outcome.problems} format={outcome.format} locale={locale} />
      ) : (
        <>
          {csvUrl && (
            <p className="download">
              <a href={csvUrl} download="data.csv">{t(locale, "publish.download")}</a> — {t(locale, "publish.downloadNote")}
            </p>
          )}
          <section aria-labelledby="checker-preview">
            <h2 id="checker-preview">{t(locale, "publish.previewTitle")}</h2>
            {outcome.charts.length === 0 ? <p>{t(locale, "publish.noCharts")}</p> : outcome.charts.map((chart) => <ChartPreview key={chart.spec.id} chart={chart} dataset={dataset} locale={locale} />)}
          </section>
          {outcome.changes && <ChangeSummary changes={outcome.changes} dataset={dataset} release={dataset.release} releaseError={releaseError} locale={locale} />}
        </>
      )}
    </div>
  );
}
