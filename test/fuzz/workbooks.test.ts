/**
 * Fuzzing workbooks: the list of a shipped program as an .xlsx, with what no
 * spreadsheet program writes (cells beyond XFD, rows beyond 1,048,576 and
 * 2^32, 40,000 rows reaching XFD, a hidden first sheet, entries inflating to
 * gigabytes). Besides harness.ts's rules, two of the data's own: a run that
 * ends 0 or 1 has read every applicant of the list (none lost without a
 * word), and never one of a hidden sheet that was not asked for.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { ROOT } from "../e2e/run-cli.js";
import {
  assertWellBehaved,
  createWorkspace,
  describeRun,
  RUNS,
  runCase,
  SEED,
  testTimeout,
  writeStats,
} from "./harness.js";
import { buildWorkbook, DECOY_ID, mutatedWorkbook } from "./workbook-mutations.js";

const LIST = readFileSync(join(ROOT, "fixtures/check/topplederprogrammet.csv"), "utf8");

const workspace = createWorkspace("workbooks");
afterAll(() => {
  writeStats();
  workspace.dispose();
});

describe("fuzz: hostile workbooks", () => {
  it(
    `check and allocate, ${RUNS} workbooks (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(
          mutatedWorkbook,
          fc.constantFrom("check", "check", "allocate"),
          (mutations, command) => {
            workspace.reset();
            const { bytes, ids } = buildWorkbook(LIST, mutations);
            writeFileSync(join(workspace.root, "case/list.xlsx"), bytes);
            const result = runCase(workspace, [
              command,
              "topplederprogrammet",
              "case/list.xlsx",
              "--format",
              "csv",
            ]);
            assertWellBehaved(result);
            const { run } = result;
            if (run.code === 2) return;
            const problems: string[] = [];
            const read = new Set(run.stdout.split("\n").map((line) => line.split(",")[0]));
            const lost = ids.filter((id) => !read.has(id));
            if (lost.length > 0)
              problems.push(
                `exit ${run.code} but ${lost.length} applicants were not read: ${lost.slice(0, 3).join(", ")}`,
              );
            if (read.has(DECOY_ID)) problems.push("an applicant of a hidden sheet was read");
            if (problems.length > 0)
              throw new Error(
                `${describeRun(run, problems)}\nmutations: ${JSON.stringify(mutations)}`,
              );
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    testTimeout(1),
  );
});
