/**
 * verify compares what was decided, not the words: a record whose reasons
 * are worded otherwise than today (written in another language, or by an
 * older cohort whose words were English) verifies, exit 0, with a line
 * saying how many were worded differently; a record whose decision differs
 * (another code, outcome or rank) still does not, whatever its words.
 *
 * The records are made as a cohort writes them: the outcomes and summary of
 * a real run in the other language (`allocate --lang … --format json`, with
 * the params of the record's reasons, which --format json does not hold),
 * with the section hashes computed for them (SHA-256 of canonical JSON,
 * RFC 8785), here apart from the command's own code. The record still names
 * its own language (nb), so the re-run's words are nb and the record's not.
 */
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

// biome-ignore lint/suspicious/noExplicitAny: a record is any JSON
type Json = Record<string, any>;

let dir: string;

/** The runs: one program with quotas and a spread, one with classes (choice reasons). */
const CASES = [
  {
    name: "quotas",
    program: "programs/topplederprogrammet.yaml",
    list: "fixtures/allocate/topplederprogrammet.csv",
    args: [] as string[],
  },
  {
    name: "classes",
    program: "programs/ks-toppleder-kull.yaml",
    list: "fixtures/allocate/ks-toppleder-kull-2029.csv",
    args: ["--intake", "2029", "--seed", "2029"],
  },
] as const;

/** The languages each case's record is worded in (the classes' runs are the slow ones). */
const LANGS = { quotas: ["sv", "en", "fi"], classes: ["sv"] } as const;

const canonical = (v: unknown): string => {
  if (v === null || typeof v !== "object") return JSON.stringify(v) ?? "null";
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  const o = v as Json;
  return `{${Object.keys(o)
    .sort()
    .filter((k) => o[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(",")}}`;
};

/** The record with its section hashes made for what it holds, as the cohort writing it would. */
const sealed = (record: Json): Json => {
  for (const section of Object.keys(record.sha256))
    record.sha256[section] = createHash("sha256").update(canonical(record[section])).digest("hex");
  return record;
};

const record = (name: string): Json =>
  JSON.parse(readFileSync(join(dir, name, "audit.json"), "utf8"));

/** The applicants and summary of a run of the same files in another language. */
const inLanguage = (name: string, lang: string): { applicants: Json[]; summary: Json } =>
  JSON.parse(readFileSync(join(dir, name, `${lang}.json`), "utf8"));

/** The outcomes of --format json given the params of the record's outcomes (the same decisions). */
const withParams = (applicants: Json[], outcomes: Json[]): Json[] =>
  applicants.map((o, i) => {
    const { params, choiceReasons } = outcomes[i]!;
    const out: Json = {};
    for (const [key, value] of Object.entries(o)) {
      out[key] =
        key === "choiceReasons"
          ? value.map((c: Json, k: number) => ({ ...c, params: choiceReasons[k].params }))
          : value;
      if (key === "reason" && params !== undefined) out.params = params;
    }
    return out;
  });

/** A record as version 1 wrote it: no language, no params. */
const asVersion1 = (r: Json): Json => {
  r.version = 1;
  delete r.language;
  delete r.sha256.language;
  r.outcomes = r.outcomes.map(({ params: _, ...o }: Json) =>
    o.choiceReasons
      ? { ...o, choiceReasons: o.choiceReasons.map(({ params: __, ...c }: Json) => c) }
      : o,
  );
  return r;
};

