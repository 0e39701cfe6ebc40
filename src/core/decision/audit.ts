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
 */
import * as z from "../program/zod.js";
import { canonicalPieces } from "./canonical.js";
import type { Decision } from "./report.js";
import { rowJsonOf } from "./row-json.js";

const input = z.strictObject({ path: z.string(), sha256: z.string() });

/** The sections covered by a hash each, in the order of the record. */
export const AUDIT_SECTIONS = [
  "tool",
  "program",
  "inputs",
  "seed",
  "seedGiven",
  "parameters",
  "outcomes",
  "summary",
] as const;

export type AuditSection = (typeof AUDIT_SECTIONS)[number];

export const auditSchema = z.strictObject({
  version: z.int(),
  tool: z.string(),
  program: z.string(),
  /** The intake allocated; only for a program with intakes. */
  intake: z.string().optional(),
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

/** SHA-256 of text given in pieces (the shell's; the core has no crypto). */
export type Digest = (pieces: Iterable<string>) => string;

/**
 * The hash of each section: SHA-256 of its JSON in canonical form (RFC 8785:
 * keys sorted, no spaces), so re-indenting or re-ordering the keys of a
 * record by a tool keeps it intact, and any change of a value does not.
 */
export const sectionHashes = (
  record: AuditRecord | AuditRecordOut,
  digest: Digest,
): Record<AuditSection, string> => {
  const hashes = {} as Record<AuditSection, string>;
  for (const section of AUDIT_SECTIONS) hashes[section] = digest(canonicalPieces(record[section]));
  return hashes;
};

export const auditRecord = (args: {
  tool: string;
  decision: Decision;
  inputs: AuditRecord["inputs"];
  intake?: string | undefined;
  seedGiven: boolean;
  parameters: unknown;
  digest: Digest;
}): AuditRecordOut => {
  const { rows } = args.decision;
  const record: AuditRecordOut = {
    version: 1,
    tool: args.tool,
    program: args.decision.program,
    ...(args.intake !== undefined ? { intake: args.intake } : {}),
    inputs: args.inputs,
    seed: args.decision.seed,
    seedGiven: args.seedGiven,
    parameters: args.parameters,
    outcomes: {
      *[Symbol.iterator]() {
        for (const row of rows) yield rowJsonOf(row);
      },
    },
    summary: args.decision.summary,
  };
  return { ...record, sha256: sectionHashes(record, args.digest) };
};
