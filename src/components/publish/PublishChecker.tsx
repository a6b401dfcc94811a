/**
 * The checking page's island (/{lang}/publish/): choose a dataset and drop a CSV or .xlsx file; the file is
 * checked in a web worker by the same code as `npm run import` and the build, and never leaves the computer.
 */
import { useEffect, useState, type DragEvent } from "react";
import { checkInWorker, type RunningCheck } from "../../client/check-in-worker.ts";
import type { CheckOutcome } from "../../client/check-protocol.ts";
import type { ImportStep } from "../../data/import/check-import.ts";
import type { DatasetRow } from "../../data/records.ts";
import type { Locale } from "../../i18n/locales.ts";
import { t } from "../../i18n/translate.ts";
import type { PublishCatalog, PublishDataset } from "../../site/publish-catalog.ts";
import CheckReport from "./CheckReport.tsx";

interface Props {
  locale: Locale;
  /** /publish/datasets.json under the base path. */
  catalogUrl: string;
  /** /data/ under the base path: releases are at <dataBase><dataset>/<release>.json. */
  dataBase: string;
}

type Run =
  | { state: "idle" }
  | { state: "checking"; file: string; step: ImportStep }
  | { state: "done"; file: string; outcome: CheckOutcome; releaseError: string | null }
  | { state: "failed"; file: string; error: string };

const STEPS: readonly ImportStep[] = ["read", "header", "validate", "canonical"];
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The dataset's rows in the current release (fetched once per dataset), or why they could not be had. */
const releasedRows = new Map<string, Promise<{ rows: DatasetRow[] | null; error: string | null }>>();
function loadReleased(dataBase: string, dataset: PublishDataset): Promise<{ rows: DatasetRow[] | null; error: string | null }> {
  const { release } = dataset;
  if (release === null) return Promise.resolve({ rows: null, error: null });
  const url = `${dataBase}${dataset.meta.id}/${release}.json`;
  if (!releasedRows.has(url)) releasedRows.set(url, fetchJson<{ rows: DatasetRow[] }>(url).then((json) => ({ rows: json.rows, error: null }), (error: unknown) => ({ rows: null, error: reason(error) })));
  return releasedRows.get(url) ?? Promise.resolve({ rows: null, error: null });
}

export default function PublishChecker({ locale, catalogUrl, dataBase }: Props) {
  const [catalog, setCatalog] = useState<PublishCatalog | null>(null);
  const [catalogError, setCatalogError] = useState<string | null>(null);
  const [datasetId, setDatasetId] = useState("");
  const [headerRow, setHeaderRow] = useState("1");
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [run, setRun] = useState<Run>({ state: "idle" });
  const dataset = catalog?.datasets.find((d) => d.meta.id === datasetId);

  useEffect(() => {
    fetchJson<PublishCatalog>(catalogUrl).then(setCatalog, (error: unknown) => setCatalogError(reason(error)));
  }, [catalogUrl]);

  useEffect(() => {
    if (!catalog || !dataset || !file) return;
    const row = Number(headerRow);
    if (!Number.isInteger(row) || row < 1) return;
    let cancelled = false;
    let running: RunningCheck | undefined;
    setRun({ state: "checking", file: file.name, step: "read" });
    (async () => {
      const [bytes, released] = await Promise.all([file.arrayBuffer(), loadReleased(dataBase, dataset)]);
      if (cancelled) return;
      running = checkInWorker({ dataset, sourceIds: catalog.sourceIds, bytes, fileName: file.name, headerRow: row, released: released.rows, locale }, (step) => {
        if (!cancelled) setRun({ state: "checking", file: file.name, step });
      });
      const outcome = await running.outcome;
      if (!cancelled) setRun({ state: "done", file: file.name, outcome, releaseError: released.error });
    })().catch((error: unknown) => {
      if (!cancelled) setRun({ state: "failed", file: file.name, error: reason(error) });
    });
    return () => {
      cancelled = true;
      running?.cancel();
    };
  }, [catalog, dataset, file, headerRow, dataBase, locale]);

  const chooseDataset = (id: string): void => {
    setDatasetId(id);
    setHeaderRow(String(catalog?.datasets.find((d) => d.meta.id === id)?.meta.import?.headerRow ?? 1));
  };
  const drop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  };

  if (catalogError) return <p className="banner">{t(locale, "publish.failed", { error: catalogError })}</p>;
  if (!catalog) return <p>{t(locale, "publish.loading")}</p>;
  return (
    <div className="checker">
      <form className="checker-form" aria-labelledby="checker-form-title" onSubmit={(e) => e.preventDefault()}>
        <h2 id="checker-form-title">{t(locale, "publish.formTitle")}</h2>
        <div className="field">
          <label htmlFor="checker-dataset">{t(locale, "publish.dataset")}</label>
          <select id="checker-dataset" value={datasetId} onChange={(e) => chooseDataset(e.target.value)}>
            <option value="">{t(locale, "publish.chooseDataset")}</option>
            {catalog.datasets.map((d) => <option key={d.meta.id} value={d.meta.id}>{d.meta.title[locale]}</option>)}
          </select>
          {dataset && <p className="hint">{t(locale, "publish.columns", { columns: dataset.meta.fields.map((f) => f.name).join(", ") })}</p>}
        </div>
        <div
          className={dragging ? "field drop dragging" : "field drop"}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <label htmlFor="checker-file">{t(locale, "publish.file")}</label>
          <input id="checker-file" type="file" accept=".csv,.tsv,.txt,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} aria-describedby="checker-file-hint" />
          <p id="checker-file-hint" className="hint">{t(locale, "publish.drop")}</p>
        </div>
        <div className="field">
          <label htmlFor="checker-header-row">{t(locale, "publish.headerRow")}</label>
          <input id="checker-header-row" type="number" min={1} step={1} inputMode="numeric" value={headerRow} onChange={(e) => setHeaderRow(e.target.value)} aria-describedby="checker-header-row-hint" />
          <p id="checker-header-row-hint" className="hint">{t(locale, "publish.headerRowHint")}</p>
        </div>
      </form>
      <div className="checker-status" role="status">
        {run.state === "checking" && (
          <>
            <p>
              {t(locale, "publish.checking", { file: run.file })} {t(locale, "publish.progress", { step: STEPS.indexOf(run.step) + 1, steps: STEPS.length, what: t(locale, `publish.step.${run.step}`) })}
            </p>
            <progress max={STEPS.length} value={STEPS.indexOf(run.step) + 1} aria-label={t(locale, "publish.checking", { file: run.file })}></progress>
          </>
        )}
        {run.state === "done" && (
          <p className={run.outcome.problems.count > 0 ? "verdict bad" : "verdict good"}>
            {run.outcome.problems.count > 0 ? t(locale, "publish.resultProblems", { file: run.file, count: run.outcome.problems.count }) : t(locale, "publish.resultOk", { file: run.file, rows: run.outcome.rowCount })}
          </p>
        )}
        {run.state === "failed" && <p className="verdict bad">{t(locale, "publish.failed", { error: run.error })}</p>}
      </div>
      {run.state === "done" && dataset && <CheckReport outcome={run.outcome} dataset={dataset} releaseError={run.releaseError} locale={locale} />}
    </div>
  );
}
