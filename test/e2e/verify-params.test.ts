/**
 * The params of an audit record (version 2), through the built binary:
 * `allocate --audit --lang sv` of an nb program writes a record that names
 * its language and verifies exactly; a count changed in a reason's params
 * (resealed, as a forger would) is another decision, exit 1; the same count
 * changed in the words alone is worded differently, exit 0. A record of
 * version 1 (fixtures/verify/v1-region-kjonn, as cohort wrote it before
 * params) verifies as it always did, and gives the same letters as a record
 * of today, which reads its spread values from the params.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

// biome-ignore lint/suspicious/noExplicitAny: a record is any JSON
type Json = Record<string, any>;

let dir: string;
const run = (args: string[]) => runCli(args, { cwd: dir });

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

/** New section hashes for what the record holds: an edit no hash can show. */
const resealed = (r: Json): Json => {
  for (const section of Object.keys(r.sha256))
    r.sha256[section] = createHash("sha256").update(canonical(r[section])).digest("hex");
  return r;
};

const read = (file: string): Json => JSON.parse(readFileSync(join(dir, file), "utf8"));
const write = (file: string, r: Json) => writeFileSync(join(dir, file), JSON.stringify(r, null, 2));

/** The letters written from a record, by file name. */
const letters = (audit: string, folder: string): Map<string, string> => {
  const result = run(["letters", audit, "-o", folder, "--format", "md", "--date", "2027-06-01"]);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.code).toBe(1); // the program names no e-mail column: a warning
  return new Map(
    readdirSync(join(dir, folder)).map((f) => [f, readFileSync(join(dir, folder, f), "utf8")]),
  );
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cohort-verify-params-"));
  // The record of version 1 and its inputs, as they were written.
  cpSync(join(ROOT, "fixtures/verify/v1-region-kjonn"), dir, { recursive: true });
  for (const [audit, extra] of [
    ["nb.json", []],
    ["sv.json", ["--lang", "sv"]],
  ] as const) {
    const made = run([
      "allocate",
      "program.yaml",
      "applicants.csv",
      ...extra,
      "--audit",
      audit,
      "--format",
      "json",
      "-o",
      `result-${audit}`,
    ]);
    expect(made.stderr).not.toMatch(/^\s+at /m);
    expect(made.code).toBe(0);
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("allocate --audit --lang: a record in another language than the program's", () => {
  it("names its language, holds Swedish words and each reason's params", () => {
    const r = read("sv.json");
    expect(r.version).toBe(2);
    expect(r.language).toBe("sv");
    const capped = r.outcomes.find((o: Json) => o.code === "SPREAD_CAP");
    expect(capped.reason).toBe("taket för sor-ost (Region) är nått, 4/4");
    expect(capped.params).toEqual({ field: "region", value: "sor-ost", admitted: 4, max: 4 });
    // The decision is the one in the program's own language.
    const nb = read("nb.json");
    expect(nb.language).toBe("nb");
    expect(r.outcomes.map(({ reason: _, ...o }: Json) => o)).toEqual(
      nb.outcomes.map(({ reason: _, ...o }: Json) => o),
    );
    // --format json holds no params: they are the record's.
    expect(readFileSync(join(dir, "result-sv.json"), "utf8")).not.toContain('"params"');
  });

  it("verifies exactly: the re-run is worded in the record's language", () => {
    const result = run(["verify", "sv.json"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      "verified: 28 outcomes reproduced exactly (program region-kjonn, seed e669fdaf69402171, inputs unchanged)\n",
    );
    expect(result.code).toBe(0);
  });

  it("a count in a reason's params changed and resealed: not verified, exit 1", () => {
    const r = read("sv.json");
    const at = r.outcomes.findIndex((o: Json) => o.code === "SPREAD_CAP");
    r.outcomes[at].params.admitted = 3;
    write("tampered.json", resealed(r));
    const result = run(["verify", "tampered.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `the allocation differs from the record in 1 of 28 outcomes:\n  outcome ${at + 1}:\n`,
    );
    expect(result.stdout).toContain('"params":{"field":"region","value":"sor-ost","admitted":3');
    expect(result.stdout).not.toMatch(/^verified:/m);
  });

  it("the same count not resealed: the outcomes section was edited, exit 1", () => {
    const r = read("sv.json");
    r.outcomes.find((o: Json) => o.code === "HELD_FOR_MIN").params.min = 1;
    write("edited.json", r);
    const result = run(["verify", "edited.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("the record's outcomes section was edited");
    expect(result.stdout).toContain("the allocation differs from the record in 1 of 28 outcomes");
  });

  it("the count changed in the words alone, resealed: worded differently, exit 0", () => {
    const r = read("sv.json");
    const capped = r.outcomes.find((o: Json) => o.code === "SPREAD_CAP");
    capped.reason = capped.reason.replace("4/4", "3/4");
    write("reworded.json", resealed(r));
    const result = run(["verify", "reworded.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `worded differently: the reasons of 1 of 28 outcomes are in other words than the record's (${capped.id}); outcome, rank, position, quota, class, code and params (the numbers and names in the words) are the same\n`,
    );
    expect(result.stdout).toMatch(/^verified: 28 outcomes reproduced, the same decisions, 1 of/m);
  });

  it("the language changed and resealed: the re-run's words are another language's, exit 0", () => {
    const r = read("sv.json");
    r.language = "da";
    write("retold.json", resealed(r));
    const result = run(["verify", "retold.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^worded differently: the reasons of \d+ of 28 outcomes/m);
    // Without resealing, the language section is named as edited.
    const plain = read("sv.json");
    plain.language = "da";
    write("retold-plain.json", plain);
    const edited = run(["verify", "retold-plain.json"]);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain("the record's language section was edited");
  });

  it("a language cohort does not know, or one named by a version 1 record: not a record, exit 2", () => {
    const r = read("sv.json");
    r.language = "de";
    write("german.json", resealed(r));
    const german = run(["verify", "german.json"]);
    expect(german.code).toBe(2);
    expect(german.stderr).toBe(
      "cohort: german.json is not a cohort audit record (version 1 or 2)\n",
    );
    const old = read("audit.json");
    old.language = "sv";
    write("old-language.json", old);
    expect(run(["verify", "old-language.json"]).code).toBe(2);
    const future = read("nb.json");
    future.version = 3;
    write("future.json", future);
    const later = run(["verify", "future.json"]);
    expect(later.code).toBe(2);
    expect(later.stderr).toContain("(version 1 or 2)");
  });
});

describe("a record of version 1 (no params, no language)", () => {
  it("verifies as it always did, with a note that its words hold the numbers", () => {
    const result = run(["verify", "audit.json"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      [
        "note: the record is of version 1 (an older cohort wrote it): its reasons hold no params, so the numbers and names in their words are checked only where the outcome holds them too (quota, class, choice, rank, position)",
        "verified: 28 outcomes reproduced exactly (program region-kjonn, seed e669fdaf69402171, inputs unchanged)",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(0);
  });

  it("without its section hashes too (the oldest records)", () => {
    const r = read("audit.json");
    delete r.sha256;
    write("oldest.json", r);
    const result = run(["verify", "oldest.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("note: the record has no section hashes");
    expect(result.stdout).toMatch(/^verified: 28 outcomes reproduced exactly/m);
  });

  it("an outcome given params it never held is not the decision of its version: exit 1", () => {
    const r = read("audit.json");
    r.outcomes[0].params = { quota: "spesialist", transferred: false, from: null };
    write("v1-params.json", resealed(r));
    const result = run(["verify", "v1-params.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("the allocation differs from the record in 1 of 28 outcomes");
  });

  it("can feed --from, as a record of today", () => {
    writeFileSync(join(dir, "declined.txt"), "R-01\n");
    for (const from of ["audit.json", "nb.json"]) {
      const result = run([
        "allocate",
        "program.yaml",
        "applicants.csv",
        "--declined",
        "declined.txt",
        "--from",
        from,
        "--format",
        "json",
      ]);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(JSON.parse(result.stdout).declined).toEqual(["R-01"]);
    }
  });
});

describe("letters read the spread value from the params, or from the words of an old record", () => {
  it("the same letters from the version 1 record, today's, and today's in Swedish words", () => {
    const v1 = letters("audit.json", "letters-v1");
    const nb = letters("nb.json", "letters-nb");
    const sv = letters("sv.json", "letters-sv");
    // 28 letters and the folder's index.
    expect(v1.size).toBe(29);
    expect([...nb]).toEqual([...v1]);
    expect([...sv]).toEqual([...v1]);
    // Several spread fields: the value whose cap was reached, with its field.
    const capped = read("nb.json").outcomes.filter((o: Json) => o.code === "SPREAD_CAP");
    expect(capped.length).toBeGreaterThan(0);
    for (const o of capped)
      expect([...nb].find(([f]) => f.startsWith(o.id))![1]).toContain("«sor-ost (Region)»");
  });

  it("the params name the capped value: a letter says what they say", () => {
    // A record whose words name another value than its params (resealed: the
    // re-run's params decide it is genuine; its words are only words).
    const r = read("nb.json");
    for (const o of r.outcomes)
      if (o.code === "SPREAD_CAP") o.reason = o.reason.replace("sor-ost (Region)", "nord (Region)");
    write("words-nord.json", resealed(r));
    const written = letters("words-nord.json", "letters-words");
    const id = r.outcomes.find((o: Json) => o.code === "SPREAD_CAP").id;
    const letter = [...written].find(([f]) => f.startsWith(id))![1];
    expect(letter).toContain("«sor-ost (Region)»");
    expect(letter).not.toContain("«nord (Region)»");
  });
});
