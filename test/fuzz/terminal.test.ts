/**
 * Fuzzing what reaches a terminal: control characters and escape sequences
 * (random C0 and C1 characters, DEL, bidirectional overrides, lone
 * surrogates, and real attacks: set the title, clear the screen, hide the
 * rest) put into applicant ids and cells, into a program's strings (through
 * YAML escapes) and raw into its source lines, and into command-line values.
 * Every human format (tables, --explain, --timeline, validate's code frames)
 * and every message on stderr must show them made visible: no raw control
 * character but line feed and tab may come out. Machine formats must stay
 * valid: JUnit is well-formed XML, an .ics carries no control character and
 * no URL but http(s).
 *
 * Also the sizes that crashed the human formats: one cell of up to 250,000
 * lines in a table (a `Math.max(...)` spread), and one-line program files
 * with up to 2,000 findings, whose code frames must stay bounded in width.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, describe, it } from "vitest";
import {
  assertWellBehaved,
  createWorkspace,
  describeRun,
  RUNS,
  type Run,
  runCase,
  SEED,
  scaledRunTimeout,
  scaledTestTimeout,
  testTimeout,
  writeStats,
} from "./harness.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const ATTACKS = [
  "\u001b]0;pwned\u0007",
  "\u001b[2J\u001b[H",
  "\u001b[8m",
  "\u001b[1A\u001b[2K",
  "\u009b31m",
  "\r",
  "\u0000",
  "\u007f",
  "\u202e",
  "\u001bP+q\u001b\\",
];

/** A string of hostile characters: known attacks and random controls. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(...ATTACKS),
      fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("\ud800", "\udfff", "\ufffe", "a", "ø", " "),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(""));

/** For a CSV cell: quoted, so that line breaks, commas and quotes stay in it. */
const csvCell = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/** For a YAML double-quoted scalar: every character as an escape YAML knows. */
const yamlQuoted = (text: string): string => {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x22 || code === 0x5c)
      out += `\\x${code.toString(16).padStart(2, "0")}`;
    else if ((code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0x202e)
      out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return `"${out}"`;
};

const HEADER =
  "Søker-ID,Navn,Sektor,Region,Ledernivå,Nominert,Bekreftet av leder,Leder siden,Poeng,Innsendt";
const rowWith = (id: string, name: string, nominated: string, i: number): string =>
  `${id},${name},kommune,vest,strategisk,${nominated},nei,2015-03-01,${i},2027-02-01T09:00`;

const PROGRAM = `id: fuzz
name: NAME
owner: Owner
provider: Provider
summary: Summary.
audience: Audience.
locale: nb
country: "NO"
intake: annual
url: URL
application:
  opens: 2027-01-11
  deadline: 2027-04-12
modules:
  - id: one
    title: TITLE
    start: 2027-09-07
    end: 2027-09-09
    location: LOCATION
`;

const workspace = createWorkspace("terminal");
afterAll(() => {
  writeStats();
  workspace.dispose();
});

const fail = (run: Run, problem: string): never => {
  throw new Error(describeRun(run, [problem]));
};

/** No raw control character but line feed and tab on stdout or stderr. */
const assertVisible = (run: Run): void => {
  for (const [name, text] of [
    ["stdout", run.stdout],
    ["stderr", run.stderr],
  ] as const) {
    const at = text.search(RAW);
    if (at >= 0)
      fail(
        run,
        `a raw control character on ${name}: ${JSON.stringify(text.slice(at - 10, at + 10))}`,
      );
  }
};

