/**
 * Worked examples with several spread fields and teams; the answers are
 * derived by hand in brute-force-general.test.ts, and the engine is held to
 * the oracle on them in general.property.test.ts.
 */
import { generalProblem } from "./general-builders.js";

const twoClasses: [string, string, number][] = [
  ["a", "A", 2],
  ["b", "B", 2],
];

/** The team c1 + c3 wants a then b; c2 wants a only. */
export const teamInOneClass = generalProblem({
  classes: twoClasses,
  candidates: ["-:a,b@t", "-:a", "-:a,b@t"],
});

/** The same pool with the team at its best-ranked member. */
export const teamInOneClassHighest = generalProblem({
  classes: twoClasses,
  teamRank: "highest",
  candidates: ["-:a,b@t", "-:a", "-:a,b@t"],
});

/** 4 seats, gender f capped at 1; the team c1 + c3 is two f. */
export const teamOverCap = generalProblem({
  total: 4,
  spreads: [["gender", { values: ["f", "m"], overrides: { f: { max: 1 } } }]],
  candidates: ["-/f@t", "-/m", "-/f@t", "-/f", "-/m"],
});

/** Classes of 2; the team c1, c3, c4 has 3 members. */
export const teamBiggerThanClasses = generalProblem({
  classes: twoClasses,
  candidates: ["-:*@t", "-:a", "-:*@t", "-:*@t", "-:b"],
});

/** 2 seats; the team c1 + c3, loners c2 and c4. */
export const teamOrLoners = (teamRank: "lowest" | "highest") =>
  generalProblem({ total: 2, teamRank, candidates: ["-@t", "-", "-@t", "-"] });

/** 2 seats; region nord min 1, gender f max 1; nord's only applicant is f. */
export const regionMinGenderCap = generalProblem({
  total: 2,
  spreads: [
    ["region", { values: ["nord", "sor"], overrides: { nord: { min: 1 } } }],
    ["gender", { values: ["f", "m"], overrides: { f: { max: 1 } } }],
  ],
  candidates: ["-/sor/f", "-/sor/m", "-/nord/f"],
});

/** The same pool without the gender field. */
export const regionMinOnly = generalProblem({
  total: 2,
  spreads: [["region", { values: ["nord", "sor"], overrides: { nord: { min: 1 } } }]],
  candidates: ["-/sor", "-/sor", "-/nord"],
});

/** 3 seats, quota spes 2; the team c1 + c2 and c3 outside every quota, c4 spes. */
export const teamOutsideQuotas = (unfilled: "transfer" | "keep-empty") =>
  generalProblem({
    total: 3,
    groups: { spes: 2 },
    unfilled,
    candidates: ["-@t", "-@t", "-", "spes"],
  });

/** 3 seats, quota spes 2, keep-empty; c1 and c2 outside, c3 spes, the team c4 + c5 spes. */
export const teamFillsQuota = generalProblem({
  total: 3,
  groups: { spes: 2 },
  unfilled: "keep-empty",
  candidates: ["-", "-", "spes", "spes@t", "spes@t"],
});

/** 3 seats; c1, the team c2 + c4, c3. */
export const teamAndLoners = generalProblem({ total: 3, candidates: ["-", "-@t", "-", "-@t"] });

/** 3 seats, quota q0 2 (transfer); the one team is three of q0 and one outside every quota. */
export const teamPastQuotaAndOpen = generalProblem({
  total: 3,
  groups: { q0: 2 },
  unfilled: "transfer",
  candidates: ["q0@t", "q0@t", "-@t", "q0@t"],
});
