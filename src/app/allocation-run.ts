/**
 * One allocation run from files: check the list, rank, allocate, optionally
 * top up after declines. Shared by `allocate` (which prints it) and `verify`
 * (which compares it with an audit record).
 */
import { createHash } from "node:crypto";
import { allocate } from "../core/allocation/index.js";
import { declineRounds, type RefusedDecline } from "../core/decision/declines.js";
import { auditParameters } from "../core/decision/parameters.js";
import { buildProblem, Pool } from "../core/decision/problem.js";
import { type Decision, decide, type NotCompeting } from "../core/decision/report.js";
import type { Locale } from "../core/language/index.js";
import { inputError } from "../errors.js";
import type { ListSource } from "../io/applicants/source.js";
import { readDeclinedList } from "../io/declined-list.js";
import { sha256Bytes } from "../io/hash.js";
import type { AppContext } from "./context.js";
import { openCheck } from "./open-check.js";
import { verdicts } from "./verdicts.js";

export interface AllocationInputs {
  program: string;
  list: ListSource;
  seed?: string;
  /** The declined list (`--declined`), a path. */
  declined?: string;
  /** `--intake`, for a program with intakes. */
  intake?: string;
  /** The day an intake is chosen by when none is named (YYYY-MM-DD). */
  today?: string;
  /** The language of the reasons, instead of the program's locale (`--lang`). */
  lang?: Locale;
}

export interface AllocationRun {
  kind: "allocated";
  decision: Decision;
  seed: string;
  seedGiven: boolean;
  programFile: string;
  /** The intake allocated, for a program with intakes. */
  intake: string | undefined;
  list: ListSource;
  hashes: { program: string; applicants: string; declined: string | null };
  /** The program's seat rules as applied, for the audit record. */
  parameters: ReturnType<typeof auditParameters>;
}

/** Ids of the declined list that never held a seat: nothing was allocated. */
export interface RefusedDeclines {
  kind: "refused";
  /** The declined list, as given. */
  file: string;
  refused: RefusedDecline[];
}

export const runAllocation = async (
  context: AppContext,
  inputs: AllocationInputs,
): Promise<AllocationRun | RefusedDeclines> => {
  // The list is hashed as it is read: one pass, and the hash is of the very
  // bytes allocated from (a file that changes meanwhile cannot slip through).
  const listHash = createHash("sha256");
  const opened = await openCheck(
    context,
    inputs.program,
    inputs.list,
    (bytes) => listHash.update(bytes),
    { intake: inputs.intake, today: inputs.today ?? "" },
    inputs.lang,
  );
  const { program } = opened;
  const classes = opened.intake?.intake.classes;
  if (classes)
    throw inputError(
      `intake ${opened.intake!.intake.id} of ${opened.programFile} has ${classes.length} parallel classes (${classes.map((c) => c.id).join(", ")}); allocate cannot yet place applicants in classes, so it allocates only intakes without classes. Check the list with cohort check, which works on the intake as a whole`,
    );
  if (!program.seats)
    throw inputError(
      `${opened.programFile} declares no seats section, so there is nothing to allocate`,
    );

  const pool = new Pool(program, opened.layout);
  const others: NotCompeting[] = [];
  for await (const batch of verdicts(opened)) {
    for (const v of batch) {
      if (v.verdict === "eligible") pool.add(v.id, v.values);
      else
        others.push({
          id: v.id,
          line: v.line,
          kind: v.verdict,
          reasons: v.reasons,
          problems: v.problems,
        });
    }
  }

  const programHash = opened.programSha256;
  const applicantsHash = listHash.digest("hex");
  const seed = inputs.seed ?? sha256Bytes(`${programHash}:${applicantsHash}`).slice(0, 16);

  const problem = buildProblem(program, pool, seed);
  let result = allocate(problem);
  let topUpInfo: { offered: string[]; declined: string[] } | undefined;
  let declinedHash: string | null = null;
  if (inputs.declined !== undefined) {
    const declined = await readDeclinedList(context.cwd, inputs.declined, opened.layout.idColumn);
    declinedHash = declined.hash;
    const rounds = declineRounds(problem, result, declined.entries, others);
    if (rounds.refused.length > 0)
      return { kind: "refused", file: inputs.declined, refused: rounds.refused };
    result = rounds.result;
    topUpInfo = { offered: rounds.offered, declined: rounds.declined };
  }
  return {
    kind: "allocated",
    decision: decide(program, seed, result, others, topUpInfo, opened.list.emptyRows?.() ?? 0),
    seed,
    seedGiven: inputs.seed !== undefined,
    programFile: opened.programFile,
    intake: opened.intake?.intake.id,
    list: inputs.list,
    hashes: { program: programHash, applicants: applicantsHash, declined: declinedHash },
    parameters: auditParameters(program.seats),
  };
};
