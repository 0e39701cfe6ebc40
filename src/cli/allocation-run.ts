/**
 * One allocation run from files: check the list, rank, allocate, optionally
 * top up after declines. Shared by `allocate` (which prints it) and `verify`
 * (which compares it with an audit record).
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { allocate, topUp } from "../core/allocation/index.js";
import type { AllocationResult } from "../core/allocation/types.js";
import { buildProblem, Pool } from "../core/decision/problem.js";
import { type Decision, decide, type NotCompeting } from "../core/decision/report.js";
import { inputError } from "../errors.js";
import { hashingTap, sha256Bytes, sha256File } from "../io/hash.js";
import { describeFsError } from "../io/read-file.js";
import type { ListOptions } from "./commands/check.js";
import { openCheck } from "./commands/check.js";
import type { CommandContext } from "./context.js";

export interface AllocationInputs extends ListOptions {
  program: string;
  applicants: string;
  seed?: string;
  declined?: string;
}

export interface AllocationRun {
  decision: Decision;
  seed: string;
  seedGiven: boolean;
  programFile: string;
  hashes: { program: string; applicants: string; declined: string | null };
  /** The program's seat rules as applied, for the audit record. */
  parameters: unknown;
}

const readDeclined = async (
  context: CommandContext,
  file: string,
): Promise<{ ids: string[]; hash: string }> => {
  let text: Buffer;
  try {
    text = await readFile(resolve(context.cwd, file));
  } catch (error) {
    throw inputError(describeFsError(error, file));
  }
  const ids = text
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.split(/[,;\t]/)[0]!.trim())
    .filter((id) => id !== "" && !id.startsWith("#"));
  return { ids, hash: sha256Bytes(text) };
};

export const runAllocation = async (
  context: CommandContext,
  inputs: AllocationInputs,
): Promise<AllocationRun> => {
  const tap = inputs.applicants === "-" ? hashingTap(context.stdin) : undefined;
  const opened = await openCheck(
    tap ? { ...context, stdin: tap.stream } : context,
    inputs.program,
    inputs.applicants,
    inputs,
  );
  const { program, checker, list } = opened;
  if (!program.seats)
    throw inputError(
      `${opened.programFile} declares no seats section, so there is nothing to allocate`,
    );

  const pool = new Pool(program, opened.layout);
  const others: NotCompeting[] = [];
  for await (const batch of list.batches) {
    for (let i = 0; i < batch.records.length; i++) {
      const v = checker.check(batch.records[i]!, batch.lines[i]!);
      if (v.verdict === "eligible") {
        pool.add(v.id, v.values);
      } else {
        others.push({
          id: v.id,
          line: v.line,
          kind: v.verdict,
          reasons: v.reasons,
          problems: v.problems,
        });
      }
    }
  }

  const programHash =
    inputs.program === "-"
      ? ""
      : await sha256File(resolve(context.cwd, opened.programFile), opened.programFile);
  const applicantsHash = tap
    ? tap.digest()
    : await sha256File(resolve(context.cwd, inputs.applicants), opened.display);
  const seed = inputs.seed ?? sha256Bytes(`${programHash}:${applicantsHash}`).slice(0, 16);

  const ranked = buildProblem(program, pool, seed);
  let result: AllocationResult = allocate(ranked.problem);
  let topUpInfo: { offered: string[]; declined: string[] } | undefined;
  let declinedHash: string | null = null;
  if (inputs.declined !== undefined) {
    const declined = await readDeclined(context, inputs.declined);
    declinedHash = declined.hash;
    const admitted = result.outcomes.filter((o) => o.admitted).map((o) => o.id);
    const admittedSet = new Set(admitted);
    const notAdmitted = declined.ids.filter((id) => !admittedSet.has(id));
    if (notAdmitted.length > 0) {
      throw inputError(
        `${inputs.declined}: ${notAdmitted.map((id) => `"${id}"`).join(", ")} ${notAdmitted.length === 1 ? "was" : "were"} not admitted, so cannot decline`,
        undefined,
        { exitCode: 1 },
      );
    }
    const topped = topUp(ranked.problem, admitted, declined.ids);
    result = topped;
    topUpInfo = { offered: topped.offered, declined: declined.ids };
  }
  const seats = program.seats;
  return {
    decision: decide(program, seed, result, others, topUpInfo),
    seed,
    seedGiven: inputs.seed !== undefined,
    programFile: opened.programFile,
    hashes: { program: programHash, applicants: applicantsHash, declined: declinedHash },
    parameters: {
      total: seats.total,
      quotas: seats.quotas ?? [],
      unfilled: seats.unfilled,
      spread: seats.spread ?? [],
      ranking: seats.ranking ?? [],
      ties: seats.ties,
      ...(seats.timestamp ? { timestamp: seats.timestamp } : {}),
    },
  };
};
