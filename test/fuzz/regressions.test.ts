/**
 * Replays every crash the fuzzers found (fixtures/fuzz/<case>/case.json):
 * the run must be well behaved (harness.ts) and end as the case expects.
 *
 * A case's inputs are the other files of its folder, copied to case/, and,
 * for inputs too large to keep (megabytes of nesting), a recipe: a seed file
 * and the fuzzer's mutations, with the SHA-256 of the bytes they must give.
 */
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../e2e/run-cli.js";
import { applyCsvMutations, type CsvMutation } from "./csv-mutations.js";
import {
  assertWellBehaved,
  createWorkspace,
  MAX_SLOWDOWN,
  problemsOf,
  RUN_TIMEOUT_MS,
  runCase,
  scaledRunTimeout,
  slowdown,
  spawnCohort,
} from "./harness.js";
import { applyProgramMutations, type ProgramMutation } from "./program-mutations.js";
import { buildWorkbook, type WorkbookMutation } from "./workbook-mutations.js";

interface Recipe {
  /** Where the input goes, relative to the workspace (case/...). */
  path: string;
  /** The seed file, relative to the repository. */
  from: string;
  programMutations?: ProgramMutation[];
  csvMutations?: CsvMutation[];
  /** A workbook built from the seed CSV list (workbook-mutations.ts). */
  workbookMutations?: WorkbookMutation[];
  sha256: string;
}

interface Case {
  description: string;
  found: string;
  recipes?: Recipe[];
  /** Symbolic links made in the workspace before the run (a loop cannot be kept in git). */
  links?: { path: string; to: string }[];
  args: string[];
  stdin?: string;
  expect: {
    code: number;
    stdout?: string;
    stderr?: string;
    stdoutLacks?: string;
    stderrLacks?: string;
    /** At most this many characters on stdout (outputs that grew out of bounds). */
    stdoutAtMost?: number;
  };
}

