/** What the file would change since the current release: rows added, values revised (old → new), rows withdrawn. */
import type { CheckOutcome } from "../../client/check-protocol.ts";
import type { CellValue } from "../../data/records.ts";
import type { Locale } from "../../i18n/locales.ts";
import { t } from "../../i18n/translate.ts";
import type { RowKey } from "../../releases/manifest-schema.ts";
import { publishCodeLabel, type PublishDataset } from "../../site/publish-catalog.ts";

interface Props {
  changes: NonNullable<CheckOutcome["changes"]>;
  dataset: PublishDataset;
  /** The current release, or null when the dataset has never been released. */
  release: string | null;
  /** Why the current release's rows could not be loaded, if they could not. */
  releaseError: string | null;
  locale: Locale;
}

/** Rows listed on the page for each kind; the counts say how many there are. */
const SHOWN = 20;

export default function ChangeSummary({ changes, dataset, release, releaseError, locale }: Props) {
  const { added, revised, withdrawn } = changes;
  const fields = new Map(dataset.meta.fields.map((f) => [f.name, f]));
  const keyLabel = (key: RowKey): string =>
    dataset.meta.primaryKey.map((name) => (fields.get(name)?.type === "code" ? publishCodeLabel(dataset, name, String(key[name]), locale) : String(key[name] ?? ""))).join(" · ");
  const value = (v: CellValue): string => (v === null ? t(locale, "value.missing") : String(v));
  const more = (count: number, shown: number) => count > shown && <p>{t(locale, "publish.more", { count: count - shown })}</p>;
  const keys = (list: { count: number; first: RowKey[] }) => (
    <>
      <ul className="change-keys">{list.first.slice(0, SHOWN).map((key, i) => <li key={i}>{keyLabel(key)}</li>)}</ul>
      {more(list.count, Math.min(SHOWN, list.first.length))}
    </>
  );
  const title = release ? t(locale, "publish.changesTitle", { release }) : t(locale, "publish.changesTitleNew");
  return (
    <section aria-labelledby="checker-changes">
      <h2 id="checker-changes">{title}</h2>
      {releaseError !== null ? <p className="banner">{t(locale, "publish.releaseError", { error: releaseError })}</p> : !release && <p>{t(locale, "publish.notReleased")}</p>}
      <p className="change-counts">{t(locale, "publish.changesCounts", { added: added.count, revised: revised.count, withdrawn: withdrawn.count })}</p>
      {added.count + revised.count + withdrawn.count === 0 && <p>{t(locale, "publish.noChanges")}</p>}
      {revised.count > 0 && (
        <>
          <h3>{t(locale, "publish.revised")}</h3>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t(locale, "publish.revised")}>
            <table>
              <thead>
                <tr><th scope="col">{t(locale, "release.key")}</th><th scope="col">{t(locale, "release.field")}</th><th scope="col" className="num">{t(locale, "release.before")}</th><th scope="col" className="num">{t(locale, "release.after")}</th></tr>
              </thead>
              <tbody>
                {revised.first.slice(0, SHOWN).flatMap((r, i) =>
                  r.changes.map((c) => (
                    <tr key={`${i}-${c.field}`}><th scope="row">{keyLabel(r.key)}</th><td>{fields.get(c.field)?.label[locale] ?? c.field}</td><td className="num">{value(c.old)}</td><td className="num">{value(c.new)}</td></tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
          {more(revised.count, Math.min(SHOWN, revised.first.length))}
        </>
      )}
      {added.count > 0 && <><h3>{t(locale, "publish.added")}</h3>{keys(added)}</>}
      {withdrawn.count > 0 && <><h3>{t(locale, "publish.withdrawn")}</h3>{keys(withdrawn)}</>}
      {revised.count + withdrawn.count > 0 && <p className="banner">{t(locale, "publish.reasonsNeeded")}</p>}
    </section>
  );
}
