/**
 * How fast this machine runs JavaScript right now: the seconds a fixed single-thread workload (strings,
 * maps, JSON, a regular expression: the kinds of work a build does) takes in a fresh Node process. On a
 * shared machine the same build can take half as long again as minutes before with no CPU reported
 * stolen; this figure, taken just before each build, hints at how fast the machine was then. Only a hint:
 * it runs on one CPU for two seconds, a build on both for a minute or more.
 */
import { spawnSync } from "node:child_process";

const WORKLOAD = `
const started = performance.now();
let total = 0;
for (let round = 0; round < 40; round += 1) {
  const map = new Map();
  let text = "";
  for (let i = 0; i < 50000; i += 1) {
    map.set("k" + i, i * round);
    text += i.toString(36);
  }
  total += JSON.stringify([...map.entries()].slice(0, 20000)).length + (text.match(/[a-f]+/g) ?? []).length;
}
process.stdout.write(String((performance.now() - started) / 1000) + " " + total);
`;

/** Seconds the workload took, or null where it could not run. */
export function speedCheck(): number | null {
  const result = spawnSync(process.execPath, ["-e", WORKLOAD], { encoding: "utf8" });
  const seconds = Number(result.stdout.split(" ")[0]);
  return result.status === 0 && Number.isFinite(seconds) ? seconds : null;
}