describe("fuzz: control characters in inputs, human formats", () => {
  it(
    `lists: check (table, --explain), allocate (table), ${RUNS} cases (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(
          hostile,
          hostile,
          hostile,
          fc.constantFrom("check", "explain", "explain-missing", "allocate", "seed"),
          (id, name, nominated, how) => {
            workspace.reset();
            const rows = [HEADER];
            for (let i = 0; i < 4; i++) rows.push(rowWith(`A${i}`, `Navn ${i}`, "ja", i));
            rows.push(rowWith(csvCell(id), csvCell(name), csvCell(nominated), 99));
            writeFileSync(join(workspace.caseDir, "list.csv"), `${rows.join("\n")}\n`);
            const base = ["topplederprogrammet", "case/list.csv"];
            const args =
              how === "check"
                ? ["check", ...base, "--format", "table"]
                : how === "explain"
                  ? ["check", ...base, "--explain", id.replaceAll("\u0000", "")]
                  : how === "explain-missing"
                    ? ["check", ...base, "--explain", `x${name.replaceAll("\u0000", "")}`]
                    : how === "allocate"
                      ? ["allocate", ...base, "--format", "table"]
                      : [
                          "allocate",
                          ...base,
                          "--format",
                          "json",
                          "--seed",
                          `s${id.replaceAll("\u0000", "")}`,
                        ];
            const result = runCase(workspace, args);
            assertWellBehaved(result);
            // The JSON of "seed" is data: exact, only its summary on stderr is for people.
            assertVisible(how === "seed" ? { ...result.run, stdout: "" } : result.run);
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    testTimeout(1),
  );

  it(
    `programs: schedule (table, --timeline), list, validate (pretty, compact, github, junit), ics, ${RUNS} cases (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(
          hostile,
          hostile,
          hostile,
          fc.constantFrom("javascript:alert(1)", "https://example.org/x", "data:text/html,x"),
          fc.constantFrom(
            "schedule",
            "timeline",
            "list",
            "validate",
            "validate-raw",
            "junit",
            "compact",
            "github",
            "ics",
          ),
          (name, title, location, url, how) => {
            workspace.reset();
            const text = PROGRAM.replace("NAME", yamlQuoted(`P ${name}`))
              .replace("TITLE", yamlQuoted(`T ${title}`))
              .replace("LOCATION", yamlQuoted(location))
              .replace("URL", yamlQuoted(url));
            // validate-raw: the controls raw in the source, for the code frames;
            // an unknown key makes sure there is a finding to frame.
            // An unknown key spelled with escapes: its message quotes it decoded.
            const raw = `${text}unknown: 1 # ${title.replace(/[\n\r]/g, "")}\nname2: x${name.replace(/[\n\r]/g, "")}\n${yamlQuoted(`k${location}`)}: 1\n`;
            writeFileSync(
              join(workspace.caseDir, "p.yaml"),
              how === "validate-raw" || how === "junit" || how === "compact" || how === "github"
                ? raw
                : text,
            );
            const args =
              how === "schedule"
                ? ["schedule", "case/p.yaml"]
                : how === "timeline"
                  ? ["schedule", "case/p.yaml", "--timeline"]
                  : how === "list"
                    ? ["list", "case/p.yaml"]
                    : how === "junit"
                      ? ["validate", "case/p.yaml", "--format", "junit"]
                      : how === "compact" || how === "github"
                        ? ["validate", "case/p.yaml", "--format", how]
                        : how === "ics"
                          ? ["schedule", "case/p.yaml", "--format", "ics"]
                          : ["validate", "case/p.yaml"];
            const result = runCase(workspace, args);
            assertWellBehaved(result);
            const { run } = result;
            if (how === "ics") {
              if (RAW.test(run.stdout.replace(/\r\n/g, "")))
                fail(run, "a control character in the .ics");
              if (/^URL:(?!https?:\/\/)/m.test(run.stdout)) fail(run, "a URL that is not http(s)");
              assertVisible({ ...run, stdout: "" });
            } else if (how === "junit") {
              // A file with a NUL byte is refused as binary (exit 2), with no report.
              const valid =
                run.code === 2 && run.stdout === "" ? true : XMLValidator.validate(run.stdout);
              if (valid !== true) fail(run, `not well-formed XML: ${JSON.stringify(valid)}`);
              assertVisible({ ...run, stdout: "" });
            } else {
              assertVisible(run);
            }
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    testTimeout(1),
  );
});

describe("fuzz: sizes in human formats", () => {
  it(
    `a cell of up to 250,000 lines in a table; one-line programs with up to 2,000 findings, ${RUNS} cases (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.record({
              kind: fc.constant("cell" as const),
              lines: fc.integer({ min: 1, max: 250_000 }),
            }),
            fc.record({
              kind: fc.constant("frame" as const),
              findings: fc.integer({ min: 1, max: 2_000 }),
              padding: fc.integer({ min: 0, max: 300_000 }),
            }),
          ),
          (size) => {
            workspace.reset();
            if (size.kind === "cell") {
              const cell = csvCell("x\n".repeat(size.lines));
              writeFileSync(
                join(workspace.caseDir, "list.csv"),
                `${HEADER}\n${rowWith("A1", "Navn", cell, 1)}\n`,
              );
              // The cases of this test come near the limit on an idle
              // machine: their limit follows its speed (harness.ts, slowdown).
              const result = runCase(
                workspace,
                ["check", "topplederprogrammet", "case/list.csv", "--format", "table"],
                { timeoutMs: scaledRunTimeout() },
              );
              assertWellBehaved(result);
              return;
            }
            const keys = Array.from({ length: size.findings }, (_, i) => `k${i}: ${i}`).join(", ");
            writeFileSync(
              join(workspace.caseDir, "p.yaml"),
              `{id: x, name: "${"x".repeat(size.padding)}", ${keys}}\n`,
            );
            const result = runCase(workspace, ["validate", "case/p.yaml"], {
              timeoutMs: scaledRunTimeout(),
            });
            assertWellBehaved(result);
            // Each finding: a heading and a frame of at most three lines of
            // 240 characters of source (and a gutter); never the whole line.
            const bound = (size.findings + 10) * 4 * 300;
            if (result.run.stdout.length > bound)
              fail(
                result.run,
                `${result.run.stdout.length} characters of report, more than ${bound}`,
              );
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    scaledTestTimeout(1),
  );
});
