/** Every problem found in the official's file, where it is (line and column, or cell) and what to do, in the page's language. */
import type { ChangeList } from "../../client/check-protocol.ts";
import type { DataProblem } from "../../data/problems.ts";
import { columnLetters } from "../../data/xlsx/cell-ref.ts";
import type { Locale } from "../../i18n/locales.ts";
import { problemText } from "../../i18n/problem-text.ts";
import { t } from "../../i18n/translate.ts";

interface Props {
  problems: ChangeList<DataProblem>;
  format: "csv" | "xlsx";
  locale: Locale;
}

/** Problems about the file as a whole have no useful line or column. */
const WHOLE_FILE = /^(file\.|xlsx\.unreadable$|header\.empty$)/;

function where(problem: DataProblem, format: Props["format"], locale: Locale): string {
  if (WHOLE_FILE.test(problem.message?.code ?? "")) return t(locale, "publish.where.file");
  return format === "xlsx"
    ? t(locale, "publish.where.cell", { cell: `${columnLetters(problem.column)}${problem.line}` })
    : t(locale, "publish.where.line", { line: problem.line, column: problem.column });
}

export default function ProblemList({ problems, format, locale }: Props) {
  return (
    <section aria-labelledby="checker-problems">
      <h2 id="checker-problems">{t(locale, "publish.problemsTitle")}</h2>
      <ol className="problems">
        {problems.first.map((problem, i) => {
          const text = problem.message ? problemText(problem.message, locale) : { rule: problem.rule, fix: problem.fix };
          return (
            <li key={i}>
              <strong>{where(problem, format, locale)}</strong>
              {problem.field !== "-" && <> · <code>{problem.field}</code></>}: {text.rule}.{" "}
              <span className="fix">{t(locale, "publish.fix")} {text.fix}.</span>
            </li>
          );
        })}
      </ol>
      {problems.count > problems.first.length && <p>{t(locale, "publish.moreProblems", { shown: problems.first.length, count: problems.count })}</p>}
    </section>
  );
}
