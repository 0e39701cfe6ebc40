/**
 * The audit record: everything needed to reproduce an allocation years later
 * and to prove that it was reproduced: tool version, SHA-256 of each input,
 * seed, effective parameters and every applicant's outcome. No timestamps, so
 * the same run writes the same bytes.
 */
import * as z from "../program/zod.js";
import type { Decision } from "./report.js";
import { rowJsonOf } from "./row-json.js";

const input = z.strictObject({ path: z.string(), sha256: z.string() });

export const auditSchema = z.strictObject({
  version: z.int(),
  tool: z.string(),
  program: z.string(),
  /** The intake allocated; only for a program with intakes. */
  intake: z.string().optional(),
  inputs: z.strictObject({
    program: input,
    applicants: input.extend({ encoding: z.string().optional(), sheet: z.string().optional() }),
    declined: input.optional(),
  }),
  seed: z.string(),
  seedGiven: z.boolean(),
  parameters: z.unknown(),
  outcomes: z.array(z.unknown()),
  summary: z.unknown(),
});

export type AuditRecord = z.output<typeof auditSchema>;

export const auditRecord = (args: {
  tool: string;
  decision: Decision;
  inputs: AuditRecord["inputs"];
  intake?: string | undefined;
  seedGiven: boolean;
  parameters: unknown;
}): AuditRecord => ({
  version: 1,
  tool: args.tool,
  program: args.decision.program,
  ...(args.intake !== undefined ? { intake: args.intake } : {}),
  inputs: args.inputs,
  seed: args.decision.seed,
  seedGiven: args.seedGiven,
  parameters: args.parameters,
  outcomes: args.decision.rows.map(rowJsonOf),
  summary: args.decision.summary,
});
