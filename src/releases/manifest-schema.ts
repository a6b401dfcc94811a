/** The manifest of a frozen release (data/releases/<id>/manifest.json) and the revisions file officials fill in. */
import { z } from "zod";
import { localizedText } from "../data/schema.ts";

/** "2026-Q4", or "2026-Q4.1" for a further release within the same quarter. */
export const RELEASE_ID = /^\d{4}-Q[1-4](\.\d+)?$/;
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const REVISION_KINDS = ["scheduled revision", "correction"] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** Why a published value changed or was withdrawn: the kind, and a sentence saying what happened. */
export const revisionReasonSchema = z.object({ kind: z.enum(REVISION_KINDS), text: z.string().min(10, "say in a sentence why the value changed") }).strict();
export type RevisionReason = z.output<typeof revisionReasonSchema>;

const cell = z.union([z.string(), z.number(), z.null()]);
/** A row's primary key, field → value. */
export const rowKeySchema = z.record(z.string(), cell);
export type RowKey = z.output<typeof rowKeySchema>;

export const fieldChangeSchema = z.object({ field: z.string(), old: cell, new: cell }).strict();

export const datasetChangesSchema = z
  .object({
    added: z.array(rowKeySchema),
    revised: z.array(z.object({ key: rowKeySchema, changes: z.array(fieldChangeSchema).min(1), reason: revisionReasonSchema }).strict()),
    withdrawn: z.array(z.object({ key: rowKeySchema, old: z.record(z.string(), cell), reason: revisionReasonSchema }).strict()),
  })
  .strict();
export type DatasetChanges = z.output<typeof datasetChangesSchema>;

export const releaseManifestSchema = z
  .object({
    id: z.string().regex(RELEASE_ID),
    date: z.string().regex(ISO_DAY),
    notes: localizedText,
    /** The release this one follows, and the SHA-256 of its manifest.json: the hash chain. */
    previous: z.object({ id: z.string().regex(RELEASE_ID), manifestSha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict().nullable(),
    /** Every frozen file, path relative to the release folder, with its SHA-256. */
    files: z.array(z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict()),
    /** What changed since the previous release, per dataset id (datasets without changes are left out). */
    changes: z.record(z.string(), datasetChangesSchema),
  })
  .strict();
export type ReleaseManifest = z.output<typeof releaseManifestSchema>;

/** data/revisions.json: reasons for the revisions and withdrawals the next release will carry. */
export const revisionsFileSchema = z
  .object({
    revisions: z.array(
      z
        .object({
          dataset: z.string(),
          /** The rows this reason covers: every key field listed must match; fewer fields cover more rows. */
          match: z.record(z.string(), z.union([z.string(), z.number()])),
          kind: z.enum(REVISION_KINDS),
          reason: z.string().min(10, "say in a sentence why the values changed"),
        })
        .strict(),
    ),
  })
  .strict();
export type RevisionsFile = z.output<typeof revisionsFileSchema>;
