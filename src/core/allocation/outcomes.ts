/**
 * Turns the selection into the result: which seat each admitted applicant
 * holds (their quota's, an open one, or one transferred from a quota that
 * could not fill it), waitlist positions, targets, relaxations and counts.
 */
import { groupOfCell, type Layout } from "./layout.js";
import type { CellTargets } from "./targets.js";
import type {
  AllocationProblem,
  AllocationResult,
  Outcome,
  OutcomeColumns,
  Reason,
  Relaxation,
} from "./types.js";

export interface Selection {
  /** Per candidate: 1 when admitted (kept or newly). */
  admitted: Uint8Array;
  /** Per candidate: 1 when out of the pool (declined). */
  excluded: Uint8Array;
  /** Per candidate: the refusal reason, for those refused. */
  refused: (Reason | undefined)[];
}

/** Marks a shortfall the pool alone would not cause: other targets took the room. */
const CLASH = { limitedBy: "other-targets" } as const;

const DECLINED: Reason = Object.freeze({ code: "DECLINED", params: Object.freeze({}) });

export function assemble(
  problem: AllocationProblem,
  layout: Layout,
  targets: CellTargets,
  selection: Selection,
  extraRelaxations: Relaxation[] = [],
  reachAlone: (kind: "value" | "group", k: number) => number = () => 0,
  /**
   * What the classes path adds to each outcome as it is made (class, choices,
   * refusals and places per choice: allocate-classes.ts), from columns of its own.
   */
  extend?: (i: number, outcome: Outcome) => void,
): AllocationResult {
  const { G, V, F, quota, groupIds, values, cellOf, cellValue, fields, valueField } = layout;
  const n = problem.candidates.length;
  const perGroup = new Int32Array(G + 1);
  // Per value of every field, then per field "no value" (V + f).
  const perValue = new Int32Array(V + F);
  const inPoolGroup = new Uint8Array(G + 1);
  const inPoolValue = new Uint8Array(V + F);
  for (let i = 0; i < n; i++) {
    if (selection.excluded[i]) continue;
    const c = cellOf[i]!;
    const g = groupOfCell(layout, c);
    inPoolGroup[g] = 1;
    const yes = selection.admitted[i] === 1;
    if (yes) perGroup[g]! += 1;
    for (let f = 0; f < F; f++) {
      const v = cellValue[c * F + f]!;
      inPoolValue[v] = 1;
      if (yes) perValue[v]! += 1;
    }
  }
  // Seats quotas could not fill and others took, quota by quota.
  // Counted, not listed seat by seat: a quota of a billion seats is one entry.
  const donors: { id: string; seats: number }[] = [];
  let donorSeats = 0;
  for (let g = 0; g < G; g++) {
    const seats = quota[g]! - perGroup[g]!;
    if (seats > 0) {
      donors.push({ id: groupIds[g]!, seats });
      donorSeats += seats;
    }
  }
  let donor = 0;
  let donorUsed = 0;
  const nextDonor = (): string => {
    while (donorUsed >= donors[donor]!.seats) {
      donor++;
      donorUsed = 0;
    }
    donorUsed++;
    return donors[donor]!.id;
  };
  const seated = new Int32Array(G + 1);
  let openTaken = 0;
  let transferredTaken = 0;
  const waiting = new Int32Array(G + 1);
  let waitingAll = 0;
  // The outcomes as columns, made into objects only when asked for
  // (OutcomeColumns): an object and a waitlist place per candidate were
  // about 70 MB at 550,000 candidates, held while the rows were written.
  const ids = new Array<string>(n);
  const groupNames: (string | null)[] = [];
  const groupNumber = new Map<string | null, number>();
  const groupAt = new Int32Array(n);
  /** 0 waitlisted, 1 admitted, 2 declined. */
  const kindAt = new Uint8Array(n);
  const merit = new Map<
    number,
    { quota: string | null; transferred: boolean; from: string | null }
  >();
  const overallAt = new Int32Array(n);
  const inGroupAt = new Int32Array(n);
  const refused = selection.refused;
  for (let i = 0; i < n; i++) {
    const candidate = problem.candidates[i]!;
    ids[i] = candidate.id;
    let number = groupNumber.get(candidate.group);
    if (number === undefined) {
      number = groupNames.length;
      groupNames.push(candidate.group);
      groupNumber.set(candidate.group, number);
    }
    groupAt[i] = number;
    const g = groupOfCell(layout, cellOf[i]!);
    if (selection.admitted[i]) {
      let seatQuota: string | null = null;
      let from: string | null = null;
      if (g < G && seated[g]! < quota[g]!) {
        seatQuota = groupIds[g]!;
      } else if (
        !layout.transfer ||
        openTaken < layout.openSeats ||
        transferredTaken >= donorSeats
      ) {
        openTaken++;
      } else {
        transferredTaken++;
        from = nextDonor();
      }
      seated[g]! += 1;
      kindAt[i] = 1;
      merit.set(i, { quota: seatQuota, transferred: from !== null, from });
    } else if (selection.excluded[i]) {
      kindAt[i] = 2;
    } else {
      waiting[g]! += 1;
      waitingAll++;
      overallAt[i] = waitingAll;
      inGroupAt[i] = waiting[g]!;
    }
  }
  /** The outcome of candidate i, as a fresh object of the shape it always had. */
  const plain = (i: number): Outcome => {
    const group = groupNames[groupAt[i]!]!;
    const kind = kindAt[i]!;
    if (kind === 1) {
      const params = merit.get(i)!;
      return {
        id: ids[i]!,
        admitted: true,
        group,
        transferred: params.transferred,
        code: "MERIT",
        params,
      };
    }
    if (kind === 2) return { id: ids[i]!, admitted: false, group, transferred: false, ...DECLINED };
    // A plain literal of one shape: a million of these must stay cheap.
    const reason = refused[i]!;
    return {
      id: ids[i]!,
      admitted: false,
      group,
      transferred: false,
      code: reason.code,
      params: reason.params,
      position: { overall: overallAt[i]!, inGroup: inGroupAt[i]! },
    } as Outcome;
  };
  const make =
    extend === undefined
      ? plain
      : (i: number): Outcome => {
          const outcome = plain(i);
          extend(i, outcome);
          return outcome;
        };
  const relaxations: Relaxation[] = [...extraRelaxations];
  values.forEach((value, v) => {
    if (targets.mins[v]! < layout.minWanted[v]!) {
      relaxations.push({
        kind: "min-unreachable",
        subject: value,
        field: fields[valueField[v]!]!,
        wanted: layout.minWanted[v]!,
        reachable: targets.mins[v]!,
        ...(reachAlone("value", v) > targets.mins[v]! ? CLASH : {}),
      });
    }
  });
  groupIds.forEach((id, g) => {
    if (targets.quotas[g]! < quota[g]!) {
      relaxations.push({
        kind: "quota-unfillable",
        subject: id,
        wanted: quota[g]!,
        reachable: targets.quotas[g]!,
        ...(reachAlone("group", g) > targets.quotas[g]! ? CLASH : {}),
      });
    }
  });
  if (targets.total < layout.seats) {
    relaxations.push({
      kind: "seats-unfilled",
      subject: "total",
      wanted: layout.seats,
      reachable: targets.total,
    });
  }
  const groups: AllocationResult["counts"]["groups"] = groupIds.map((id, g) => ({
    id,
    admitted: perGroup[g]!,
  }));
  if (G > 0 && inPoolGroup[G]) groups.push({ id: null, admitted: perGroup[G]! });
  const valueCounts: AllocationResult["counts"]["values"] = [];
  fields.forEach((field, f) => {
    values.forEach((value, v) => {
      if (valueField[v] === f) valueCounts.push({ field, value, admitted: perValue[v]! });
    });
    if (inPoolValue[V + f]) valueCounts.push({ field, value: null, admitted: perValue[V + f]! });
  });
  const result = {
    targets: {
      seats: layout.seats,
      total: targets.total,
      groups: groupIds.map((id, g) => ({ id, seats: quota[g]!, target: targets.quotas[g]! })),
      values: values.map((value, v) => ({
        field: fields[valueField[v]!]!,
        value,
        min: layout.minWanted[v]!,
        max: layout.cap[v]!,
        target: targets.mins[v]!,
      })),
    },
    relaxations,
    counts: { total: perGroup.reduce((s, k) => s + k, 0), groups, values: valueCounts },
  } as AllocationResult;
  return withOutcomeColumns(result, n, make);
}

/**
 * Gives `result` its outcomes both ways: `outcomeColumns`, which makes each
 * outcome when asked for (not enumerable, so a copy of the result made with
 * spread or compared by value has the plain array), and `outcomes`, the
 * array, made once when first read. Once it is made, both give its objects,
 * so that what changes them later (classes, waitlist places of teams) is seen
 * either way.
 */
function withOutcomeColumns(
  result: AllocationResult,
  n: number,
  make: (i: number) => Outcome,
): AllocationResult {
  let all: Outcome[] | undefined;
  const outcomes = (): Outcome[] => {
    if (all === undefined) {
      all = new Array<Outcome>(n);
      for (let i = 0; i < n; i++) all[i] = make(i);
    }
    return all;
  };
  Object.defineProperty(result, "outcomes", {
    enumerable: true,
    configurable: true,
    get: outcomes,
    set: (value: Outcome[]) => {
      all = value;
    },
  });
  const columns: OutcomeColumns = {
    length: n,
    at: (i) => (all === undefined ? make(i) : all[i]!),
  };
  Object.defineProperty(result, "outcomeColumns", { enumerable: false, value: columns });
  return result;
}
