/** `npm run check:data` on broken copies of a data folder: exit 1, every problem located, no stack trace. */
import { describe, expect, test } from "vitest";
import { copyMinimalData, MINIMAL_CSV, readFixture, runCheckData, writeFixture } from "../support/data-fixture.ts";

const HEADER = "region,period_start,period_end,visits,share,comment,source";

function breakCsv(body: string | Uint8Array): ReturnType<typeof runCheckData> {
  const dir = copyMinimalData();
  writeFixture(dir, MINIMAL_CSV, body);
  return runCheckData(dir);
}

/** The CLI prints paths relative to where it runs; keep the part from data/ on. */
function located(stderr: string): string[] {
  return stderr
    .split("\n")
    .filter((l) => /:\d+:\d+ \S+ — /.test(l))
    .map((l) => l.slice(l.indexOf("data/")));
}

describe("check:data accepts", () => {
  test("the minimal fixture", () => {
    const result = runCheckData(copyMinimalData());
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("1 datasets, 2 rows, 1 sources — all valid.");
  });

  test("a UTF-8 byte-order mark and CRLF line ends", () => {
    const result = breakCsv(`\uFEFF${HEADER}\r\nkz,2019-01-01,2021-12-31,36,12.5,,test-source\r\n`);
    expect(result.status).toBe(0);
  });
});

describe("check:data refuses each kind of bad input with exit 1 and a located message", () => {
  test.each([
    ["a wrong type", `${HEADER}\nkz,2019-01-01,2021-12-31,many,1,,test-source\n`, "data/datasets/clinic-visits/data.csv:2:4 visits — expected an integer"],
    ["a missing required value", `${HEADER}\n,2019-01-01,2021-12-31,1,1,,test-source\n`, "data/datasets/clinic-visits/data.csv:2:1 region — a value is required"],
    ["a duplicate primary key", `${HEADER}\nkz,2019-01-01,2021-12-31,1,1,,test-source\nkz,2019-01-01,2021-12-31,1,1,,test-source\n`, "data/datasets/clinic-visits/data.csv:3:1 region+period_start — duplicate primary key"],
    ["an unknown source id", `${HEADER}\nkz,2019-01-01,2021-12-31,1,1,,who-knows\n`, 'data/datasets/clinic-visits/data.csv:2:7 source — source id "who-knows" is not in data/sources.json'],
    ["an unknown column", `${HEADER},extra\nkz,2019-01-01,2021-12-31,1,1,,test-source,x\n`, 'data/datasets/clinic-visits/data.csv:1:8 extra — unknown column "extra"'],
    ["a missing column", `region,period_start,period_end,visits,comment,source\nkz,2019-01-01,2021-12-31,1,,test-source\n`, 'data/datasets/clinic-visits/data.csv:1:7 share — the declared column "share" is missing'],
    ["a formula-looking text cell", `${HEADER}\nkz,2019-01-01,2021-12-31,1,1,@SUM(A1),test-source\n`, 'data/datasets/clinic-visits/data.csv:2:6 comment — "@SUM(A1)" starts with "@"'],
    ["an invalid date", `${HEADER}\nkz,2019-02-29,2021-12-31,1,1,,test-source\n`, 'data/datasets/clinic-visits/data.csv:2:2 period_start — "2019-02-29" is not a date in the calendar'],
    ["an invalid period", `${HEADER}\nkz,2022-01-01,2021-12-31,1,1,,test-source\n`, "data/datasets/clinic-visits/data.csv:2:3 period_end — the period ends (2021-12-31) before it starts (2022-01-01)"],
    ["a non-UTF-8 file", Uint8Array.from([...new TextEncoder().encode(`${HEADER}\nkz,2019-01-01,2021-12-31,1,1,`), 0xc0, 0xeb, 0xec, ...new TextEncoder().encode(",test-source\n")]), "data/datasets/clinic-visits/data.csv:2:30 - — the file is not UTF-8 (byte 0xC0"],
  ])("%s", (_, body, message) => {
    const result = breakCsv(body);
    expect(result.status).toBe(1);
    expect(located(result.stderr).some((line) => line.startsWith(message))).toBe(true);
    expect(result.stderr).toContain("nothing was built");
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test("every problem is printed, not only the first", () => {
    const result = breakCsv(`${HEADER}\nkz,2019-01-01,2021-12-31,x,1,,test-source\nabai,2019-01-01,2021-12-31,1,1,=1+1,nope\n`);
    expect(result.status).toBe(1);
    expect(located(result.stderr)).toHaveLength(3);
  });

  test("a broken dataset.json is located at its line and names the JSON path", () => {
    const dir = copyMinimalData();
    const meta = readFixture(dir, "datasets/clinic-visits/dataset.json").replace('"type": "integer"', '"type": "integr"');
    writeFixture(dir, "datasets/clinic-visits/dataset.json", meta);
    const result = runCheckData(dir);
    expect(result.status).toBe(1);
    const line = meta.split("\n").findIndex((l) => l.includes('"integr"')) + 1;
    expect(located(result.stderr)[0]).toMatch(new RegExp(`^data/datasets/clinic-visits/dataset.json:${line}:\\d+ fields\\.3\\.type — `));
  });

  test("a chart naming an undeclared field is refused", () => {
    const dir = copyMinimalData();
    const meta = readFixture(dir, "datasets/clinic-visits/dataset.json").replace('"y": "visits"', '"y": "vists"');
    writeFixture(dir, "datasets/clinic-visits/dataset.json", meta);
    const result = runCheckData(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('charts.0.y — chart "clinic-visits-bars" uses "vists", which is not a declared field');
  });
});

test("a chart whose filter leaves two rows at one point is refused", () => {
  const dir = copyMinimalData();
  const meta = readFixture(dir, "datasets/clinic-visits/dataset.json").replace(', "filter": { "region": ["kz"] }', "");
  writeFixture(dir, "datasets/clinic-visits/dataset.json", meta);
  const result = runCheckData(dir);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('charts.0 — chart "clinic-visits-bars" has more than one row at period_start=2019-01-01');
});