const FOLDER = join(ROOT, "fixtures", "fuzz");
const cases = readdirSync(FOLDER, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const workspace = createWorkspace("regressions");
afterAll(() => workspace.dispose());

describe("fuzz regressions: every crash found, replayed", () => {
  for (const name of cases) {
    const spec = JSON.parse(readFileSync(join(FOLDER, name, "case.json"), "utf8")) as Case;
    it(`${name}: ${spec.description}`, () => {
      workspace.reset();
      for (const file of readdirSync(join(FOLDER, name))) {
        if (file !== "case.json")
          cpSync(join(FOLDER, name, file), join(workspace.caseDir, file), { recursive: true });
      }
      for (const recipe of spec.recipes ?? []) {
        const seed = readFileSync(join(ROOT, recipe.from));
        const bytes = recipe.programMutations
          ? applyProgramMutations(seed, recipe.programMutations)
          : recipe.workbookMutations
            ? buildWorkbook(seed.toString("utf8"), recipe.workbookMutations).bytes
            : applyCsvMutations(seed, recipe.csvMutations ?? []);
        expect(createHash("sha256").update(bytes).digest("hex"), "the recipe's bytes").toBe(
          recipe.sha256,
        );
        writeFileSync(join(workspace.root, recipe.path), bytes);
      }
      for (const link of spec.links ?? []) symlinkSync(link.to, join(workspace.root, link.path));
      const result = runCase(
        workspace,
        spec.args,
        spec.stdin ? { input: readFileSync(join(FOLDER, name, spec.stdin)) } : {},
      );
      assertWellBehaved(result);
      expect(result.run.code).toBe(spec.expect.code);
      if (spec.expect.stdout) expect(result.run.stdout).toContain(spec.expect.stdout);
      if (spec.expect.stderr) expect(result.run.stderr).toContain(spec.expect.stderr);
      if (spec.expect.stdoutLacks) expect(result.run.stdout).not.toContain(spec.expect.stdoutLacks);
      if (spec.expect.stderrLacks) expect(result.run.stderr).not.toContain(spec.expect.stderrLacks);
      if (spec.expect.stdoutAtMost !== undefined)
        expect(result.run.stdout.length).toBeLessThanOrEqual(spec.expect.stdoutAtMost);
    }, 30_000);
  }
});

describe("the fuzz harness itself", () => {
  const run = {
    args: ["check", "p", "l.csv"],
    code: 2,
    signal: null,
    timedOut: false,
    stdout: "",
    stderr: "cohort: x\n",
    ms: 1,
  };
  const files = new Map([
    ["l.csv", "file:a"],
    ["out", "dir:493"],
  ]);

  it("passes a clean run", () => {
    expect(problemsOf(run, files, files, [])).toEqual([]);
  });

  it("flags stack traces, internal errors, silent failures, hangs and odd exit codes", () => {
    const trace = { ...run, stderr: "boom\n    at f (/x/y.js:1:2)\n" };
    expect(problemsOf(trace, files, files, [])).toContain("a stack trace was printed");
    const internal = { ...run, stderr: "cohort: internal error: x\n" };
    expect(problemsOf(internal, files, files, [])).toContain('"internal error" on stderr');
    expect(problemsOf({ ...run, stderr: "" }, files, files, [])).toContain(
      "exit 2 with nothing on stderr",
    );
    expect(problemsOf({ ...run, code: 1, stderr: "" }, files, files, [])).toContain(
      "exit 1 from check with no output at all",
    );
    expect(problemsOf({ ...run, code: null, timedOut: true }, files, files, [])[0]).toMatch(
      /^hang/,
    );
    expect(problemsOf({ ...run, code: 134 }, files, files, [])).toContain("exit code 134");
  });

  it("scales a run's limit by the machine's speed, never below the plain limit nor past its cap", () => {
    const factor = slowdown();
    expect(factor).toBeGreaterThanOrEqual(1);
    expect(factor).toBeLessThanOrEqual(MAX_SLOWDOWN);
    const limit = scaledRunTimeout();
    expect(limit).toBeGreaterThanOrEqual(RUN_TIMEOUT_MS);
    expect(limit).toBeLessThanOrEqual(RUN_TIMEOUT_MS * MAX_SLOWDOWN);
    // A scaled hang says which limit it was, and is still a hang.
    const hang = { ...run, code: null, timedOut: true, limitMs: 42_000 };
    expect(problemsOf(hang, files, files, [])[0]).toBe(
      `hang: no exit within 42000 ms (${RUN_TIMEOUT_MS} ms scaled to the machine's speed)`,
    );
  });

  it("kills a run at the limit it is given", () => {
    // 1 ms: no run of cohort ends that soon, so it is killed at that limit.
    const started = Date.now();
    const stuck = spawnCohort(["check", "topplederprogrammet", "-"], {
      cwd: ROOT,
      input: "",
      timeoutMs: 1,
    });
    expect(stuck.timedOut).toBe(true);
    expect(stuck.limitMs).toBe(1);
    expect(Date.now() - started).toBeLessThan(RUN_TIMEOUT_MS);
  });

  it("flags changed, removed and created files, allowing only the asked-for output", () => {
    const changed = new Map([...files, ["l.csv", "file:b"]]);
    expect(problemsOf(run, files, changed, [])).toContain("changed: l.csv");
    expect(problemsOf(run, files, new Map([["out", "dir:493"]]), [])).toContain("removed: l.csv");
    const created = new Map([...files, ["out/.r.json.1234.tmp", "file:c"]]);
    expect(problemsOf(run, files, created, [])).toContain("created: out/.r.json.1234.tmp");
    const written = new Map([...files, ["out/r.json", "file:c"]]);
    expect(problemsOf({ ...run, code: 0 }, files, written, ["out/r.json"])).toEqual([]);
    // On exit 2 nothing may be written, and an input named as output stays as it was.
    expect(problemsOf(run, files, written, ["out/r.json"])).toContain("created: out/r.json");
    expect(problemsOf({ ...run, code: 0 }, files, changed, ["l.csv"])).toContain("changed: l.csv");
  });
});
