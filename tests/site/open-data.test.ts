/**
 * The open-data files read from the built site: every datapackage.json validates against the published
 * Data Package schema (kept in tests/fixtures/frictionless/), its resources resolve to files in the
 * build, and each CSV parses with the schema it declares through src/data/ (the build's own parser).
 * catalog.json lists every dataset with addresses that resolve.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { parseCsv } from "../../src/data/parse-csv.ts";
import { validateDatasetCsv } from "../../src/data/validate-dataset.ts";
import { PROJECT_ROOT } from "../support/data-fixture.ts";
import { basePath, builtSiteDir, siteUrl } from "../support/site.ts";
import { urlPathToFile } from "../support/site.ts";
import { metaFromTableSchema, tableSchemaSubset } from "../support/table-schema-meta.ts";

const datasetIds = readdirSync(join(PROJECT_ROOT, "data/datasets")).sort();
const schemaFile = join(PROJECT_ROOT, "tests/fixtures/frictionless/datapackage-2.0.json");

function dataPackageValidator() {
  // The official schema carries keywords for form editors (propertyOrder, context, notes…), a typo
  // ("item" for "items") and implicit types: JSON Schema ignores all of these, ajv's strict mode refuses them.
  const ajv = new Ajv({ allErrors: true, strictSchema: false, strictTypes: false });
  addFormats.default(ajv);
  ajv.addFormat("textarea", true); // a hint for form editors, any text

  return ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")) as object);
}
const validate = dataPackageValidator();

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: unknown;
}

/** A file of the build, by its path under the site root ("data/x/datapackage.json"). */
function builtFile(path: string): string {
  return join(builtSiteDir(), ...path.split("/"));
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(builtFile(path), "utf8")) as unknown;
}

/** The file an absolute address on the site points to, or a reason why it does not resolve. */
function resolveOnSite(url: string): string {
  const parsed = new URL(url);
  if (parsed.origin !== siteUrl()) return `${url} is not on ${siteUrl()}`;
  const file = urlPathToFile(builtSiteDir(), parsed.pathname, basePath());
  if (!file || !existsSync(file) || !statSync(file).isFile()) return `${url} is not a file in the build`;
  return file;
}

function schemaErrors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
}

const packages = [
  { file: "data/datapackage.json", dir: "data" },
  ...datasetIds.map((id) => ({ file: `data/${id}/datapackage.json`, dir: `data/${id}` })),
];

describe.each(packages)("$file", ({ file, dir }) => {
  const descriptor = readJson(file) as { $schema: string; resources: Resource[] };

  test("validates against the Data Package 2.0 schema", () => {
    expect(descriptor.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect(schemaErrors(descriptor)).toEqual([]);
  });

  test("each resource resolves to a file in the build, with the declared size and hash", () => {
    expect(descriptor.resources.length).toBeGreaterThan(0);
    for (const resource of descriptor.resources) {
      const path = builtFile(`${dir}/${resource.path}`);
      expect(existsSync(path), `${resource.path} from ${file}`).toBe(true);
      const bytes = readFileSync(path);
      expect(bytes.byteLength).toBe(resource.bytes);
      expect(resource.hash).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    }
  });

  test("each resource's CSV parses with the schema it declares, every row", () => {
    for (const resource of descriptor.resources) {
      const schema = tableSchemaSubset.parse(resource.schema);
      expect(schema.missingValues[0], "a blank cell is a missing value").toBe("");
      const { meta, ctx } = metaFromTableSchema(resource.name, schema);
      const bytes = readFileSync(builtFile(`${dir}/${resource.path}`));
      const result = validateDatasetCsv(meta, bytes, resource.path, ctx);
      expect(result.problems, resource.name).toEqual([]);
      expect(result.rows.length).toBe(parseCsv(bytes.toString("utf8")).rows.length);
      expect(result.rows.length).toBeGreaterThan(0);
    }
  });
});

test("the site's package has one resource per dataset, named by its id", () => {
  const site = readJson("data/datapackage.json") as { resources: Resource[] };
  expect(site.resources.map((r) => r.name)).toEqual(datasetIds);
});

describe("the checks above can fail", () => {
  const good = readJson("data/hospitals-by-region/datapackage.json") as { resources: (Resource & Record<string, unknown>)[] };

  test("the schema rejects a resource with neither path nor data, and an unknown field type", () => {
    const [resource] = good.resources;
    expect(resource).toBeDefined();
    const { path: _path, ...noPath } = resource!;
    expect(schemaErrors({ ...good, resources: [noPath] })).not.toEqual([]);
    const schema = tableSchemaSubset.parse(resource!.schema);
    const badField = { ...schema, fields: schema.fields.map((f, i) => (i === 0 ? { ...f, type: "code" } : f)) };
    expect(schemaErrors({ ...good, resources: [{ ...resource, schema: badField }] })).not.toEqual([]);
  });

  test("a row outside the declared enum or minimum is reported", () => {
    const schema = tableSchemaSubset.parse(good.resources[0]!.schema);
    const { meta, ctx } = metaFromTableSchema("hospitals-by-region", schema);
    const csv = "region,year,hospitals,source\natlantis,2020,5,bns-hospitals-by-region\nkz,2020,-1,bns-hospitals-by-region\n";
    const problems = validateDatasetCsv(meta, Buffer.from(csv), "bad.csv", ctx).problems.map((p) => `${p.line}:${p.field}`);
    expect(problems).toEqual(["2:region", "3:hospitals"]);
  });
});

describe("catalog.json", () => {
  const catalog = readJson("data/catalog.json") as {
    dataPackage: string;
    documentation: Record<string, string>;
    datasets: { id: string; temporalCoverage: string; pages: Record<string, string>; downloads: Record<string, string> }[];
    releases: { id: string; date: string; pages: Record<string, string>; changes: Record<string, unknown>; downloads: Record<string, { csv: string; json: string }> }[];
  };

  test("lists every dataset, each with its period, pages and files at addresses that resolve", () => {
    expect(catalog.datasets.map((d) => d.id)).toEqual(datasetIds);
    const addresses = [catalog.dataPackage, ...Object.values(catalog.documentation), ...catalog.datasets.flatMap((d) => [...Object.values(d.pages), ...Object.values(d.downloads)])];
    expect(addresses.length).toBe(1 + 3 + datasetIds.length * 6);
    for (const url of addresses) expect(resolveOnSite(url), url).toMatch(/^\//);
    for (const d of catalog.datasets) expect(d.temporalCoverage, d.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?(\/(\d{4}(-\d{2}(-\d{2})?)?|\.\.))?$/);
  });

  test("lists every release in data/releases/, newest first, with pages and frozen files that resolve", () => {
    const released = readdirSync(join(PROJECT_ROOT, "data/releases")).filter((name) => existsSync(join(PROJECT_ROOT, "data/releases", name, "manifest.json")));
    expect(released.length).toBeGreaterThan(0);
    expect([...catalog.releases.map((r) => r.id)].sort()).toEqual([...released].sort());
    const dates = catalog.releases.map((r) => r.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const release of catalog.releases) {
      expect(Object.keys(release.downloads).length, release.id).toBeGreaterThan(0);
      for (const id of Object.keys(release.changes)) expect(release.downloads, `${release.id} changed ${id}`).toHaveProperty(id);
      const addresses = [...Object.values(release.pages), ...Object.values(release.downloads).flatMap((d) => [d.csv, d.json])];
      for (const url of addresses) expect(resolveOnSite(url), url).toMatch(/^\//);
    }
  });
});
