/**
 * Worked problems with parallel classes whose answers are known by hand
 * (brute-force-classes.test.ts states them); the engine is run on them too.
 */
import type { AllocationProblem } from "../../../src/core/allocation/types.js";
import { classProblem } from "./class-builders.js";

export const tromsoAndBergen: AllocationProblem = classProblem({
  classes: [
    ["tromso", "Tromsø", 12],
    ["bergen", "Bergen", 3],
  ],
  candidates: [
    ...Array.from({ length: 13 }, () => "-:tromso,bergen"),
    "-:bergen",
    "-:tromso",
    "-:bergen",
  ],
});

export const osloTwoClasses: AllocationProblem = classProblem({
  classes: [
    ["oslo-a", "Oslo", 2],
    ["oslo-b", "Oslo", 2],
    ["bergen", "Bergen", 2],
  ],
  candidates: [
    "-:Oslo",
    "-:Oslo",
    "-:oslo-a",
    // oslo-a still has room: c1 and c2 can move to oslo-b.
    "-:oslo-a,bergen",
    "-:oslo-a,bergen",
    "-:Oslo,*",
    "-:bergen",
    "-:*",
  ],
});

export const minimumInTromso: AllocationProblem = classProblem({
  classes: [
    ["tromso", "Tromsø", 2],
    ["bergen", "Bergen", 2],
  ],
  spread: { values: ["nord", "vest"], overrides: { nord: { min: 2 } } },
  candidates: [
    "-/vest:tromso,bergen",
    "-/vest:tromso,bergen",
    "-/nord:tromso",
    "-/nord:tromso",
    "-/vest:bergen",
  ],
});

export const minimumHoldsClassSeat: AllocationProblem = classProblem({
  classes: [
    ["tromso", "Tromsø", 1],
    ["bergen", "Bergen", 2],
  ],
  spread: { values: ["nord", "vest"], overrides: { nord: { min: 1 } } },
  candidates: ["-/vest:tromso", "-/vest:bergen", "-/nord:tromso", "-/vest:bergen"],
});

export const fewerThanTotal: AllocationProblem = classProblem({
  classes: [
    ["a", "Oslo", 1],
    ["b", "Bergen", 3],
  ],
  candidates: ["-:a", "-:a", "-:a,b", "-:a"],
});

export const twoCities: AllocationProblem = classProblem({
  classes: [
    ["tromso", "Tromsø", 1],
    ["bergen", "Bergen", 1],
  ],
  candidates: ["-:tromso", "-:tromso,bergen", "-:bergen"],
});

export const upgradeAfterDecline: AllocationProblem = classProblem({
  classes: [
    ["tromso", "Tromsø", 1],
    ["bergen", "Bergen", 1],
  ],
  spread: { values: ["nord", "vest"], overrides: { nord: { min: 1 } } },
  candidates: ["-/vest:tromso", "-/vest:tromso,bergen", "-/nord:tromso", "-/vest:bergen"],
});
/** Two quotas of 2 and two classes of 2: transfer and keep-empty differ. */
export const sectors = (unfilled: "transfer" | "keep-empty"): AllocationProblem =>
  classProblem({
    classes: [
      ["a", "Oslo", 2],
      ["b", "Bergen", 2],
    ],
    groups: { spesialist: 2, kommune: 2 },
    unfilled,
    candidates: ["spesialist:a", "spesialist:a", "spesialist:b", "spesialist:a,b", "kommune:b"],
  });
