/**
 * Integrity of verify's and --declined's inputs, through the built binary:
 * an audit record edited in any section is never "verified"; a record saved
 * with a byte-order mark is read; the files a record names are opened only in
 * its folder unless named on the command line; a declines file with CR-only
 * line ends, NUL bytes or UTF-16 is read or refused as what it is; a million
 * unknown ids give a short message.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const STACK = /^\s+at .+\(.+:\d+:\d+\)$/m;
let dir: string;
let admitted: string[];

// biome-ignore lint/suspicious/noExplicitAny: an edited record may hold anything
type Json = Record<string, any>;

interface Row {
  id: string;
  outcome: string;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cohort-verify-"));
  mkdirSync(join(dir, "run"));
  copyFileSync(join(ROOT, "programs/topplederprogrammet.yaml"), join(dir, "run/program.yaml"));
  copyFileSync(
    join(ROOT, "fixtures/allocate/topplederprogrammet.csv"),
    join(dir, "run/applicants.csv"),
  );
  const result = runCli(
    ["allocate", "program.yaml", "applicants.csv", "--audit", "audit.json", "-o", "result.json"],
    { cwd: join(dir, "run") },
  );
  expect(result.code).toBe(1);
  const rows = JSON.parse(readFileSync(join(dir, "run/result.json"), "utf8")).applicants as Row[];
  admitted = rows.filter((r) => r.outcome === "admitted").map((r) => r.id);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = () => JSON.parse(readFileSync(join(dir, "run/audit.json"), "utf8"));

/** The record as version 1 wrote it: no language, no params. */
const asVersion1 = (r: Json): Json => {
  r.version = 1;
  delete r.language;
  if (r.sha256) delete r.sha256.language;
  r.outcomes = r.outcomes.map(({ params: _, ...o }: Json) => o);
  return r;
};

/** Writes an edited copy of the record beside the original and verifies it. */
const verifyEdited = (name: string, edit: (r: Json) => void, raw?: Buffer) => {
  const r = record();
  edit(r);
  writeFileSync(join(dir, "run", name), raw ?? JSON.stringify(r, null, 2));
  return runCli(["verify", name], { cwd: join(dir, "run") });
};

