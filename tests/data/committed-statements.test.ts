/** The statements in data/ as committed: they pass every check, and their findings are the known ones. */
import { join } from "node:path";
import { expect, test } from "vitest";
import { readDataCatalog } from "../../src/data/load-catalog.ts";
import { organizationEntries, unpackOrganization } from "../../src/data/organization-entries.ts";
import { PROJECT_ROOT } from "../support/data-fixture.ts";

test("data/ as committed: every statement agrees with itself; the Almaty centre's two carry-over differences are findings", () => {
  const { problems, catalog } = readDataCatalog(join(PROJECT_ROOT, "data"));
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(catalog.statements.findings.map((f) => [f.organization, f.previousPeriod.end, f.period.start, f.previousClosing, f.opening])).toEqual([
    ["almaty-mental-health-centre", "2018-12-31", "2019-01-01", 21532970, 21306000],
    ["almaty-mental-health-centre", "2022-12-31", "2023-01-01", 10006590, 10006600],
  ]);
  const almaty = catalog.statements.statements.filter((s) => s.organization === "almaty-mental-health-centre");
  expect(almaty.map((s) => s.periodEnd.slice(0, 4))).toEqual(["2018", "2019", "2020", "2021", "2022", "2023"]);
});

test("the content store's packed statements unpack to the same statements, a dash (null) kept apart from a missing line", () => {
  const { catalog } = readDataCatalog(join(PROJECT_ROOT, "data"));
  const records = organizationEntries(catalog.statements);
  for (const record of records) {
    const expected = catalog.statements.statements.filter((s) => s.organization === record.organization.id);
    expect(unpackOrganization(record).statements).toEqual(expected);
  }
  const almaty2019 = unpackOrganization(records.find((r) => r.organization.id === "almaty-mental-health-centre")!).statements.find((s) => s.periodEnd === "2019-12-31");
  expect(almaty2019?.amounts.get("receipts-covid")).toBeNull();
  expect(almaty2019?.amounts.has("payables")).toBe(false);
});
