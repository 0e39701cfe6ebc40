/**
 * Fuzzing where outputs go: `-o` and `--audit` at new files, at existing
 * files of any mode, at symbolic links (to files, to files not yet there, in
 * chains, to a FIFO with a reader), at each other (the same file by another
 * name), at `/dev/stdout` (a pipe: spawnSync reads it); and runs stopped by
 * SIGINT, SIGTERM or SIGHUP at a random moment. After every run:
 *
 * - every link is still a link to where it pointed, a FIFO still a FIFO;
 * - a file that was replaced has the mode it had;
 * - nothing is left behind (no temporary file, no lock);
 * - `-o` and `--audit` at the same file are refused, nothing changed;
 * - a result and its audit record are from the same run (the same seed);
 * - a stopped run leaves the target as it was or complete, never half.
 */
import { spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { BIN } from "../e2e/run-cli.js";
import {
  assertWellBehaved,
  createWorkspace,
  describeRun,
  RUNS,
  type Run,
  runCase,
  SEED,
  testTimeout,
  writeStats,
} from "./harness.js";

const workspace = createWorkspace("outputs");
/** The binary the signal cases spawn themselves: COHORT_FUZZ_BUILD's, as in harness.ts. */
const bin = process.env.COHORT_FUZZ_BUILD
  ? join(process.env.COHORT_FUZZ_BUILD, "bin", "cohort.js")
  : BIN;

afterAll(() => {
  writeStats();
  workspace.dispose();
});

type Kind = "new" | "file" | "link" | "dangling" | "chain" | "stdout" | "same" | "alias";
const kind = fc.constantFrom<Kind>(
  "new",
  "file",
  "link",
  "dangling",
  "chain",
  "stdout",
  "same",
  "alias",
);
const mode = fc.constantFrom(0o600, 0o640, 0o644, 0o400, 0o664);

/** Makes the place an output goes; returns the path to give on the command line. */
const prepare = (name: string, k: Kind, m: number, other: string | undefined): string => {
  const out = join(workspace.root, "out");
  switch (k) {
    case "new":
      return `out/${name}`;
    case "file":
      writeFileSync(join(out, name), "old\n");
      chmodSync(join(out, name), m);
      return `out/${name}`;
    case "link":
      writeFileSync(join(out, `${name}.real`), "old\n");
      chmodSync(join(out, `${name}.real`), m);
      symlinkSync(`${name}.real`, join(out, name));
      return `out/${name}`;
    case "dangling":
      symlinkSync(`${name}.later`, join(out, name));
      return `out/${name}`;
    case "chain":
      writeFileSync(join(out, `${name}.real`), "old\n");
      chmodSync(join(out, `${name}.real`), m);
      symlinkSync(`${name}.real`, join(out, `${name}.hop`));
      symlinkSync(`${name}.hop`, join(out, name));
      return `out/${name}`;
    case "stdout":
      return "/dev/stdout";
    case "same":
      return other ?? `out/${name}`;
    case "alias":
      if (other === undefined || other.startsWith("/")) return `out/${name}`;
      symlinkSync(join(workspace.root, other), join(out, name));
      return `out/${name}`;
  }
};

/** Links, modes and kinds of everything under out/, to compare before and after. */
const shapes = (): Map<string, string> => {
  const out = join(workspace.root, "out");
  const map = new Map<string, string>();
  for (const name of readdirSync(out)) {
    const info = lstatSync(join(out, name));
    map.set(
      name,
      info.isSymbolicLink()
        ? `link:${readlinkSync(join(out, name))}`
        : `${info.isFIFO() ? "fifo" : "file"}:${(info.mode & 0o777).toString(8)}`,
    );
  }
  return map;
};

const fail = (run: Run, problem: string): never => {
  throw new Error(describeRun(run, [problem]));
};

const leftovers = (): string[] =>
  readdirSync(join(workspace.root, "out")).filter((f) => /\.(tmp|old|cohort-lock)$/.test(f));

describe("fuzz: where outputs go", () => {
  it(
    `-o and --audit at files, modes, links, each other and /dev/stdout, ${RUNS * 2} cases (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(
          kind,
          fc.option(kind, { nil: undefined }),
          mode,
          mode,
          fc.constantFrom("json", "csv"),
          (outputKind, auditKind, outputMode, auditMode, format) => {
            workspace.reset();
            const output = prepare(`result.${format}`, outputKind, outputMode, undefined);
            const audit =
              auditKind === undefined
                ? undefined
                : prepare(
                    "audit.json",
                    auditKind === "stdout" ? "new" : auditKind,
                    auditMode,
                    output,
                  );
            const before = shapes();
            const args = [
              "allocate",
              "topplederprogrammet",
              "fixtures/allocate/topplederprogrammet.csv",
              "--format",
              format,
              "--seed",
              "fuzz",
              "-o",
              output,
              ...(audit !== undefined ? ["--audit", audit] : []),
            ];
            const result = runCase(workspace, args);
            // What changes under out/ (a link's target, a file created
            // through a link) is checked here, more closely than the harness does.
            assertWellBehaved({
              ...result,
              problems: result.problems.filter((p) => !/^(changed|created|removed): out\//.test(p)),
            });
            const { run } = result;
            const after = shapes();
            for (const [name, shape] of before) {
              const now = after.get(name);
              // A new file has the default mode; an existing one keeps its own.
              if (now !== shape && !(shape.startsWith("link:") && now === undefined))
                fail(run, `${name} was ${shape}, is ${now ?? "gone"}`);
            }
            if (leftovers().length > 0) fail(run, `left behind: ${leftovers().join(", ")}`);
            const sameFile =
              auditKind === "same" || (auditKind === "alias" && !output.startsWith("/"));
            if (sameFile) {
              if (run.code !== 2 || !run.stderr.includes("it is also where the output goes"))
                fail(run, "-o and --audit at the same file were not refused");
              return;
            }
            if (run.code === 2) fail(run, "a good run failed");
            if (output === "/dev/stdout" && run.stdout.length === 0)
              fail(run, "-o /dev/stdout wrote nothing to stdout");
            const read = (path: string) =>
              readFileSync(path.startsWith("/") ? path : join(workspace.root, path), "utf8");
            if (audit !== undefined) {
              const record = JSON.parse(read(audit));
              if (record.seed !== "fuzz") fail(run, "the audit record is not of this run");
            }
            if (
              output !== "/dev/stdout" &&
              format === "json" &&
              JSON.parse(read(output)).seed !== "fuzz"
            )
              fail(run, "the result is not of this run");
          },
        ),
        { numRuns: RUNS * 2, seed: SEED },
      );
    },
    testTimeout(2),
  );

  it(
    `a signal at a random moment of a write, ${Math.max(3, Math.ceil(RUNS / 4))} cases (seed ${SEED})`,
    async () => {
      // About 20 MB of result: long enough to be stopped while it is written.
      const rows = [
        "Søker-ID,Navn,Sektor,Region,Ledernivå,Nominert,Bekreftet av leder,Leder siden,Poeng,Innsendt",
      ];
      for (let i = 0; i < 250_000; i++)
        rows.push(
          `F-${i},Navn ${i},kommune,vest,strategisk,ja,nei,2015-03-01,${i % 100},2027-02-01T09:00`,
        );
      const list = `${rows.join("\n")}\n`;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<NodeJS.Signals>("SIGINT", "SIGTERM", "SIGHUP"),
          fc.integer({ min: 0, max: 3_000 }),
          fc.boolean(),
          async (signal, delayMs, existed) => {
            workspace.reset();
            writeFileSync(join(workspace.caseDir, "big.csv"), list);
            const target = join(workspace.root, "out", "result.csv");
            if (existed) writeFileSync(target, "old\n");
            const child = spawn(
              process.execPath,
              [
                bin,
                "check",
                "topplederprogrammet",
                "case/big.csv",
                "--format",
                "csv",
                "-q",
                "-o",
                "out/result.csv",
              ],
              {
                cwd: workspace.root,
                stdio: "ignore",
                env: { PATH: process.env.PATH ?? "", TZ: "Europe/Oslo" },
              },
            );
            const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
              (done) => child.on("close", (code, sig) => done({ code, signal: sig })),
            );
            await new Promise((r) => setTimeout(r, delayMs));
            child.kill(signal);
            const end = await ended;
            const run: Run = {
              args: ["check", "…", "-o", "out/result.csv", `(${signal} after ${delayMs} ms)`],
              code: end.code,
              signal: end.signal,
              timedOut: false,
              stdout: "",
              stderr: "",
              ms: delayMs,
            };
            if (leftovers().length > 0) fail(run, `left behind: ${leftovers().join(", ")}`);
            if (end.signal === null && end.code !== 0 && end.code !== 1)
              fail(run, `exit ${end.code} without the signal`);
            const now = existsSync(target) ? readFileSync(target, "utf8") : undefined;
            const complete = now !== undefined && now.split("\n").length === 250_002;
            const untouched = existed ? now === "old\n" : now === undefined;
            if (!complete && !untouched) fail(run, "the target is neither as it was nor complete");
            if (existsSync(target) && statSync(target).size === 0) fail(run, "an empty target");
          },
        ),
        { numRuns: Math.max(3, Math.ceil(RUNS / 4)), seed: SEED },
      );
    },
    testTimeout(4),
  );
});
