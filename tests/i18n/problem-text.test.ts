/** Every problem and notice code can be said in kk, ru and en, and the checker's words match the CLI's facts. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { NOTICE_CODES, PROBLEM_CODES } from "../../src/data/problem-codes.ts";
import { datasetMetaSchema } from "../../src/data/schema.ts";
import { validateDatasetCsv } from "../../src/data/validate-dataset.ts";
import { noticeText, problemText } from "../../src/i18n/problem-text.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import en from "../../src/i18n/en.json";
import { MINIMAL_DATA } from "../support/data-fixture.ts";

const strings = en as Record<string, string>;

test("every problem code has a rule and a fix, every notice code a sentence", () => {
  for (const code of PROBLEM_CODES) {
    expect(strings[`problem.${code}`], code).toBeTruthy();
    expect(strings[`problem.${code}.fix`], code).toBeTruthy();
  }
  for (const code of NOTICE_CODES) expect(strings[`notice.${code}`], code).toBeTruthy();
  const known = new Set([...PROBLEM_CODES.flatMap((c) => [`problem.${c}`, `problem.${c}.fix`]), ...NOTICE_CODES.map((c) => `notice.${c}`), "problem.hint.thousands", "problem.hint.decimal-comma"]);
  const orphans = Object.keys(strings).filter((k) => (k.startsWith("problem.") || k.startsWith("notice.")) && !known.has(k));
  expect(orphans).toEqual([]);
});

describe("a problem found by the build's own rules, said in three languages", () => {
  const meta = datasetMetaSchema.parse(JSON.parse(readFileSync(join(MINIMAL_DATA, "datasets/clinic-visits/dataset.json"), "utf8")));
  const ctx = { codes: new Map([["regions", new Set(["kz", "abai"])]]), sourceIds: new Set(["test-source"]) };
  const csv = "region,period_start,period_end,visits,share,comment,source\nkz,2019-01-01,2021-12-31,2 666,1,,test-source\n";
  const [problem] = validateDatasetCsv(meta, new TextEncoder().encode(csv), "data.csv", ctx).problems;

  test("carries its code and the offending value", () => {
    expect(problem?.message).toEqual({ code: "cell.integer", params: { value: '"2 666"', hint: "thousands" } });
  });

  test.each([
    ["en", 'expected a whole number, got "2 666"', "remove the thousands separators: write a whole number"],
    ["ru", 'ожидалось целое число, а в ячейке "2 666"', "уберите разделители тысяч: напишите целое число"],
    ["kk", 'бүтін сан күтілген, ал ұяшықта "2 666" тұр', "мың бөлгіштерін алып тастаңыз: бос орынсыз"],
  ] as const)("in %s", (locale, rule, fixStart) => {
    const text = problemText(problem!.message!, locale);
    expect(text.rule).toBe(rule);
    expect(text.fix.startsWith(fixStart)).toBe(true);
  });
});

test("notices fill in their values and leave no placeholder behind", () => {
  for (const locale of LOCALES) {
    const text = noticeText({ code: "markers-blanked", params: { count: 3, markers: '"-"' } }, locale);
    expect(text).toContain("3");
    expect(text).toContain('"-"');
    expect(text).not.toMatch(/\{\w+\}/);
  }
});
