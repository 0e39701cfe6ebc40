/**
 * Fuzzing applicant lists: the CSV fixtures with random bytes, truncated rows,
 * stray quotes, mixed delimiters, overlong fields, NUL bytes, UTF-16 and
 * Windows-1252, given to check and allocate as files and on stdin. See
 * harness.ts for what every run must do; JSON output must also parse.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { ROOT } from "../e2e/run-cli.js";
import {
  applyCsvMutation,
  applyCsvMutations,
  INVISIBLE_CHARS,
  mutatedList,
} from "./csv-mutations.js";
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

/** Seed lists and the program each belongs to (id or file in the workspace). */
const SEEDS: Record<string, { program: string; allocate: boolean; args?: string[] }> = {
  "fixtures/check/topplederprogrammet.csv": { program: "topplederprogrammet", allocate: true },
  "fixtures/check/topplederprogrammet-excel.csv": {
    program: "topplederprogrammet",
    allocate: true,
  },
  "fixtures/check/ledarskaps-st.csv": { program: "ledarskaps-st", allocate: false },
  "fixtures/check/ous-erfarne-ledere.csv": { program: "ous-erfarne-ledere", allocate: true },
  "fixtures/check/ous-ledermobilisering.csv": { program: "ous-ledermobilisering", allocate: false },
  // Ranked choices of class or site, read against the classes of intake 2029.
  "fixtures/check/ks-toppleder-kull-2029.csv": {
    program: "ks-toppleder-kull",
    allocate: false,
    args: ["--intake", "2029"],
  },
  "fixtures/allocate/topplederprogrammet.csv": { program: "topplederprogrammet", allocate: true },
  // A workbook: the byte-level mutations damage the zip.
  "fixtures/check/topplederprogrammet.xlsx": { program: "topplederprogrammet", allocate: true },
  "fixtures/allocate/few-in-quota.csv": { program: "fixtures/allocate/liten.yaml", allocate: true },
  "fixtures/allocate/ties.csv": { program: "fixtures/allocate/liten.yaml", allocate: true },
  "fixtures/allocate/held-for-min.csv": { program: "fixtures/allocate/liten.yaml", allocate: true },
};
const seedBytes = new Map(
  Object.keys(SEEDS).map((path) => [path, readFileSync(join(ROOT, path))] as const),
);

const how = fc.record({
  command: fc.constantFrom("check", "check", "allocate"),
  format: fc.constantFrom("csv", "json", "ndjson", "table"),
  extension: fc.constantFrom(".csv", ".csv", ".tsv", ".txt"),
  stdin: fc.boolean(),
  encoding: fc.constantFrom(undefined, undefined, "utf-8", "windows-1252"),
  output: fc.boolean(),
});

const workspace = createWorkspace("applicants");
afterAll(() => {
  writeStats();
  workspace.dispose();
});

/** Output that claims to be JSON must be JSON, whatever the input was. */
const assertParses = (stdout: string, format: string, run: Parameters<typeof describeRun>[0]) => {
  try {
    if (format === "json") JSON.parse(stdout);
    if (format === "ndjson")
      for (const line of stdout.split("\n").filter(Boolean)) JSON.parse(line);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${describeRun(run, ["output is not JSON"])}`);
  }
};

describe("fuzz: mutated applicant lists", () => {
  it(
    `check and allocate, ${RUNS} mutants (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(mutatedList(Object.keys(SEEDS)), how, ({ seed, mutations }, h) => {
          workspace.reset();
          const bytes = applyCsvMutations(seedBytes.get(seed)!, mutations);
          const file = `case/list${seed.endsWith(".xlsx") ? ".xlsx" : h.extension}`;
          writeFileSync(join(workspace.root, file), bytes);
          const { program, allocate, args: extra = [] } = SEEDS[seed]!;
          const command = allocate ? h.command : "check";
          const format = command === "allocate" && h.format === "ndjson" ? "json" : h.format;
          const args = [
            command,
            program,
            h.stdin ? "-" : file,
            ...extra,
            "--format",
            format,
            ...(h.encoding ? ["--encoding", h.encoding] : []),
            ...(h.output ? ["-o", "out/result"] : []),
          ];
          const result = runCase(workspace, args, h.stdin ? { input: bytes } : {});
          assertWellBehaved(result);
          // A missing column stops the check before any output (documented).
          if (!h.output && result.run.stdout !== "")
            assertParses(result.run.stdout, format, result.run);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    testTimeout(1),
  );
});

/**
 * The same list typed another way reads the same: in decomposed Unicode
 * (NFD, as macOS writes names) every applicant gets the verdict it gets in
 * NFC; an id with an invisible character in it is never a clean applicant of
 * its own (it looks like another), but a problem of its row.
 */
describe("fuzz: lists that look the same", () => {
  const utf8 = (bytes: Buffer) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  };
  // Windows-1252 has no combining marks to write NFD with.
  const csvSeeds = Object.keys(SEEDS).filter((s) => s.endsWith(".csv") && utf8(seedBytes.get(s)!));
  const verdicts = (stdout: string) =>
    stdout
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const row = JSON.parse(line) as { id: string; line: number; verdict: string };
        return `${row.line} ${row.id.normalize("NFC")} ${row.verdict}`;
      });
  const runs = Math.max(3, Math.floor(RUNS / 8));
  it(
    `NFD and invisible characters, ${runs} lists (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...csvSeeds),
          fc.nat(),
          fc.constantFrom(...INVISIBLE_CHARS),
          (seed, line, char) => {
            const { program } = SEEDS[seed]!;
            const run = (bytes: Buffer) => {
              workspace.reset();
              writeFileSync(join(workspace.root, "case/list.csv"), bytes);
              const result = runCase(workspace, [
                "check",
                program,
                "case/list.csv",
                "--format",
                "ndjson",
              ]);
              assertWellBehaved(result);
              return result.run;
            };
            const original = run(seedBytes.get(seed)!);
            const nfd = run(applyCsvMutation(seedBytes.get(seed)!, { kind: "nfd" }));
            if (
              nfd.code !== original.code ||
              verdicts(nfd.stdout).join("\n") !== verdicts(original.stdout).join("\n")
            )
              throw new Error(
                describeRun(nfd, [
                  `in NFD the verdicts differ from NFC (exit ${original.code} there)`,
                ]),
              );
            const hidden = run(
              applyCsvMutation(seedBytes.get(seed)!, { kind: "invisible-id", line, char }),
            );
            const rows = hidden.stdout
              .split("\n")
              .filter(Boolean)
              .map((l) => JSON.parse(l) as { id: string; verdict: string });
            const sneaked = rows.filter((r) => r.id.includes(char) && r.verdict !== "invalid");
            if (sneaked.length > 0)
              throw new Error(
                describeRun(hidden, [
                  `an id with ${JSON.stringify(char)} in it is ${sneaked[0]!.verdict}`,
                ]),
              );
          },
        ),
        { numRuns: runs, seed: SEED },
      );
    },
    testTimeout(3),
  );
});
