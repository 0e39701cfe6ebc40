/**
 * One allocation run from files: check the list, rank, allocate, optionally
 * top up after declines. Shared by `allocate` (which prints it) and `verify`
 * (which compares it with an audit record).
 */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import {
  type AllocationResult,
  allocate,
  type KeptAdmission,
  needsSolver,
  TooManyChoiceTypes,
  topUp,
} from "../core/allocation/index.js";
import type { TeamNote } from "../core/check/teams.js";
import { type AuditRecord, editedSections } from "../core/decision/audit.js";
import { declineRounds, type RefusedDecline } from "../core/decision/declines.js";
import { auditParameters } from "../core/decision/parameters.js";
import { Pool, rankPool } from "../core/decision/problem.js";
import { type Decision, decide, NotCompetingList } from "../core/decision/report.js";
import { TeamLedger } from "../core/decision/teams.js";
import type { InputProblem } from "../core/input-problems.js";
import type { Locale } from "../core/language/index.js";
import { inputError } from "../errors.js";
import { listVerdicts } from "../io/applicants/parallel/check-in-parallel.js";
import { poolSinks, takeRange } from "../io/applicants/parallel/pool-range.js";
import type { ListSource } from "../io/applicants/source.js";
import { readAudit } from "../io/audit-file.js";
import { readDeclinedList } from "../io/declined-list.js";
import { sha256Bytes, sha256File, sha256Pieces } from "../io/hash.js";
import { loadSolver } from "../io/solver/highs.js";
import { type Carry, carryFor } from "./carry.js";
import type { AppContext } from "./context.js";
import { type OpenedCheck, openCheck } from "./open-check.js";

export interface AllocationInputs {
  program: string;
  list: ListSource;
  seed?: string;
  /** The declined list (`--declined`), a path. */
  declined?: string;
  /**
   * The earlier decision's audit record (`--from`), a path: declines start
   * from the admissions it holds, not from a fresh allocation of today's files.
   */
  from?: string;
  /** `--intake`, for a program with intakes. */
  intake?: string;
  /** The day an intake is chosen by when none is named (YYYY-MM-DD). */
  today?: string;
  /** The language of the reasons, instead of the program's locale (`--lang`). */
  lang?: Locale;
  /**
   * Carry columns into the results: the program's (`true`), or those of
   * `--carry` (headers). Absent: nothing is carried (verify, letters).
   */
  carry?: true | readonly string[];
  /** Tests cut small lists into small ranges read by the bundled worker (ParallelCheckInput). */
  parallel?: { minBytes: number; rangeBytes: number; workerFile: string; blindCuts?: boolean };
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
  /** The columns carried into the decision's rows (none unless asked for). */
  carry: Carry;
  /** Line (row) of the list's header, where a missing carried column is reported. */
  carryHeaderLine: number;
  hashes: { program: string; applicants: string; declined: string | null; from: string | null };
  /** The program's seat rules as applied, for the audit record. */
  parameters: ReturnType<typeof auditParameters>;
  /** Check's warnings about leader groups (a group of one, a group too large for its classes). */
  teamNotes: TeamNote[];
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
  // On worker threads, the list is read again by ranges: the hash is then
  // of the bytes of those reads (parallelHash), and the opened reader's
  // first bytes are left out.
  const listHash = createHash("sha256");
  let parallelHash: ReturnType<typeof createHash> | undefined;
  // Let go once read (see below): `let`, so that nothing holds it after.
  let opened: OpenedCheck | undefined = await openCheck(
    context,
    inputs.program,
    inputs.list,
    (bytes) => {
      if (parallelHash === undefined) listHash.update(bytes);
    },
    { intake: inputs.intake, today: inputs.today ?? "" },
    inputs.lang,
  );
  const { program } = opened;
  const classes = opened.intake?.intake.classes ?? [];
  if (!program.seats) throw inputError({ code: "no-seats-section", program: opened.programFile });

