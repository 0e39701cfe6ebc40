/**
 * Turns the selection into the result: which seat each admitted applicant
 * holds (their quota's, an open one, or one transferred from a quota that
 * could not fill it), waitlist positions, targets, relaxations and counts.
 */
import { groupOfCell, type Layout } from "./layout.js";
import type { CellTargets } from "./targets.js";
import type { AllocationProblem, AllocationResult, Outcome, Reason, Relaxation } from "./types.js";

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
  const outcomes: Outcome[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const candidate = problem.candidates[i]!;
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
      const transferred = from !== null;
      outcomes[i] = {
        id: candidate.id,
        admitted: true,
        group: candidate.group,
        transferred,
        code: "MERIT",
        params: { quota: seatQuota, transferred, from },
      };
    } else if (selection.excluded[i]) {
      outcomes[i] = {
        id: candidate.id,
        admitted: false,
        group: candidate.group,
        transferred: false,
        ...DECLINED,
      };
    } else {
      // A plain literal of one shape: a million of these must stay cheap.
      const reason = selection.refused[i]!;
      waiting[g]! += 1;
      waitingAll++;
      outcomes[i] = {
        id: candidate.id,
        admitted: false,
        group: candidate.group,
        transferred: false,
        code: reason.code,
        params: reason.params,
        position: { overall: waitingAll, inGroup: waiting[g]! },
      } as Outcome;
    }
  }
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
  return {
    outcomes,
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
  };
}