const verify = (name: string, file: string, r: Json) => {
  writeFileSync(join(dir, name, file), JSON.stringify(r, null, 2));
  return runCli(["verify", file], { cwd: join(dir, name) });
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cohort-verify-words-"));
  for (const c of CASES) {
    const at = join(dir, c.name);
    mkdirSync(at);
    copyFileSync(join(ROOT, c.program), join(at, "program.yaml"));
    copyFileSync(join(ROOT, c.list), join(at, "applicants.csv"));
    const made = runCli(
      ["allocate", "program.yaml", "applicants.csv", ...c.args, "--audit", "audit.json"],
      { cwd: at },
    );
    expect(made.stderr).not.toMatch(/^\s+at /m);
    for (const lang of LANGS[c.name]) {
      const run = runCli(
        [
          "allocate",
          "program.yaml",
          "applicants.csv",
          ...c.args,
          "--lang",
          lang,
          "--format",
          "json",
          "-o",
          `${lang}.json`,
        ],
        { cwd: at },
      );
      expect(run.stderr).not.toMatch(/^\s+at /m);
    }
  }
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("verify: reasons in other words than today's", () => {
  for (const c of CASES) {
    it(`${c.name}: the record as written verifies exactly, with no word of wording`, () => {
      const result = runCli(["verify", "audit.json"], { cwd: join(dir, c.name) });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^verified: \d+ outcomes reproduced exactly \(/m);
      expect(result.stdout).not.toContain("worded differently");
    });

    for (const lang of LANGS[c.name])
      it(`${c.name}: a record worded in ${lang} (the program is nb) verifies, exit 0, worded differently`, () => {
        const r = record(c.name);
        const other = inLanguage(c.name, lang);
        // The other run decided the same: only the words differ.
        expect(other.applicants.map(({ reason: _, choiceReasons, ...o }: Json) => o)).toEqual(
          r.outcomes.map(({ reason: _, choiceReasons, params, ...o }: Json) => o),
        );
        r.outcomes = withParams(other.applicants, r.outcomes);
        r.summary = other.summary;
        const result = verify(c.name, `${lang}.audit.json`, sealed(r));
        expect(result.stderr).toBe("");
        expect(result.code).toBe(0);
        const reworded: Json[] = r.outcomes.filter(
          (o: Json, i: number) => JSON.stringify(o) !== JSON.stringify(record(c.name).outcomes[i]),
        );
        expect(reworded.length).toBeGreaterThan(0);
        const all = r.outcomes.length;
        const first = reworded
          .slice(0, 5)
          .map((o: Json) => o.id)
          .join(", ");
        const more = reworded.length > 5 ? ` and ${reworded.length - 5} more` : "";
        expect(result.stdout).toContain(
          `worded differently: the reasons of ${reworded.length} of ${all} outcomes are in other words than the record's (${first}${more}); outcome, rank, position, quota, class, code and params (the numbers and names in the words) are the same\n`,
        );
        // The first pair of wordings, to see what kind of difference it is.
        expect(result.stdout).toContain(
          `  ${reworded[0]!.id}, recorded: ${JSON.stringify(reworded[0]!.reason)}\n`,
        );
        expect(result.stdout).toMatch(
          new RegExp(
            `^verified: ${all} outcomes reproduced, the same decisions, ${reworded.length} of them worded differently \\(program `,
            "m",
          ),
        );
      });
  }

  it("a record of an older cohort (version 1, without section hashes) in other words verifies too", () => {
    const r = asVersion1(record("quotas"));
    delete r.sha256;
    r.outcomes = inLanguage("quotas", "en").applicants;
    const result = verify("quotas", "old.audit.json", r);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("note: the record has no section hashes");
    expect(result.stdout).toContain("note: the record is of version 1");
    expect(result.stdout).toContain(
      "; outcome, rank, position, quota, class and code are the same\n",
    );
    expect(result.stdout).toMatch(/^worded differently: the reasons of \d+ of 160 outcomes/m);
    expect(result.stdout).toMatch(/^verified: 160 outcomes reproduced, the same decisions/m);
  });

  it("the words edited in a record with its hashes kept are an edit: not verified", () => {
    const r = record("quotas");
    r.outcomes[0].reason = "tatt opp";
    const result = verify("quotas", "edited.audit.json", r);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("the record's outcomes section was edited");
    expect(result.stdout).toMatch(/^not verified: /m);
  });
});

describe("verify: another decision in any words is not verified", () => {
  const edits: [string, (o: Json) => void][] = [
    ["another code", (o) => (o.code = o.code === "GROUP_FULL" ? "SEATS_FULL" : "GROUP_FULL")],
    ["another outcome", (o) => (o.outcome = "admitted")],
    ["another rank", (o) => (o.rank = o.rank + 1)],
    ["another quota", (o) => (o.quota = o.quota === null ? "kommune" : null)],
  ];
  for (const [what, edit] of edits)
    it(`${what}, in Swedish words, resealed: exit 1, the outcome shown`, () => {
      const r = record("quotas");
      r.outcomes = withParams(inLanguage("quotas", "sv").applicants, r.outcomes);
      const at = r.outcomes.findIndex((o: Json) => o.outcome === "waitlisted");
      edit(r.outcomes[at]);
      const result = verify("quotas", "decided.audit.json", sealed(r));
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        `the allocation differs from the record in 1 of 160 outcomes:\n  outcome ${at + 1}:\n`,
      );
      // The other outcomes in other words are said so, and do not count as differences.
      expect(result.stdout).toMatch(/^worded differently: the reasons of \d+ of 160 outcomes/m);
      expect(result.stdout).not.toMatch(/^verified:/m);
    });

  it("the summary's numbers edited, words aside, resealed: exit 1", () => {
    const r = record("quotas");
    r.summary = inLanguage("quotas", "sv").summary;
    r.summary.admitted = 39;
    const result = verify("quotas", "summary.audit.json", sealed(r));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("the record's summary section does not match the re-run:");
  });
});