  const carry = carryFor(opened, inputs.carry === true ? undefined : (inputs.carry ?? []));
  // Let go once ranked (see below): `let`, so that nothing holds it after.
  let pool: Pool | undefined = new Pool(program, opened.layout);
  // Those who do not compete, as columns (half a list can be ineligible).
  const others = new NotCompetingList();
  const teamSpec = program.applicants?.team;
  const ledger = teamSpec ? new TeamLedger(teamSpec) : undefined;
  const stream = listVerdicts(
    {
      ...opened,
      display: opened.source.display,
      ...(carry.indexes.length > 0 ? { carry: carry.indexes } : {}),
      workerName: "allocate-worker",
      ...inputs.parallel,
      sink: poolSinks(program, opened.layout),
      tap: (bytes) => {
        parallelHash ??= createHash("sha256");
        parallelHash.update(bytes);
      },
    },
    {
      path: opened.source.path,
      cwd: context.cwd,
      env: context.env ?? {},
      ...(opened.source.encoding ? { encoding: opened.source.encoding } : {}),
      ...(context.onListProgress
        ? { onProgress: (p) => context.onListProgress?.(p, program.locale) }
        : {}),
    },
  );
  if (stream.columns) {
    // On worker threads: each range's columns straight into the pool and
    // those not competing, no verdict object a row (instead of the batches:
    // either reads the list; leader groups stay on one thread).
    for await (const range of stream.columns) takeRange(pool, others, range);
  } else {
    for await (const batch of stream.batches) {
      for (const v of batch) {
        if (v.team !== undefined) ledger?.add(v.team, v);
        if (v.verdict === "eligible") pool.add(v.id, v.values, v.choices, v.team, v.carried);
        else
          others.add({
            id: v.id,
            line: v.line,
            kind: v.verdict,
            reasons: v.reasons,
            problems: v.problems,
            ...(v.team !== undefined ? { team: v.team } : {}),
            ...(v.carried ? { carried: v.carried } : {}),
          });
      }
    }
  }
  // A group with a member who cannot be admitted is out as a whole (the
  // program's `ineligible: team`): its eligible members are told why.
  const blocked = ledger?.blocked();
  for (const m of blocked?.members ?? [])
    others.add({
      id: m.id,
      line: m.line,
      kind: "ineligible",
      reasons: [],
      problems: [],
      team: m.team,
      blockers: m.blockers,
    });

  // What the rest needs of the opened list, taken now: the checker (with its
  // set of every id, 24 MB at a million rows) and the reader are let go
  // before the allocation.
  const read = {
    programFile: opened.programFile,
    intake: opened.intake?.intake.id,
    idColumn: opened.layout.idColumn,
    emptyRows: stream.summary().emptyRows ?? 0,
    headerLine: opened.list.headerLine,
    teamNotes: opened.checker.teams(),
  };
  const programHash = opened.programSha256;
  opened = undefined;
  const applicantsHash = (parallelHash ?? listHash).digest("hex");
  const earlier =
    inputs.from === undefined ? undefined : await earlierDecision(context, inputs.from);
  if (earlier) checkEarlier(earlier.record, inputs.from!, program.id, read.intake);
  const seed =
    inputs.seed ??
    earlier?.record.seed ??
    sha256Bytes(`${programHash}:${applicantsHash}`).slice(0, 16);

