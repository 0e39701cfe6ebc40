/**
 * Fuzzing program files: the shipped programs with lines deleted, types
 * swapped, random text and bytes, truncation, deep nesting, huge scalars,
 * anchors and aliases; each mutant is validated and given to one other
 * command that loads programs. See harness.ts for what every run must do.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { ROOT } from "../e2e/run-cli.js";
import {
  assertWellBehaved,
  createWorkspace,
  RUNS,
  runCase,
  SEED,
  testTimeout,
  writeStats,
} from "./harness.js";
import { applyProgramMutations, mutatedProgram } from "./program-mutations.js";

/** Seed programs and the applicant lists that go with them. */
const SEEDS: Record<string, { check?: string; allocate?: string }> = {
  "programs/topplederprogrammet.yaml": {
    check: "fixtures/check/topplederprogrammet.csv",
    allocate: "fixtures/allocate/topplederprogrammet.csv",
  },
  "programs/ledarskaps-st.yaml": { check: "fixtures/check/ledarskaps-st.csv" },
  "programs/ous-erfarne-ledere.yaml": {
    check: "fixtures/check/ous-erfarne-ledere.csv",
    allocate: "fixtures/check/ous-erfarne-ledere.csv",
  },
  "programs/ous-ledermobilisering.yaml": { check: "fixtures/check/ous-ledermobilisering.csv" },
  "programs/ous-lederkrav.yaml": {},
  "programs/ous-mentorgrupper.yaml": {},
  "programs/ous-ny-som-leder.yaml": {},
  "programs/ous-ledergruppeutvikling.yaml": {},
  "fixtures/allocate/liten.yaml": {
    check: "fixtures/allocate/few-in-quota.csv",
    allocate: "fixtures/allocate/held-for-min.csv",
  },
  "fixtures/schedule/midsommar.yaml": {},
};
const seedBytes = new Map(
  Object.keys(SEEDS).map((path) => [path, readFileSync(join(ROOT, path))] as const),
);

const followUp = fc.constantFrom(
  "schedule",
  "schedule-json",
  "list",
  "check",
  "allocate",
  "stdin",
  "ics",
);

const workspace = createWorkspace("programs");
afterAll(() => {
  writeStats();
  workspace.dispose();
});

describe("fuzz: mutated program files", () => {
  it(
    `validate and one other command, ${RUNS} mutants (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(
          mutatedProgram(Object.keys(SEEDS)),
          followUp,
          fc.constantFrom("pretty", "json", "github", "junit"),
          fc.constantFrom(".yaml", ".yml"),
          ({ seed, mutations }, next, format, extension) => {
            workspace.reset();
            const bytes = applyProgramMutations(seedBytes.get(seed)!, mutations);
            const file = `case/${basename(seed).replace(/\.yaml$/, extension)}`;
            writeFileSync(join(workspace.root, file), bytes);

            const validate = runCase(workspace, ["validate", file, "--format", format]);
            assertWellBehaved(validate);
            if (format === "json" && validate.run.code !== 2) JSON.parse(validate.run.stdout);

            const lists = SEEDS[seed]!;
            const args: Record<string, string[]> = {
              schedule: ["schedule", file, "--timeline"],
              "schedule-json": ["schedule", file, "--format", "json"],
              ics: ["schedule", file, "--format", "ics", "-o", "out/x.ics"],
              list: ["list", "case", "--today", "2027-03-01", "--format", "json"],
              check: ["check", file, lists.check ?? "fixtures/check/topplederprogrammet.csv"],
              allocate: [
                "allocate",
                file,
                lists.allocate ?? lists.check ?? "fixtures/allocate/few-in-quota.csv",
                "--format",
                "csv",
              ],
              stdin: ["schedule", "-", "--format", "markdown"],
            };
            assertWellBehaved(
              runCase(workspace, args[next]!, next === "stdin" ? { input: bytes } : {}),
            );
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    testTimeout(2),
  );
});
