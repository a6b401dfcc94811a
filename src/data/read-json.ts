/** Reading metadata files of data/: JSON against its zod schema, every problem located at its line and JSON path. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import type { z } from "zod";
import { decodeUtf8 } from "./decode-text.ts";
import { locateJsonPath } from "./locate-json.ts";
import type { DataProblem } from "./problems.ts";

/** Names in a folder (hidden files left out), sorted; none when the folder does not exist. */
export function listDir(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => !n.startsWith(".") && keep(n)).sort();
}

export function readText(path: string): string {
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

export function readJson<S extends z.ZodType>(path: string, file: string, schema: S, problems: DataProblem[]): z.output<S> | undefined {
  if (!existsSync(path)) {
    problems.push({ severity: "error", file, line: 1, column: 1, field: "-", rule: "the file is missing", fix: "add it (see data/README.md)" });
    return undefined;
  }
  const decoded = decodeUtf8(readFileSync(path), file);
  if (!decoded.ok) {
    problems.push(decoded.problem);
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : 0;
    const before = decoded.text.slice(0, offset).split("\n");
    problems.push({ severity: "error", file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, field: "-", rule: `invalid JSON: ${message}`, fix: "fix the JSON syntax (a missing comma, quote or bracket)" });
    return undefined;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    problems.push(jsonProblem(file, decoded.text, path, issue.message, "correct the value as data/README.md describes"));
  }
  return undefined;
}

export function jsonProblem(file: string, text: string, path: readonly (string | number)[], rule: string, fix: string): DataProblem {
  const { line, column } = locateJsonPath(text, path);
  return { severity: "error", file, line, column, field: path.length > 0 ? path.join(".") : "-", rule, fix };
}