describe("verify: a record edited in any section is not verified", () => {
  it("the record as written verifies, and carries a hash for each section", () => {
    const result = runCli(["verify", "run/audit.json"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^verified: 160 outcomes reproduced exactly/);
    expect(Object.keys(record().sha256)).toEqual([
      "tool",
      "program",
      "language",
      "inputs",
      "seed",
      "seedGiven",
      "parameters",
      "outcomes",
      "summary",
    ]);
  });

  const edits: [string, (r: Json) => void, RegExp][] = [
    ["parameters.total", (r) => (r.parameters.total = 41), /parameters section was edited/],
    ["program", (r) => (r.program = "annet-program"), /program section was edited/],
    ["tool", (r) => (r.tool = "cohort 9.9.9"), /tool section was edited/],
    ["seedGiven", (r) => (r.seedGiven = true), /seedGiven section was edited/],
    ["summary", (r) => (r.summary.admitted = 39), /summary section was edited/],
    ["a section hash", (r) => (r.sha256.outcomes = "0".repeat(64)), /outcomes section was edited/],
  ];
  for (const [what, edit, said] of edits)
    it(`${what} edited: exit 1, the section named`, () => {
      const result = verifyEdited("edited.json", edit);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(said);
      expect(result.stdout).not.toMatch(/^verified:/m);
      expect(result.stdout).toMatch(/^not verified: /m);
    });

  it("an older record without section hashes: parameters, program and seed edits are found by the re-run", () => {
    for (const edit of [
      (r: Json) => (r.parameters.total = 41),
      (r: Json) => (r.program = "annet-program"),
      (r: Json) => (r.seed = "0000000000000000"),
      (r: Json) => (r.summary.waitlisted = 1),
    ]) {
      const result = verifyEdited("old.json", (r) => {
        asVersion1(r);
        delete r.sha256;
        edit(r);
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("note: the record has no section hashes");
      expect(result.stdout).toMatch(/section does not match the re-run:/);
    }
    const intact = verifyEdited("old.json", (r) => {
      asVersion1(r);
      delete r.sha256;
    });
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/^verified: 160 outcomes/m);
  });

  it("a record of version 2 without its section hashes: every section counts as edited", () => {
    const result = verifyEdited("unsealed.json", (r) => delete r.sha256);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "the record's language section was edited after the record was written: sha256 none in the record",
    );
    expect(result.stdout).not.toContain("note: the record has no section hashes");
    expect(result.stdout).toMatch(/^not verified: the record was edited/m);
  });

  it("one outcome removed is one difference, of 160", () => {
    const result = verifyEdited("removed.json", (r) => {
      r.outcomes.splice(16, 1);
      delete r.sha256;
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("the allocation differs from the record in 1 of 160 outcomes:");
    expect(result.stdout).toContain("  outcome 17:\n    recorded: (none)\n");
  });

  it("a record saved with a byte-order mark (UTF-8 or UTF-16) verifies", () => {
    const text = readFileSync(join(dir, "run/audit.json"), "utf8");
    for (const bytes of [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    ]) {
      const result = verifyEdited("bom.json", () => {}, bytes);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
    }
  });
});

describe("verify: the files a record names", () => {
  it("a record naming /etc/shadow (or any file outside its folder) is refused before it is opened", () => {
    for (const path of ["/etc/shadow", "../../../../../../etc/passwd", "../program.yaml"]) {
      const result = verifyEdited("outside.json", (r) => (r.inputs.program.path = path));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        "outside.json names input files outside its own folder, and verify opens those only when they are named on the command line:",
      );
      expect(result.stderr).toContain(`program file ${JSON.stringify(path)}`);
      expect(result.stderr).not.toMatch(/sha256|changed/);
      expect(result.stdout).toBe("");
    }
  });

  it("a link in the folder to a file outside it is outside too", () => {
    symlinkSync("/etc/passwd", join(dir, "run/link.yaml"));
    const result = verifyEdited("link.json", (r) => (r.inputs.program.path = "link.yaml"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('program file "link.yaml"');
  });

  it("files outside the folder are read when named: --program and --applicants, hash-checked", () => {
    mkdirSync(join(dir, "away"));
    const made = runCli(
      [
        "allocate",
        "program.yaml",
        "applicants.csv",
        "--audit",
        "../away/audit.json",
        "-o",
        "r.json",
      ],
      { cwd: join(dir, "run") },
    );
    expect(made.code).toBe(1);
    const refused = runCli(["verify", "away/audit.json"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "if these are the right files, name them: cohort verify away/audit.json --program run/program.yaml --applicants run/applicants.csv",
    );
    const named = runCli(
      [
        "verify",
        "away/audit.json",
        "--program",
        "run/program.yaml",
        "--applicants",
        "run/applicants.csv",
      ],
      { cwd: dir },
    );
    expect(named.code).toBe(0);
    expect(named.stdout).toMatch(/^verified: 160 outcomes/);
    const wrong = runCli(
      [
        "verify",
        "away/audit.json",
        "--program",
        "run/program.yaml",
        "--applicants",
        "run/program.yaml",
      ],
      { cwd: dir },
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain("(read from run/program.yaml, as named on the command line)");
    const noDeclines = runCli(["verify", "run/audit.json", "--declined", "run/program.yaml"], {
      cwd: dir,
    });
    expect(noDeclines.code).toBe(2);
    expect(noDeclines.stderr).toContain("was made without a declines file");
  });
});

describe("--declined: what a declines file really holds", () => {
  const allocate = (name: string, bytes: Buffer | string, extra: string[] = []) => {
    writeFileSync(join(dir, "run", name), bytes);
    return runCli(
      [
        "allocate",
        "program.yaml",
        "applicants.csv",
        "--declined",
        name,
        "--format",
        "json",
        ...extra,
      ],
      { cwd: join(dir, "run") },
    );
  };
  const declinedOf = (stdout: string) =>
    (JSON.parse(stdout).applicants as Row[])
      .filter((r) => r.outcome === "declined")
      .map((r) => r.id);

  it("CR-only line ends (an old Mac file) end lines, as do LF and CRLF", () => {
    for (const end of ["\r", "\n", "\r\n"]) {
      const result = allocate("cr.txt", `${admitted[0]}${end}${admitted[5]}${end}`);
      expect(result.code).toBe(1);
      expect(declinedOf(result.stdout).sort()).toEqual([admitted[0], admitted[5]].sort());
    }
    const unknown = allocate("cr.txt", `${admitted[0]}\rNOBODY\r`);
    // In the program's language (Norwegian Bokmål).
    expect(unknown.stderr).toContain('linje 2: "NOBODY" står ikke i søkerlisten');
  });

  it("UTF-16 with a byte-order mark (Excel's Unicode text) is read", () => {
    const text = `Søker-ID\r\n${admitted[1]}\r\n`;
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]),
    ]) {
      const result = allocate("u16.txt", bytes);
      expect(result.code).toBe(1);
      expect(declinedOf(result.stdout)).toEqual([admitted[1]]);
    }
  });

  it("UTF-16 without a byte-order mark and NUL bytes are refused, at their line", () => {
    const u16 = allocate("u16.txt", Buffer.from(`${admitted[1]}\n`, "utf16le"));
    expect(u16.code).toBe(2);
    expect(u16.stderr).toBe(
      "cohort: u16.txt ser ut som UTF-16-tekst uten byte-order mark (BOM); lagre den som UTF-8-tekst (én ID per linje)\n",
    );
    const nul = allocate("nul.txt", `# phoned\n${admitted[1]}\nS00\u000000017\n`);
    expect(nul.code).toBe(2);
    expect(nul.stderr).toBe(
      "cohort: nul.txt:3:4: en NUL-byte: dette er ikke en tekstfil med ID-er; er det riktig fil?\n",
    );
    expect(nul.stdout).toBe("");
  });

  it("a million unknown ids: the first 20 by line, the rest counted, a short message", () => {
    const ids = Array.from({ length: 1_000_000 }, (_, i) => `X${i}`);
    const result = allocate("many.txt", `${ids.join("\n")}\n`);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(22);
    expect(lines[1]).toBe('  linje 1: "X0" står ikke i søkerlisten');
    expect(lines[21]).toBe("  … og 999\u00a0980 til (999\u00a0980 ikke i søkerlisten)");
    const english = allocate("many.txt", `${ids.join("\n")}\n`, ["--lang", "en"]);
    expect(english.stderr.trimEnd().split("\n")[21]).toBe(
      "  … and 999980 more (999980 not in the applicant list)",
    );
    expect(result.stderr.length).toBeLessThan(2_000);
    expect(result.stderr).not.toMatch(STACK);
  });

  it("a record made with a declines file verifies, and the declines file is checked", () => {
    writeFileSync(join(dir, "run/declined.txt"), `${admitted[2]}\r`);
    const made = runCli(
      [
        "allocate",
        "program.yaml",
        "applicants.csv",
        "--declined",
        "declined.txt",
        "--audit",
        "declined-audit.json",
        "-o",
        "declined-result.json",
      ],
      { cwd: join(dir, "run") },
    );
    expect(made.code).toBe(1);
    expect(runCli(["verify", "run/declined-audit.json"], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, "run/declined.txt"), `${admitted[3]}\r`);
    const changed = runCli(["verify", "run/declined-audit.json"], { cwd: dir });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain("declined file declined.txt changed");
  });
});
