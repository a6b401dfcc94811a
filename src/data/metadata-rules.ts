/** Rules that tie a dataset.json to the rest of data/: fields that exist, code lists that resolve, unique chart ids. */
import type { DataProblem } from "./problems.ts";
import type { DatasetRow } from "./records.ts";
import type { Codelist, DatasetMeta, FieldSpec } from "./schema.ts";

export function checkDatasetMeta(meta: DatasetMeta, folder: string, file: string, shared: Readonly<Record<string, Codelist>>): DataProblem[] {
  const problems: DataProblem[] = [];
  const at = (field: string, rule: string, fix: string): void => {
    problems.push({ severity: "error", file, line: 1, column: 1, field, rule, fix });
  };
  if (meta.id !== folder) at("id", `the id "${meta.id}" differs from its folder "${folder}"`, `rename the folder or set "id": "${folder}"`);
  const fields = new Map(meta.fields.map((f) => [f.name, f]));
  if (fields.size !== meta.fields.length) at("fields", "a field name is declared twice", "give every field a unique name");
  if (![...fields.values()].some((f) => f.type === "source")) at("fields", "no field of type \"source\"", "add a source column so every row cites its source");
  meta.primaryKey.forEach((name, i) => {
    const f = fields.get(name);
    if (!f) at(`primaryKey.${i}`, `the primary key names "${name}", which is not a declared field`, "name declared fields only");
    else if (!f.required) at(`primaryKey.${i}`, `the primary key field "${name}" is not required`, `set "required": true on the field "${name}"`);
  });
  problems.push(...checkCodelistsResolve(meta.fields, meta.codelists, shared, file));
  meta.charts.forEach((chart, i) => {
    for (const [role, name] of [["x", chart.x], ["y", chart.y], ["series", chart.series]] as const) {
      if (name !== undefined && !fields.has(name)) at(`charts.${i}.${role}`, `chart "${chart.id}" uses "${name}", which is not a declared field`, "name a declared field");
    }
    for (const name of Object.keys(chart.filter ?? {})) {
      if (!fields.has(name)) at(`charts.${i}.filter.${name}`, `chart "${chart.id}" filters on "${name}", which is not a declared field`, "name a declared field");
    }
  });
  return problems;
}

/** Every "code" field names a code list declared inline or in data/codelists/ (dataset.json and organizations.json alike). */
export function checkCodelistsResolve(fields: readonly FieldSpec[], inline: Readonly<Record<string, unknown>>, shared: Readonly<Record<string, Codelist>>, file: string): DataProblem[] {
  return fields
    .filter((f) => f.type === "code" && f.codelist !== undefined && !(f.codelist in inline) && !(f.codelist in shared))
    .map((f) => ({
      severity: "error",
      file,
      line: 1,
      column: 1,
      field: `fields.${f.name}.codelist`,
      rule: `code list "${f.codelist}" is neither inline nor in data/codelists/`,
      fix: `add data/codelists/${f.codelist}.json or an inline "codelists" entry`,
    }));
}

/** Chart ids name embeds and SVG ids, so they are unique across the whole site. */
export function checkChartIdsUnique(metas: readonly { meta: DatasetMeta; file: string }[]): DataProblem[] {
  const seen = new Map<string, string>();
  const problems: DataProblem[] = [];
  for (const { meta, file } of metas) {
    meta.charts.forEach((chart, i) => {
      const other = seen.get(chart.id);
      if (other !== undefined) {
        problems.push({ severity: "error", file, line: 1, column: 1, field: `charts.${i}.id`, rule: `chart id "${chart.id}" is also used in ${other}`, fix: "give every chart a unique id" });
      } else seen.set(chart.id, file);
    });
  }
  return problems;
}

/**
 * A chart draws one value per (x, series): two rows at the same point would make the chart and its table disagree.
 * With `rowLines` (where each row starts in `file`) the problem points at the second row; otherwise at line 1 of `file`.
 */
export function checkChartPointsUnique(meta: DatasetMeta, rows: readonly DatasetRow[], file: string, rowLines?: readonly number[]): DataProblem[] {
  const problems: DataProblem[] = [];
  meta.charts.forEach((chart, i) => {
    const seen = new Set<string>();
    for (const [index, row] of rows.entries()) {
      if (!Object.entries(chart.filter ?? {}).every(([field, allowed]) => allowed.includes(String(row[field] ?? "")))) continue;
      const key = `${String(row[chart.x])}|${chart.series ? String(row[chart.series]) : ""}`;
      if (seen.has(key)) {
        const where = `${chart.x}=${String(row[chart.x])}${chart.series ? `, ${chart.series}=${String(row[chart.series])}` : ""}`;
        problems.push({
          severity: "error",
          file,
          line: rowLines?.[index] ?? 1,
          column: 1,
          field: `charts.${i}`,
          rule: `chart "${chart.id}" has more than one row at ${where}`,
          fix: 'narrow the chart with a "filter", or add a "series" field',
          message: { code: "chart.duplicate-point", params: { chart: chart.id, where } },
        });
        break;
      }
      seen.add(key);
    }
  });
  return problems;
}
