/** data/release-calendar.json: when the next releases are planned, so dataset pages can say "next update". */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { DataProblem } from "../data/problems.ts";
import { localizedText } from "../data/schema.ts";
import { ISO_DAY, RELEASE_ID } from "./manifest-schema.ts";

export const releaseCalendarSchema = z
  .object({
    planned: z.array(
      z
        .object({
          id: z.string().regex(RELEASE_ID),
          date: z.string().regex(ISO_DAY),
          /** Datasets this release will update; all when left out. */
          datasets: z.array(z.string()).optional(),
          note: localizedText.optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type ReleaseCalendar = z.output<typeof releaseCalendarSchema>;

export function readReleaseCalendar(dataDir: string, problems: DataProblem[]): ReleaseCalendar {
  const path = join(dataDir, "release-calendar.json");
  if (!existsSync(path)) return { planned: [] };
  const parsed = releaseCalendarSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.push({ severity: "error", file: "data/release-calendar.json", line: 1, column: 1, field: issue.path.join(".") || "-", rule: issue.message, fix: 'list planned releases as {"id": "2027-Q1", "date": "YYYY-MM-DD"}' });
  }
  return { planned: [] };
}

/** The first planned release after `after` (a date) that updates this dataset. */
export function nextUpdate(calendar: ReleaseCalendar, datasetId: string, after: string): ReleaseCalendar["planned"][number] | undefined {
  return [...calendar.planned]
    .sort((a, b) => a.date.localeCompare(b.date))
    .find((p) => p.date > after && (p.datasets === undefined || p.datasets.includes(datasetId)));
}
