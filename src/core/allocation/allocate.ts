/**
 * The allocation, as two pure functions: `allocate` for the first round and
 * `topUp` after declines. Both run targets -> rank-order selection ->
 * reasons -> outcomes over the same small flow network.
 */
import { allocateInClasses } from "./allocate-classes.js";
import { widenForKept } from "./kept.js";
import { type Layout, layoutOf } from "./layout.js";
import type { MipSolver } from "./mip.js";
import { SeatNetwork } from "./network.js";
import { assemble } from "./outcomes.js";
import { refusals } from "./reasons.js";
import { select } from "./select.js";
import { Sequence } from "./sequence.js";
import { computeTargets, reachAlone } from "./targets.js";
import { targetsMet } from "./targets-met.js";
import type {
  AllocationProblem,
  AllocationResult,
  Reason,
  Relaxation,
  TopUpResult,
} from "./types.js";

export interface AllocateOptions {
  /**
   * The exact integer solver, needed when the seat constraints are no longer
   * one flow (`needsSolver`): with classes, more than one spread field, or teams.
   */
  solver?: MipSolver;
  /**
   * Solve with the integer program even where the flow is exact: for the
   * tests and the benchmark that compare the two paths.
   */
  forceSolver?: boolean;
}

/** A kept admission of a top-up with classes: the choice it holds (1-based). */
export interface KeptAdmission {
  id: string;
  choice?: number;
}

const hasClasses = (problem: AllocationProblem): boolean => (problem.classes?.length ?? 0) > 0;

/**
 * Whether the seat constraints stop being one flow: parallel classes, a
 * second spread field (quota groups and two fields are three partitions
 * crossing each other, and a flow carries two), or teams (admitted whole,
 * they make the counts indivisible). The shell loads the solver only then.
 */
export const needsSolver = (problem: AllocationProblem): boolean =>
  hasClasses(problem) ||
  problem.spreads.length > 1 ||
  problem.candidates.some((c) => c.team !== undefined && c.team !== null);

const solverOf = (options: AllocateOptions): MipSolver => {
  if (!options.solver) throw new Error("this allocation needs the integer solver");
  return options.solver;
};

/**
 * A problem without classes solved by the integer program: one class that
 * never binds (more seats than applicants and seats together), which every
 * applicant accepts; its outcomes get no class (`placed` false).
 */
const inOneClass = (problem: AllocationProblem): AllocationProblem => ({
  ...problem,
  classes: [{ id: "*", site: "*", seats: problem.total + problem.candidates.length }],
});

const byIntegerProgram = (problem: AllocationProblem, options: AllocateOptions): boolean =>
  needsSolver(problem) || options.forceSolver === true;

/** Allocates the seats: the rank-order best allocation that meets every cap and target. */
export function allocate(
  problem: AllocationProblem,
  options: AllocateOptions = {},
): AllocationResult {
  if (byIntegerProgram(problem, options)) {
    if (hasClasses(problem)) return allocateInClasses(problem, solverOf(options)).result;
    const n = problem.candidates.length;
    return allocateInClasses(
      inOneClass(problem),
      solverOf(options),
      new Int32Array(n),
      new Uint8Array(n),
      false,
    ).result;
  }
  const layout = layoutOf(problem);
  const n = problem.candidates.length;
  return run(problem, layout, new Uint8Array(n), new Uint8Array(n)).result;
}

/**
 * Fills the seats freed by declines. Every earlier admission except the
 * decliners' stays; targets are recomputed for the reduced pool with those
 * admissions fixed, and the waitlist is taken in rank order under the same
 * rule as `allocate`. Nobody is un-admitted.
 */
