/**
 * Runs the built binary on generated inputs and checks what every run must do,
 * whatever the input: end in time with exit 0, 1 or 2; explain a failure on
 * stderr (or, where that is the documented place, on stdout); never show a
 * stack trace or an internal error; never change, create or leave behind a
 * file other than the output it was asked for.
 *
 * Each test file works in a workspace of its own in the temp folder: a copy of
 * programs/ and the fixtures, plus a case/ folder for the generated inputs.
 * Relative paths on generated command lines resolve inside it.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  appendFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { BIN, ROOT } from "../e2e/run-cli.js";
import { KNOWN_ISSUES } from "./known-issues.js";

/** Cases per category and test: COHORT_FUZZ_RUNS, or a few dozen by default. */
export const RUNS = Math.max(1, Number(process.env.COHORT_FUZZ_RUNS) || 24);

/**
 * The fast-check seed: COHORT_FUZZ_SEED to replay a failure; a fixed one in
 * the default (bounded) run so that `npm test` is repeatable; a fresh one when
 * COHORT_FUZZ_RUNS asks for a real fuzzing session.
 */
export const SEED =
  process.env.COHORT_FUZZ_SEED !== undefined
    ? Number(process.env.COHORT_FUZZ_SEED)
    : process.env.COHORT_FUZZ_RUNS
      ? Date.now() % 2 ** 31
      : 20270412;

/** A run that takes longer than this is a hang. */
export const RUN_TIMEOUT_MS = Number(process.env.COHORT_FUZZ_TIMEOUT_MS) || 10_000;

/** Enough for every case of a test, with room for the slowest runs. */
export const testTimeout = (spawnsPerCase: number): number => RUNS * spawnsPerCase * 4_000 + 60_000;

/**
 * How long `node -e 0` takes on an idle machine of the kind the tests run
 * on (its start-up alone, in ms), and the most a run's limit is stretched
 * for a machine found slower than that.
 */
export const IDLE_NODE_MS = 60;
export const MAX_SLOWDOWN = 8;

/**
 * How much slower than idle the machine is right now: the median of three
 * starts of `node -e 0`, against IDLE_NODE_MS, between 1 and MAX_SLOWDOWN.
 * The heaviest cases (a cell of 250,000 lines, 2,000 modules on a day) stay
 * within RUN_TIMEOUT_MS on an idle machine but not on one shared by several
 * test runs; their limit is this times RUN_TIMEOUT_MS, so they pass on a
 * loaded machine and a run that is quadratic where it should be linear
 * (minutes, not seconds) still fails as a hang. Measured before each case,
 * as the load comes and goes.
 */
export const slowdown = (): number => {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    spawnSync(process.execPath, ["-e", "0"], {
      stdio: "ignore",
      env: { PATH: process.env.PATH ?? "" },
    });
    times.push(performance.now() - started);
  }
  const median = times.sort((a, b) => a - b)[1]!;
  return Math.min(MAX_SLOWDOWN, Math.max(1, median / IDLE_NODE_MS));
};

/** A run's limit scaled to the machine's speed now (see slowdown). */
export const scaledRunTimeout = (): number => Math.round(RUN_TIMEOUT_MS * slowdown());

/** The test timeout for cases whose runs have a scaled limit: every run at its longest. */
export const scaledTestTimeout = (spawnsPerCase: number): number =>
  RUNS * spawnsPerCase * RUN_TIMEOUT_MS * MAX_SLOWDOWN + 60_000;

export interface Run {
  args: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  ms: number;
  /** The limit it ran under, when not RUN_TIMEOUT_MS (a scaled one). */
  limitMs?: number;
}

/**
 * A private copy of the built binary: others rebuild dist/ while a long fuzz
 * session runs, and a run that loads half an old and half a new build would
 * be a false alarm.
 */
const binary = (() => {
  let copy: string | undefined;
  return (): string => {
    if (copy) return copy;
    // COHORT_FUZZ_BUILD: a folder with bin/ and dist/ of another build, to
    // see a regression case fail on the build before its fix.
    const build = process.env.COHORT_FUZZ_BUILD ?? ROOT;
    const folder = mkdtempSync(join(tmpdir(), "cohort-fuzz-bin-"));
    cpSync(join(build, "bin"), join(folder, "bin"), { recursive: true });
    cpSync(join(build, "dist"), join(folder, "dist"), { recursive: true });
    copy = join(folder, relative(ROOT, BIN));
    process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
    return copy;
  };
})();

