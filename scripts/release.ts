/**
 * `npm run release -- <release-id> [--date YYYY-MM-DD] [--notes FILE]`: freezes data/ as a release.
 * Refuses, with located messages, invalid data, a revision without a reason, an existing id, no change.
 * --notes FILE: a JSON file {"kk": …, "ru": …, "en": …}, or plain text used for all three languages.
 */
import { readFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatProblem } from "../src/data/problems.ts";
import { localizedText } from "../src/data/schema.ts";
import { cutRelease } from "../src/releases/cut-release.ts";
import { runCli } from "./run-cli.ts";

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { date: { type: "string" }, notes: { type: "string" }, "data-dir": { type: "string", default: "data" } },
  });
  const id = positionals[0];
  if (!id) {
    console.error("release: name the release, e.g. npm run release -- 2027-Q1 --date 2027-02-15 --notes notes.json");
    return 1;
  }
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  const notesText = values.notes ? readFileSync(resolve(values.notes), "utf8") : `Release ${id}.`;
  const notes = values.notes && extname(values.notes) === ".json" ? localizedText.parse(JSON.parse(notesText)) : { kk: notesText.trim(), ru: notesText.trim(), en: notesText.trim() };
  const outcome = cutRelease({ dataDir: resolve(values["data-dir"]), rootDir: process.cwd(), id, date, notes });
  if (!outcome.ok) {
    for (const p of outcome.problems) console.error(formatProblem(p));
    console.error(`\nrelease: ${id} was not made (${outcome.problems.length} problem(s)); nothing in data/releases/ was changed.`);
    return 1;
  }
  const counts = Object.values(outcome.manifest.changes).reduce((n, c) => ({ added: n.added + c.added.length, revised: n.revised + c.revised.length, withdrawn: n.withdrawn + c.withdrawn.length }), { added: 0, revised: 0, withdrawn: 0 });
  console.log(`release: ${id} (${date}) frozen in data/releases/${id}/ — ${counts.added} added, ${counts.revised} revised, ${counts.withdrawn} withdrawn; manifest SHA-256 ${outcome.manifestSha256}`);
  console.log("Commit data/releases/ and data/revisions.json, then build and deploy.");
  return 0;
}

runCli("release", main);