export function topUp(
  problem: AllocationProblem,
  previouslyAdmitted: readonly (string | KeptAdmission)[],
  declinedIds: readonly string[],
  options: AllocateOptions = {},
): TopUpResult {
  const n = problem.candidates.length;
  // Look the few given ids up while scanning the pool once (a map of a
  // million ids would cost more than the whole allocation).
  const admittedBefore = new Map<string, number>();
  for (const entry of previouslyAdmitted) {
    if (typeof entry === "string") admittedBefore.set(entry, 0);
    else admittedBefore.set(entry.id, entry.choice ?? 0);
  }
  const declined = new Set(declinedIds);
  const keptChoice = new Int32Array(n);
  const kept = new Uint8Array(n);
  const excluded = new Uint8Array(n);
  const found = new Set<string>();
  problem.candidates.forEach(({ id, choices }, i) => {
    if (declined.has(id)) excluded[i] = 1;
    else if (admittedBefore.has(id)) {
      kept[i] = 1;
      // Without the choice held (or one beyond the list), the applicant keeps
      // a seat somewhere among their choices.
      const length = Math.max(1, choices?.length ?? 0);
      const held = admittedBefore.get(id)!;
      keptChoice[i] = held >= 1 && held <= length ? held : length;
    } else return;
    found.add(id);
  });
  const unknown = [...new Set([...admittedBefore.keys(), ...declinedIds])].filter(
    (id) => !found.has(id),
  );
  if (byIntegerProgram(problem, options)) {
    const classes = hasClasses(problem);
    const run = allocateInClasses(
      classes ? problem : inOneClass(problem),
      solverOf(options),
      keptChoice,
      excluded,
      classes,
    );
    const result = run.result;
    const offered: string[] = [];
    for (let i = 0; i < n; i++) if (run.newly[i]) offered.push(problem.candidates[i]!.id);
    return { ...result, offered, unknown };
  }
  const layout = layoutOf(problem);
  const over = widenForKept(layout, kept);
  const { result, newly } = run(problem, layout, kept, excluded, over);
  const offered: string[] = [];
  for (let i = 0; i < n; i++) if (newly[i]) offered.push(problem.candidates[i]!.id);
  return { ...result, offered, unknown };
}

function run(
  problem: AllocationProblem,
  layout: Layout,
  kept: Uint8Array,
  excluded: Uint8Array,
  extraRelaxations: Relaxation[] = [],
): { result: AllocationResult; newly: Uint8Array } {
  const n = problem.candidates.length;
  const { cells, cellOf } = layout;
  // The sequence: applicants still competing, in rank order.
  let order: Int32Array | null = null;
  const fixed = new Int32Array(cells);
  if (kept.some((k, i) => k === 1 || excluded[i] === 1)) {
    const list: number[] = [];
    for (let i = 0; i < n; i++) {
      if (kept[i]) fixed[cellOf[i]!]! += 1;
      else if (!excluded[i]) list.push(i);
    }
    order = Int32Array.from(list);
  }
  const seq = new Sequence(order ? order.map((i) => cellOf[i]!) : cellOf, cells);
  const upper = fixed.slice();
  for (let c = 0; c < cells; c++) upper[c]! += seq.count(c, 0, seq.length);
  const network = new SeatNetwork(layout);
  const sums = computeTargets(layout, network, fixed, upper);
  const chosen = select(layout, network, seq, fixed, sums);
  const targets = targetsMet(layout, seq.cellAt, fixed, chosen, sums.total);
  const refused = refusals(layout, network, seq, fixed, targets, chosen);
  const admitted = kept.slice();
  const newly = new Uint8Array(n);
  const reasons: (Reason | undefined)[] = new Array(n).fill(undefined);
  for (let p = 0; p < seq.length; p++) {
    const i = order ? order[p]! : p;
    if (chosen[p]) {
      admitted[i] = 1;
      newly[i] = 1;
    } else {
      reasons[i] = refused[p];
    }
  }
  const reach = (kind: "value" | "group", k: number) =>
    reachAlone(layout, network, fixed, upper, kind, k);
  const result = assemble(
    problem,
    layout,
    targets,
    { admitted, excluded, refused: reasons },
    extraRelaxations,
    reach,
  );
  return { result, newly };
}
