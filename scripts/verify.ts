/**
 * `npm run verify`: recomputes the SHA-256 of every frozen file and manifest and follows the chain.
 * Exit 1, naming the file and the release, if anything published was altered, removed or reordered.
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatProblem } from "../src/data/problems.ts";
import { readReleaseChain } from "../src/releases/release-chain.ts";
import { runCli } from "./run-cli.ts";

function main(): number {
  const { values } = parseArgs({ options: { "data-dir": { type: "string", default: "data" } } });
  const { releases, problems } = readReleaseChain(join(resolve(values["data-dir"]), "releases"));
  for (const p of problems) console.error(formatProblem(p));
  if (problems.length > 0) {
    console.error(`\nverify: the release history does not verify (${problems.length} problem(s)).`);
    return 1;
  }
  for (const r of releases) console.log(`${r.id}  ${r.manifest.date}  manifest SHA-256 ${r.manifestSha256}  (${r.manifest.files.length} files)`);
  const head = releases.at(-1);
  console.log(head ? `verify: ${releases.length} release(s) verified; latest ${head.id}, manifest SHA-256 ${head.manifestSha256}` : "verify: no releases yet");
  return 0;
}

runCli("verify", main);
