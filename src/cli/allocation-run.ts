/**
 * One allocation run from files: check the list, rank, allocate, optionally
 * top up after declines. Shared by `allocate` (which prints it) and `verify`
 * (which compares it with an audit record).
 */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { allocate, topUp } from "../core/allocation/index.js";
import type { AllocationProblem, AllocationResult } from "../core/allocation/types.js";
import { buildProblem, Pool } from "../core/decision/problem.js";
import { type Decision, decide, type NotCompeting } from "../core/decision/report.js";
import { inputError } from "../errors.js";
import { sha256Bytes } from "../io/hash.js";
import { readBytes } from "../io/read-file.js";
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

interface DeclinedList {
  /** Ids in file order, with the line each is on. */
  entries: { id: string; line: number }[];
  hash: string;
}

/** One id per line (the first cell of a CSV line); blank lines, `#` comments and a heading are skipped. */
const readDeclined = async (
  context: CommandContext,
  file: string,
  idColumn: string,
): Promise<DeclinedList> => {
  // A list of ids: a few kilobytes. The cap stops a wrong file or a device.
  const bytes = await readBytes(resolve(context.cwd, file), file, 16 * 1024 * 1024);
  const entries = bytes
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((text, i) => ({
      id: text
        .split(/[,;\t]/)[0]!
        .trim()
        .replace(/^"(.*)"$/, "$1"),
      line: i + 1,
    }))
    .filter(
      ({ id }, i) =>
        id !== "" &&
        !id.startsWith("#") &&
        !(i === 0 && id.toLowerCase() === idColumn.trim().toLowerCase()),
    );
  return { entries, hash: sha256Bytes(bytes) };
};

/**
 * Declines in rounds: those admitted decline, their seats are topped up, and
 * an applicant offered a seat in one round may decline in the next. Earlier
 * admissions never move. Ids that never held a seat are an error naming
 * their line.
 */
const applyDeclines = (
  problem: AllocationProblem,
  first: AllocationResult,
  declined: DeclinedList,
  file: string,
  others: readonly NotCompeting[],
): { result: AllocationResult; offered: string[]; declined: string[] } => {
  const initially = first.outcomes.filter((o) => o.admitted).map((o) => o.id);
  let admitted = initially;
  let result = first;
  let pending = declined.entries;
  const done: string[] = [];
  for (;;) {
    const holding = new Set(admitted);
    const now = pending.filter((e) => holding.has(e.id));
    if (now.length === 0) break;
    done.push(...now.map((e) => e.id));
    pending = pending.filter((e) => !holding.has(e.id));
    result = topUp(problem, admitted, done);
    admitted = result.outcomes.filter((o) => o.admitted).map((o) => o.id);
  }
  if (pending.length > 0) {
    const competing = new Set(problem.candidates.map((c) => c.id));
    const outside = new Map(others.map((o) => [o.id, o.kind]));
    const why = ({ id, line }: { id: string; line: number }) => {
      const kind = outside.get(id);
      const state = competing.has(id)
        ? "is on the waitlist and was never offered a seat"
        : kind
          ? `is ${kind}`
          : "is not in the applicant list";
      return `line ${line}: "${id}" ${state}`;
    };
    throw inputError(
      `${file}: only admitted applicants can decline:\n  ${pending.map(why).join("\n  ")}`,
      undefined,
      {
        exitCode: 1,
      },
    );
  }
  const before = new Set(initially);
  const offered = result.outcomes.filter((o) => o.admitted && !before.has(o.id)).map((o) => o.id);
  return { result, offered, declined: done };
};

export const runAllocation = async (
  context: CommandContext,
  inputs: AllocationInputs,
): Promise<AllocationRun> => {
  // The list is hashed as it is read: one pass, and the hash is of the very
  // bytes allocated from (a file that changes meanwhile cannot slip through).
  const listHash = createHash("sha256");
  const opened = await openCheck(context, inputs.program, inputs.applicants, {
    ...inputs,
    tap: (bytes) => listHash.update(bytes),
  });
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

  const programHash = opened.programSha256;
  const applicantsHash = listHash.digest("hex");
  const seed = inputs.seed ?? sha256Bytes(`${programHash}:${applicantsHash}`).slice(0, 16);

  const problem = buildProblem(program, pool, seed);
  let result: AllocationResult = allocate(problem);
  let topUpInfo: { offered: string[]; declined: string[] } | undefined;
  let declinedHash: string | null = null;
  if (inputs.declined !== undefined) {
    const declined = await readDeclined(context, inputs.declined, opened.layout.idColumn);
    declinedHash = declined.hash;
    const applied = applyDeclines(problem, result, declined, inputs.declined, others);
    result = applied.result;
    topUpInfo = { offered: applied.offered, declined: applied.declined };
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
