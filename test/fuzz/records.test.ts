/**
 * Fuzzing the files kept beside a result: audit records given to `verify`
 * and declines files given to `allocate --declined` (record-mutations.ts).
 * Besides what every run must do (harness.ts):
 *
 * - verify never says "verified" for a record whose content changed (a
 *   record of version 2 stripped of its section hashes among them), and
 *   always does for one only re-encoded (indented, keys reordered, a BOM,
 *   UTF-16) or made one of version 1 as the oldest cohorts wrote it (no
 *   hashes, no params, no language); such a record whose only change is in
 *   the words of a reason (a string for a string) is verified, and said to
 *   be worded differently;
 * - a record naming a file outside its folder is refused before the file is
 *   opened: nothing of it (its hash, its text) is ever printed;
 * - "differs in N of M outcomes" never has N > M, nor M below the record's count;
 * - a declines file is read line by line whatever its line ends and
 *   byte-order mark; UTF-16 without one and NUL bytes are refused at their
 *   line; the refusal of unknown ids stays short however many there are.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assertWellBehaved,
  createWorkspace,
  describeRun,
  RUNS,
  runCase,
  SEED,
  spawnCohort,
  testTimeout,
  writeStats,
} from "./harness.js";
import {
  applyRecordMutation,
  asOlderRecord,
  canonical,
  declinesCase,
  declinesLines,
  encodeDeclines,
  encodeRecord,
  mutatedRecord,
  OUTSIDE_PATHS,
} from "./record-mutations.js";

const workspace = createWorkspace("records");
const SECRET = "TOP-SECRET-4f1c: a file no record may make verify open\n";
const secretHash = createHash("sha256").update(SECRET).digest("hex");
let original: Record<string, unknown>;
let admitted: string[];
let idColumn: string;

beforeAll(() => {
  const rec = join(workspace.root, "rec");
  mkdirSync(rec);
  cpSync(join(workspace.root, "programs/topplederprogrammet.yaml"), join(rec, "program.yaml"));
  cpSync(
    join(workspace.root, "fixtures/allocate/topplederprogrammet.csv"),
    join(rec, "applicants.csv"),
  );
  writeFileSync(join(workspace.root, "secret.txt"), SECRET);
  symlinkSync("../secret.txt", join(rec, "link.yaml"));
  const made = spawnCohort(
    ["allocate", "program.yaml", "applicants.csv", "--audit", "audit.json", "-o", "result.json"],
    { cwd: rec },
  );
  expect(made.code, made.stderr).toBe(1);
  original = JSON.parse(readFileSync(join(rec, "audit.json"), "utf8"));
  const rows = JSON.parse(readFileSync(join(rec, "result.json"), "utf8")).applicants as {
    id: string;
    outcome: string;
  }[];
  admitted = rows.filter((r) => r.outcome === "admitted").map((r) => r.id);
  idColumn = readFileSync(join(rec, "applicants.csv"), "utf8").split(/[,;\r\n]/)[0]!;
});
afterAll(() => {
  writeStats();
  workspace.dispose();
});

const withoutHashesObject = (r: Record<string, unknown>) => {
  const { sha256: _, ...rest } = r;
  return rest;
};
const withoutHashes = (r: Record<string, unknown>) => canonical(withoutHashesObject(r));

/** Outcomes in one record and not the other, counted as multisets of their JSON. */
const outcomesApart = (a: Record<string, unknown>, b: Record<string, unknown>): number => {
  const list = (r: Record<string, unknown>) =>
    Array.isArray(r.outcomes) ? r.outcomes.map((o) => JSON.stringify(o)) : [];
  const counts = new Map<string, number>();
  for (const o of list(a)) counts.set(o, (counts.get(o) ?? 0) + 1);
  for (const o of list(b)) counts.set(o, (counts.get(o) ?? 0) - 1);
  let apart = 0;
  for (const c of counts.values()) apart += Math.abs(c);
  return apart;
};

type Json = Record<string, unknown>;

/**
 * The record without the words verify does not compare: a reason's words
 * (a string, top level or per choice), a relaxation's message and the label
 * of the seats open to everyone (a quota of id null). Written
 * here from the documented record, apart from the command's own code.
 */
const withoutWords = (r: Json): Json => {
  const strip = (o: unknown, key: string): unknown => {
    if (o === null || typeof o !== "object" || Array.isArray(o)) return o;
    const copy = { ...(o as Json) };
    if (typeof copy[key] === "string") copy[key] = "(words)";
    return copy;
  };
  const outcomes = Array.isArray(r.outcomes)
    ? r.outcomes.map((o) => {
        const out = strip(o, "reason") as Json;
        if (out && typeof out === "object" && Array.isArray(out.choiceReasons))
          out.choiceReasons = out.choiceReasons.map((c) => strip(c, "reason"));
        return out;
      })
    : r.outcomes;
  let summary = r.summary as Json | undefined;
  if (summary && typeof summary === "object" && !Array.isArray(summary)) {
    summary = { ...summary };
    if (Array.isArray(summary.relaxations))
      summary.relaxations = summary.relaxations.map((x) => strip(x, "message"));
    if (Array.isArray(summary.quotas))
      summary.quotas = summary.quotas.map((q) =>
        q !== null && typeof q === "object" && (q as Json).id === null ? strip(q, "label") : q,
      );
  }
  return { ...r, outcomes, summary };
};

const fail = (message: string, run: Parameters<typeof describeRun>[0]) => {
  throw new Error(describeRun(run, [message]));
};