  const { problem, poolIndex } = rankPool(program, pool, seed, classes, blocked?.teams);
  // The problem holds what allocation reads; of the pool's columns only the
  // carried cells are read after it (tens of MB at a million applicants).
  const carriedCells = pool.carried;
  pool = undefined;
  // The integer solver is loaded only when the seats are no longer one flow:
  // classes, more than one spread field, leader groups.
  const options = needsSolver(problem) ? { solver: await loadSolver() } : {};
  let result: AllocationResult;
  let earlierDeclined: string[] = [];
  if (earlier) {
    // The admissions the record holds are kept whatever the files say now;
    // limits they break are widened and reported (kept-over-limit).
    const { kept, declined } = earlier;
    const restored = tooMany(
      () => topUp(problem, kept, declined, options),
      inputs.list.display,
      classes.length > 0,
    );
    if (restored.unknown.length > 0)
      throw inputError(missingFromList(inputs.from!, restored.unknown, kept, inputs.list.display));
    result = restored;
    earlierDeclined = declined;
  } else {
    result = tooMany(() => allocate(problem, options), inputs.list.display, classes.length > 0);
  }
  let topUpInfo: { offered: string[]; declined: string[] } | undefined;
  let declinedHash: string | null = null;
  if (inputs.declined !== undefined) {
    const declined = await readDeclinedList(context.cwd, inputs.declined, read.idColumn);
    declinedHash = declined.hash;
    const rounds = declineRounds(
      problem,
      result,
      declined.entries,
      others,
      options,
      earlierDeclined,
    );
    if (rounds.refused.length > 0)
      return { kind: "refused", file: inputs.declined, refused: rounds.refused };
    result = rounds.result;
    topUpInfo = { offered: rounds.offered, declined: rounds.declined };
  } else if (earlier) {
    topUpInfo = { offered: [], declined: earlierDeclined };
  }
  // The carried cells of a candidate, by its place in the pool.
  const carriedOf = (i: number) => carriedCells?.[i];
  return {
    kind: "allocated",
    decision: decide(program, seed, result, others, topUpInfo, {
      id: read.intake,
      classes,
      emptyRows: read.emptyRows,
      ...(carry.headers.length > 0
        ? { carried: { columns: carry.headers, of: (rank: number) => carriedOf(poolIndex[rank]!) } }
        : {}),
    }),
    carry,
    carryHeaderLine: read.headerLine,
    seed,
    seedGiven: inputs.seed !== undefined,
    programFile: read.programFile,
    intake: read.intake,
    list: inputs.list,
    hashes: {
      program: programHash,
      applicants: applicantsHash,
      declined: declinedHash,
      from: earlier?.hash ?? null,
    },
    parameters: auditParameters(program.seats, classes, program.applicants?.team),
    teamNotes: read.teamNotes,
  };
};

interface EarlierDecision {
  record: AuditRecord;
  hash: string;
  kept: KeptAdmission[];
  declined: string[];
}

/** The admissions and declines an earlier decision's audit record holds. */
const earlierDecision = async (context: AppContext, path: string): Promise<EarlierDecision> => {
  const absolute = resolve(context.cwd, path);
  const record = await readAudit(absolute, path);
  // The admissions kept are the record's: an edited record must not slip in
  // an admission, so its section hashes must hold.
  const edited = editedSections(record, sha256Pieces).map((e) => e.section);
  if (edited.length > 0)
    throw inputError({ code: "declines-edited", file: path, sections: edited });
  const kept: KeptAdmission[] = [];
  const declined: string[] = [];
  for (const entry of record.outcomes) {
    const o = entry as { id?: unknown; outcome?: unknown; choice?: unknown };
    if (typeof o.id !== "string") continue;
    if (o.outcome === "admitted")
      kept.push(typeof o.choice === "number" ? { id: o.id, choice: o.choice } : { id: o.id });
    else if (o.outcome === "declined") declined.push(o.id);
  }
  return { record, hash: await sha256File(absolute, path), kept, declined };
};

const checkEarlier = (
  record: AuditRecord,
  path: string,
  program: string,
  intake: string | undefined,
): void => {
  if (record.program !== program)
    throw inputError({
      code: "declines-other-program",
      file: path,
      recorded: record.program,
      program,
    });
  if (record.intake !== intake)
    throw inputError({
      code: "declines-other-intake",
      file: path,
      ...(record.intake !== undefined ? { recorded: record.intake } : {}),
      ...(intake !== undefined ? { intake } : {}),
    });
};

const missingFromList = (
  from: string,
  unknown: readonly string[],
  kept: readonly KeptAdmission[],
  list: string,
): InputProblem => {
  const admitted = new Set(kept.map((k) => k.id));
  const missing = unknown.filter((id) => admitted.has(id));
  return {
    code: "declines-admitted-missing",
    from,
    list,
    ids: missing.slice(0, 10),
    count: missing.length,
  };
};

/**
 * An allocation by the integer program (classes, or several spread fields)
 * too varied to solve in bounded time is refused, with why.
 */
const tooMany = <T>(run: () => T, list: string, classes: boolean): T => {
  try {
    return run();
  } catch (error) {
    if (error instanceof TooManyChoiceTypes)
      throw inputError({ code: "too-many-kinds", list, limit: error.limit, classes });
    throw error;
  }
};
