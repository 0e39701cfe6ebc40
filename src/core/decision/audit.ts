/**
 * The audit record: everything needed to reproduce an allocation years later
 * and to prove that it was reproduced: tool version, SHA-256 of each input,
 * seed, effective parameters and every applicant's outcome. No timestamps, so
 * the same run writes the same bytes.
 *
 * Each section carries its own SHA-256 (`sha256`, last in the record), so an
 * edit of any part, even one a re-run cannot see (the tool, `seedGiven`),
 * is named by `verify`. Records written before the section hashes have no
 * `sha256` and still verify: every section a re-run derives is compared with it.
 *
 * Versions (docs/output-formats.md): 1 held each reason's code and words;
 * 2 adds each reason's `params` (the counts and names the words are made
 * from, as the allocation decided them) and the `language` the words are
 * in, so the words are free to be in any language and the numbers in them
 * are still verified. Version 1 records are read, and verified, as before.
 */
import { LOCALES } from "../language/index.js";
import * as z from "../program/zod.js";
import { canonicalChunks } from "./json-bytes.js";
import type { Decision, DecisionRow } from "./report.js";
import { auditOutcomeOf } from "./row-json.js";

const input = z.strictObject({ path: z.string(), sha256: z.string() });

/** The version cohort writes. */
export const AUDIT_VERSION = 2;

/** The versions cohort reads. */
export const AUDIT_VERSIONS = [1, 2] as const;

/** The sections covered by a hash each, in the order of the record (version 2). */
export const AUDIT_SECTIONS = [
  "tool",
  "program",
  "language",
  "inputs",
  "seed",
  "seedGiven",
  "parameters",
  "outcomes",
  "summary",
] as const;

export type AuditSection = (typeof AUDIT_SECTIONS)[number];

/** The sections of a version 1 record: all but the language, which it does not name. */
const V1_SECTIONS = AUDIT_SECTIONS.filter((s) => s !== "language");

/** The sections a record of this version holds, each with its hash. */
export const sectionsOf = (version: number): readonly AuditSection[] =>
  version === 1 ? V1_SECTIONS : AUDIT_SECTIONS;

export const auditSchema = z.strictObject({
  version: z.int(),
  tool: z.string(),
  program: z.string(),
  /** The intake allocated; only for a program with intakes. */
  intake: z.string().optional(),
  /** The language the reasons are worded in (version 2; `allocate --lang`, else the program's). */
  language: z.enum(LOCALES).optional(),
  inputs: z.strictObject({
    program: input,
    applicants: input.extend({
      encoding: z.enum(["utf-8", "windows-1252"]).optional(),
      sheet: z.string().optional(),
    }),
    declined: input.optional(),
    /** The earlier decision's record the declines started from (`allocate --from`). */
    from: input.optional(),
  }),
  seed: z.string(),
  seedGiven: z.boolean(),
  parameters: z.unknown(),
  outcomes: z.array(z.unknown()),
  summary: z.unknown(),
  /** SHA-256 of each section's canonical JSON; absent in older records. */
  sha256: z.record(z.string(), z.string()).optional(),
});

export type AuditRecord = z.output<typeof auditSchema>;

/**
 * A record as it is written: the outcomes a sequence made row by row from
 * the decision, hashed in one pass and written in another, so the record of
 * a million applicants is never a million objects (or one string) at once.
 */
export type AuditRecordOut = Omit<AuditRecord, "outcomes"> & { outcomes: Iterable<unknown> };

/** SHA-256 of UTF-8 text given in pieces, text or bytes (the shell's; the core has no crypto). */
export type Digest = (pieces: Iterable<string | Uint8Array>) => string;

/**
 * The hash of each section of the record's version: SHA-256 of its JSON in
 * canonical form (RFC 8785: keys sorted, no spaces), so re-indenting or
 * re-ordering the keys of a record by a tool keeps it intact, and any change
 * of a value does not.
 */
export const sectionHashes = (
  record: AuditRecord | AuditRecordOut,
  digest: Digest,
): Partial<Record<AuditSection, string>> => {
  const hashes: Partial<Record<AuditSection, string>> = {};
  // As bytes in large chunks: a record's million outcomes are hashed without
  // a string per value (canonicalChunks writes canonicalJson's text).
  for (const section of sectionsOf(record.version))
    hashes[section] = digest(canonicalChunks(record[section]));
  return hashes;
};

/**
 * The sections whose hash in the record is not the one of what they hold.
 * A version 1 record without hashes was written before them and has none
 * to check; a later one is written with them, so without them every
 * section counts as edited.
 */
export const editedSections = (
  record: AuditRecord,
  digest: Digest,
): { section: AuditSection; recorded: string | undefined; actual: string }[] => {
  if (!record.sha256 && record.version === 1) return [];
  const actual = sectionHashes(record, digest);
  return sectionsOf(record.version).flatMap((section) => {
    const recorded = record.sha256?.[section];
    return recorded === actual[section] ? [] : [{ section, recorded, actual: actual[section]! }];
  });
};

export interface AuditArgs {
  tool: string;
  decision: Decision;
  inputs: AuditRecord["inputs"];
  intake?: string | undefined;
  seedGiven: boolean;
  parameters: unknown;
  digest: Digest;
}

/**
 * The record as allocate writes it, in one pass over the decision's rows:
 * every section but the outcomes (`outcomes` empty, in its place), the rows
 * the outcomes are made from (each is auditOutcomeOf(row)), and the hash of
 * every section but the outcomes. The outcomes' hash is taken from their
 * canonical bytes as they are written (formatAuditDraft), and the hashes
 * stand last in the record, so it is complete by the time it is written.
 * auditRecord is the same record whole: the definition the writer is held to.
 */
export interface AuditDraft {
  head: Omit<AuditRecord, "sha256">;
  rows: Iterable<DecisionRow>;
  /** The hashes of the record's sections, in order, but for the outcomes'. */
  sha256: Partial<Record<AuditSection, string>>;
}

export const auditDraft = (args: AuditArgs): AuditDraft => {
  const head: AuditDraft["head"] = {
    version: AUDIT_VERSION,
    tool: args.tool,
    program: args.decision.program,
    ...(args.intake !== undefined ? { intake: args.intake } : {}),
    language: args.decision.locale,
    inputs: args.inputs,
    seed: args.decision.seed,
    seedGiven: args.seedGiven,
    parameters: args.parameters,
    outcomes: [],
    summary: args.decision.summary,
  };
  const sha256: AuditDraft["sha256"] = {};
  for (const section of sectionsOf(head.version))
    if (section !== "outcomes") sha256[section] = args.digest(canonicalChunks(head[section]));
  return { head, rows: args.decision.rows, sha256 };
};

export const auditRecord = (args: AuditArgs): AuditRecordOut => {
  const { head, rows } = auditDraft(args);
  const record: AuditRecordOut = {
    ...head,
    outcomes: {
      *[Symbol.iterator]() {
        for (const row of rows) yield auditOutcomeOf(row);
      },
    },
  };
  return { ...record, sha256: sectionHashes(record, args.digest) };
};