describe("fuzz: audit records given to verify", () => {
  it(
    `verify, ${RUNS} mutated records (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(mutatedRecord, ({ mutations, encoding }) => {
          workspace.reset();
          const record = structuredClone(original);
          for (const m of mutations) applyRecordMutation(record, m, secretHash);
          writeFileSync(join(workspace.root, "rec/case.json"), encodeRecord(record, encoding));
          const result = runCase(workspace, ["verify", "rec/case.json"]);
          assertWellBehaved(result);
          const { run } = result;
          const said = run.stdout + run.stderr;
          const isVerified = /^verified:/m.test(run.stdout);
          const inputs = (record.inputs ?? {}) as Record<string, { path?: unknown } | undefined>;
          const outside = ["program", "applicants", "declined"].some((role) =>
            OUTSIDE_PATHS.includes(inputs[role]?.path as string),
          );
          if (said.includes(secretHash.slice(0, 12)) || said.includes("TOP-SECRET"))
            fail("verify opened a file outside the record's folder", run);
          if (outside) {
            if (run.code !== 2)
              fail("a record naming a file outside its folder was not refused", run);
            if (!/outside its own folder|not a cohort audit record|not JSON/.test(run.stderr))
              fail("refused, but not for the file outside the folder", run);
          }
          // Made a record of version 1 (no hashes, no params): the same decision,
          // compared with the original made so too.
          const older = mutations.some((m) => m.kind === "older-record");
          const baseline = older ? asOlderRecord(structuredClone(original)) : original;
          const changed =
            withoutHashes(record) !== withoutHashes(baseline) ||
            (record.sha256 !== undefined &&
              canonical(record.sha256) !== canonical(baseline.sha256)) ||
            // A record of version 2 is written with its hashes: without them it was edited.
            (record.sha256 === undefined && record.version !== 1);
          // Only words changed in a record of version 1, and no hash to tell:
          // the decision is the record's.
          const wordsOnly =
            changed &&
            record.sha256 === undefined &&
            record.version === 1 &&
            canonical(withoutWords(withoutHashesObject(record))) ===
              canonical(withoutWords(withoutHashesObject(baseline)));
          if (wordsOnly) {
            if (!isVerified || run.code !== 0 || !/^worded differently: /m.test(run.stdout))
              fail(
                "a record changed only in its words was not verified as worded differently",
                run,
              );
          } else if (changed && (isVerified || run.code === 0))
            fail("verify said verified for an edited record", run);
          if (!changed && !outside && (!isVerified || run.code !== 0))
            fail("verify did not verify an unchanged (re-encoded) record", run);
          const counted = /differs from the record in (\d+) of (\d+) outcomes/.exec(run.stdout);
          if (counted) {
            const [n, m] = [Number(counted[1]), Number(counted[2])];
            const inRecord = Array.isArray(record.outcomes) ? record.outcomes.length : 0;
            // At most the outcomes edited, added or removed, and two moves a mutation.
            const bound = outcomesApart(record, original) + 2 * mutations.length;
            if (n > m || m < inRecord || n > bound)
              fail(`"${counted[0]}" for a record of ${inRecord}, at most ${bound} apart`, run);
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    testTimeout(1),
  );
});

describe("fuzz: declines files given to allocate --declined", () => {
  it(
    `allocate --declined, ${RUNS} declines files (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(declinesCase, (c) => {
          workspace.reset();
          const lines = declinesLines(c, admitted, idColumn);
          writeFileSync(join(workspace.caseDir, "declined.txt"), encodeDeclines(c, lines));
          const result = runCase(workspace, [
            "allocate",
            "rec/program.yaml",
            "rec/applicants.csv",
            "--declined",
            "case/declined.txt",
            "--format",
            "json",
            // The checks read the English words of the errors (the program is Norwegian).
            "--lang",
            "en",
          ]);
          assertWellBehaved(result);
          const { run } = result;
          if (run.stderr.length > 4_000) fail(`${run.stderr.length} bytes on stderr`, run);
          if (c.encoding === "utf16le") {
            if (run.code !== 2 || !/UTF-16 text without a byte-order mark/.test(run.stderr))
              fail("UTF-16 without a byte-order mark was not refused as such", run);
            return;
          }
          if (c.nulAt !== undefined && !c.encoding.startsWith("utf16")) {
            const line = (c.nulAt % lines.length) + 1;
            if (run.code !== 2 || !run.stderr.includes(`declined.txt:${line}:2: a NUL byte`))
              fail(`a NUL byte on line ${line} was not refused there`, run);
            return;
          }
          if (c.unknown > 0) {
            if (run.code !== 1) fail("unknown ids were not refused", run);
            for (const [, line, id] of run.stderr.matchAll(/line (\d+): "([^"]*)"/g))
              if (lines[Number(line) - 1] !== id) fail(`line ${line} is not "${id}"`, run);
            const shown = [...run.stderr.matchAll(/^ {2}line \d+:/gm)].length;
            const more = Number(/… and (\d+) more/.exec(run.stderr)?.[1] ?? 0);
            if (shown + more !== c.unknown) fail(`${shown} shown + ${more} counted`, run);
            return;
          }
          if (run.code !== 0 && run.code !== 1) fail("a good declines file was refused", run);
          const rows = JSON.parse(run.stdout).applicants as { id: string; outcome: string }[];
          const declined = rows.filter((r) => r.outcome === "declined").map((r) => r.id);
          const listed = lines.filter((l) => admitted.includes(l));
          if (canonical(declined.sort()) !== canonical([...new Set(listed)].sort()))
            fail(`declined ${declined.join(" ")}, listed ${listed.join(" ")}`, run);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    testTimeout(1),
  );
});