export const spawnCohort = (
  args: readonly string[],
  options: {
    cwd: string;
    input?: string | Buffer;
    env?: Record<string, string>;
    /** The limit of this run instead of RUN_TIMEOUT_MS (scaledRunTimeout). */
    timeoutMs?: number;
  },
): Run => {
  const limit = options.timeoutMs ?? RUN_TIMEOUT_MS;
  const started = Date.now();
  const result = spawnSync(process.execPath, [binary(), ...args], {
    cwd: options.cwd,
    input: options.input ?? "",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TZ: "Europe/Oslo", ...options.env },
    timeout: limit,
    killSignal: "SIGKILL",
    maxBuffer: 512 * 1024 * 1024,
  });
  const errorCode = (result.error as NodeJS.ErrnoException | undefined)?.code;
  const timedOut = errorCode === "ETIMEDOUT";
  // EPIPE: the command stopped reading stdin (it refused the input early).
  if (result.error && !timedOut && errorCode !== "EPIPE") throw result.error;
  return {
    args: [...args],
    code: result.status,
    signal: result.signal,
    timedOut,
    stdout: result.stdout?.toString("utf8") ?? "",
    stderr: result.stderr?.toString("utf8") ?? "",
    ms: Date.now() - started,
    ...(limit !== RUN_TIMEOUT_MS ? { limitMs: limit } : {}),
  };
};

export interface Workspace {
  /** The category of the cases run in it, for the counts. */
  name: string;
  root: string;
  /** Where a case puts its generated inputs; emptied by `reset`. */
  caseDir: string;
  reset(): void;
  dispose(): void;
}

/** A temp folder with copies of programs/ and the fixtures the fuzzers start from. */
export const createWorkspace = (name: string): Workspace => {
  const root = mkdtempSync(join(tmpdir(), `cohort-fuzz-${name}-`));
  cpSync(join(ROOT, "programs"), join(root, "programs"), { recursive: true });
  for (const folder of ["check", "allocate", "schedule"]) {
    cpSync(join(ROOT, "fixtures", folder), join(root, "fixtures", folder), { recursive: true });
  }
  const caseDir = join(root, "case");
  mkdirSync(caseDir);
  return {
    name,
    root,
    caseDir,
    reset() {
      rmSync(caseDir, { recursive: true, force: true });
      mkdirSync(caseDir);
      rmSync(join(root, "out"), { recursive: true, force: true });
      mkdirSync(join(root, "out"));
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
};

/** Every entry under `root` (files by content hash, the rest by kind), by relative path. */
export const snapshot = (root: string): Map<string, string> => {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      const info = lstatSync(path);
      const key = relative(root, path);
      if (info.isDirectory()) {
        out.set(key, `dir:${info.mode & 0o777}`);
        walk(path);
      } else if (info.isFile()) {
        out.set(key, `file:${createHash("sha256").update(readFileSync(path)).digest("hex")}`);
      } else {
        out.set(key, `other:${info.mode}`);
      }
    }
  };
  walk(root);
  return out;
};

const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

/** The value of an option (`-o x`, `--output=x`) on a command line, if given. */
export const optionValues = (args: readonly string[], names: readonly string[]): string[] => {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") break;
    for (const name of names) {
      if (arg === name && i + 1 < args.length) values.push(args[i + 1]!);
      else if (name.startsWith("--") && arg.startsWith(`${name}=`))
        values.push(arg.slice(name.length + 1));
      else if (!name.startsWith("--") && arg.startsWith(name) && arg.length > name.length)
        values.push(arg.slice(name.length));
    }
  }
  return values;
};

/**
 * What is wrong with a run, or an empty list. `before` and `after` are
 * snapshots of the workspace; outputs are the paths (relative to it) that the
 * command line asked to write, which may appear or change on exit 0 or 1 only.
 */
export const problemsOf = (
  run: Run,
  before: Map<string, string>,
  after: Map<string, string>,
  outputs: readonly string[],
): string[] => {
  const problems: string[] = [];
  if (run.timedOut)
    problems.push(
      `hang: no exit within ${run.limitMs ?? RUN_TIMEOUT_MS} ms${run.limitMs === undefined ? "" : ` (${RUN_TIMEOUT_MS} ms scaled to the machine's speed)`}`,
    );
  if (run.signal && !run.timedOut) problems.push(`killed by ${run.signal}`);
  if (!run.timedOut && run.code !== 0 && run.code !== 1 && run.code !== 2)
    problems.push(`exit code ${run.code}`);
  const debug = run.args.includes("--debug");
  if (!debug && (STACK_LINE.test(run.stderr) || STACK_LINE.test(run.stdout)))
    problems.push("a stack trace was printed");
  if (/internal error:/i.test(run.stderr)) problems.push('"internal error" on stderr');
  if (/\buncaught\b|\bunhandled\b/i.test(run.stderr)) problems.push("an uncaught error on stderr");
  const command = run.args.find((a) => !a.startsWith("-"));
  if (run.code === 2 && run.stderr.trim() === "" && run.args.length > 0)
    problems.push("exit 2 with nothing on stderr");
  if (run.code === 1) {
    // validate and verify report on stdout; check and allocate print a summary
    // on stderr unless -q, and their data on stdout or in the -o file.
    const said =
      run.stderr.trim() !== "" ||
      run.stdout.trim() !== "" ||
      outputs.some((o) => after.has(o) && after.get(o) !== before.get(o));
    if (!said) problems.push(`exit 1 from ${command ?? "cohort"} with no output at all`);
  }
  // An output may appear, or change when it is under out/; an existing input
  // named as the output must be refused and stay as it was.
  const allowed = new Set(
    run.code === 0 || run.code === 1
      ? outputs.filter((o) => o.startsWith("out/") || !before.has(o))
      : [],
  );
  for (const [path, hash] of before) {
    if (allowed.has(path)) continue;
    if (!after.has(path)) problems.push(`removed: ${path}`);
    else if (after.get(path) !== hash) problems.push(`changed: ${path}`);
  }
  for (const path of after.keys()) {
    if (!before.has(path) && !allowed.has(path)) problems.push(`created: ${path}`);
  }
  return problems;
};

/** Runs and exit codes per category, written out by `writeStats`. */
interface Counts {
  runs: number;
  codes: Record<string, number>;
  slowestMs: number;
  /** Runs that broke a rule in a way known-issues.ts lists, by issue. */
  known: Record<string, number>;
}
const stats = new Map<string, Counts>();

/**
 * Appends this file's counts as one JSON line to COHORT_FUZZ_STATS, when set:
 * the numbers docs/reliability.md reports come from there.
 */
export const writeStats = (): void => {
  const file = process.env.COHORT_FUZZ_STATS;
  if (!file) return;
  for (const [category, s] of stats)
    appendFileSync(file, `${JSON.stringify({ category, seed: SEED, ...s })}\n`);
};

/** Runs one command line in the workspace and returns it with what is wrong with it. */
export const runCase = (
  workspace: Workspace,
  args: readonly string[],
  options: { input?: string | Buffer; env?: Record<string, string>; timeoutMs?: number } = {},
): { run: Run; problems: string[]; category: string } => {
  const before = snapshot(workspace.root);
  const run = spawnCohort(args, { cwd: workspace.root, ...options });
  const counts = stats.get(workspace.name) ?? { runs: 0, codes: {}, slowestMs: 0, known: {} };
  counts.runs++;
  const code = run.timedOut ? "hang" : String(run.code ?? run.signal);
  counts.codes[code] = (counts.codes[code] ?? 0) + 1;
  counts.slowestMs = Math.max(counts.slowestMs, run.ms);
  stats.set(workspace.name, counts);
  const after = snapshot(workspace.root);
  const outputs = optionValues(args, ["-o", "--output", "--audit"])
    .filter((o) => o !== "-")
    .map((o) => relative(workspace.root, join(workspace.root, o)));
  const problems = problemsOf(run, before, after, outputs);
  // Commands are given relative paths: an absolute one in a message is a path
  // cohort resolved, or a temporary file's, leaking into what a user reads.
  for (const [name, text] of [
    ["stderr", run.stderr],
    ["stdout", run.stdout],
  ] as const) {
    if (text.includes(workspace.root)) problems.push(`an absolute temp-folder path on ${name}`);
  }
  return { run, problems, category: workspace.name };
};

/** A readable account of a failing run, for the assertion message. */
export const describeRun = (run: Run, problems: string[]): string =>
  [
    `cohort ${run.args.map((a) => JSON.stringify(a).slice(0, 200)).join(" ")}`,
    `exit ${run.code}${run.signal ? ` (${run.signal})` : ""} after ${run.ms} ms`,
    `problems: ${problems.join("; ")}`,
    `stderr: ${run.stderr.slice(0, 2000)}`,
    `stdout: ${run.stdout.slice(0, 500)}`,
  ].join("\n");

/**
 * Throws (for fast-check to shrink) when a run broke a rule, unless every
 * problem is one that KNOWN_ISSUES lists (bugs reported, in code others are
 * changing): those are counted, so a long session goes on past them.
 * COHORT_FUZZ_STRICT=1 makes them fail too.
 */
export const assertWellBehaved = (result: {
  run: Run;
  problems: string[];
  category?: string;
}): void => {
  if (result.problems.length === 0) return;
  const known = process.env.COHORT_FUZZ_STRICT
    ? undefined
    : KNOWN_ISSUES.find((issue) => issue.matches(result.run, result.problems));
  if (known) {
    const counts = stats.get(result.category ?? "");
    if (counts) counts.known[known.id] = (counts.known[known.id] ?? 0) + 1;
    return;
  }
  throw new Error(describeRun(result.run, result.problems));
};

export const exists = existsSync;
