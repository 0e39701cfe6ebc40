/**
 * Hostile text in inputs: escape sequences in applicant ids and cells, in a
 * program's strings and in its source lines must reach no terminal raw, in
 * any human format or message (src/format/terminal-text.ts); machine formats
 * keep the data but stay valid (JUnit XML, .ics). Also the sizes that used to
 * crash the human formats: 150,000 table rows, a cell of 200,000 lines, and
 * code frames of a 261 KB one-line file with 1,200 findings.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

/** A control character a terminal would obey: anything below space but line feed and tab, DEL, C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** The colours cohort itself paints with (chalk, level 1). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const OWN_COLOURS = /\u001b\[(?:0|1|2|4|22|24|3[1-9])m/g;

const noRawControls = (text: string, what: string): void => {
  const at = text.replace(OWN_COLOURS, "").search(RAW);
  expect(
    at,
    `${what}: a raw control character near ${JSON.stringify(text.slice(at - 20, at + 20))}`,
  ).toBe(-1);
};

/** An id and cells that would set the title, clear the screen and hide the rest. */
const EVIL_ID = "EVIL\u001b[8m\u001b]0;pwned\u0007";
const EVIL_CELL = "Navn\u001b[2J\u009b31m\r";

let dir: string;
const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: dir, env });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cohort-hostile-terminal-"));
  mkdirSync(join(dir, "programs"));
  const program = readFileSync(join(ROOT, "programs/topplederprogrammet.yaml"), "utf8");
  writeFileSync(join(dir, "programs/topplederprogrammet.yaml"), program);
  const list = readFileSync(join(ROOT, "fixtures/check/topplederprogrammet.csv"), "utf8");
  const [header, first, second] = list.split("\n");
  const cells = first!.split(",");
  const bad = second!.split(",");
  writeFileSync(
    join(dir, "evil.csv"),
    [
      header,
      // Eligible, with an evil id and name.
      [EVIL_ID, EVIL_CELL, ...cells.slice(2)].join(","),
      // Invalid: an evil value where ja/nei belongs, and an evil id.
      [`${EVIL_ID}2`, EVIL_CELL, ...bad.slice(2, 5), "ja\u001b[8m", ...bad.slice(6)].join(","),
      "",
    ].join("\n"),
  );
  // The program's strings (YAML double-quoted escapes), and a URL no calendar may open.
  writeFileSync(
    join(dir, "evil.yaml"),
    program
      .replace(/^name: .*$/m, 'name: "Evil \\e]0;pwned\\a\\e[8m program"')
      .replace(/^(\s+)title: .*$/m, '$1title: "Module \\e[2J\\0\\x7f\\u009b one"')
      .replace(/^(\s+)location: .*$/m, '$1location: "Oslo\\e[8m\\r"')
      .replace(/^locale: nb$/m, 'locale: nb\nurl: "javascript:alert(1)"'),
  );
  // An invalid program: the finding's code frame shows a line with raw escapes.
  writeFileSync(
    join(dir, "raw.yaml"),
    'id: raw\u001b[8m\nname: "x\u001b]0;pwned\u0007"\nlocale: "n\\uFFFEb\\e[8m"\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("escape sequences from a list reach no terminal raw", () => {
  it("check --format table: ids and cells shown with their controls made visible", () => {
    const result = run(["check", "topplederprogrammet", "evil.csv", "--format", "table"]);
    expect(result.code).toBe(1);
    noRawControls(result.stdout, "stdout");
    noRawControls(result.stderr, "stderr");
    expect(result.stdout).toContain("EVIL␛[8m␛]0;pwned␇");
    expect(result.stdout).toContain(
      'Nominert: forventet ja/nei, yes/no, true/false, 1/0 eller x ("ja␛[8m")',
    );
  });

  it("check --explain, for an id with controls and for an invalid cell", () => {
    // Control characters in an id make the row invalid (they are invisible
    // in a spreadsheet); the explanation says so, made visible.
    const eligible = run(["check", "topplederprogrammet", "evil.csv", "--explain", EVIL_ID]);
    expect(eligible.code).toBe(1);
    noRawControls(eligible.stdout, "stdout");
    expect(eligible.stdout).toContain("søker EVIL␛[8m␛]0;pwned␇ (linje 2)");
    expect(eligible.stdout).toContain("søker-ID-en inneholder et usynlig tegn (U+001B)");
    const invalid = run(["check", "topplederprogrammet", "evil.csv", "--explain", `${EVIL_ID}2`]);
    expect(invalid.code).toBe(1);
    noRawControls(invalid.stdout, "stdout");
    expect(invalid.stdout).toContain('("ja␛[8m")');
  });

  it("allocate --format table, and allocate's summary on stderr (with colour too)", () => {
    for (const env of [{}, { FORCE_COLOR: "1" }] as Record<string, string>[]) {
      const table = run(
        [
          "allocate",
          "topplederprogrammet",
          "evil.csv",
          "--format",
          "table",
          "--seed",
          "s\u001b[8m",
        ],
        env,
      );
      expect(table.code).toBe(1);
      noRawControls(table.stdout, "stdout");
      expect(table.stdout).toContain("EVIL␛[8m␛]0;pwned␇");
      expect(table.stdout).toContain("frø: s␛[8m");
    }
    const json = run(["allocate", "topplederprogrammet", "evil.csv", "--seed", "s\u001b[8m"]);
    noRawControls(json.stderr, "stderr");
    expect(json.stderr).toContain("(frø s␛[8m)");
    // Machine formats keep the data exact.
    expect(JSON.parse(json.stdout).seed).toBe("s\u001b[8m");
  });

  it("error messages quote ids, cells and arguments with their controls made visible", () => {
    // The messages are read in English (--lang en): the program is Norwegian.
    const missing = run([
      "check",
      "topplederprogrammet",
      "evil.csv",
      "--explain",
      "no\u001b[8m",
      "--lang",
      "en",
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('cohort: no applicant with id "no␛[8m" in evil.csv\n');
    // (The declines reader ends an id at `;`, so this one has none.)
    writeFileSync(join(dir, "declined.txt"), "EVIL\u001b[8m\u0007x\n");
    const declined = run([
      "allocate",
      "topplederprogrammet",
      "evil.csv",
      "--declined",
      "declined.txt",
      "--lang",
      "en",
    ]);
    expect(declined.code).toBe(1);
    noRawControls(declined.stderr, "stderr");
    expect(declined.stderr).toContain('"EVIL\\u001b[8m\\u0007x" is not in the applicant list');
    writeFileSync(join(dir, "header.csv"), "Søker-ID\u001b[8m,Navn\n1,a\n");
    const header = run(["check", "topplederprogrammet", "header.csv", "--lang", "en"]);
    expect(header.code).toBe(1);
    noRawControls(header.stderr, "stderr");
    expect(header.stderr).toContain('"Søker-ID␛[8m"');
    const option = run(["check", "--frobnicate\u001b[2J"]);
    expect(option.code).toBe(2);
    noRawControls(option.stderr, "stderr");
  });
});

describe("escape sequences from a program reach no terminal raw", () => {
  it("schedule (table and --timeline), list", () => {
    for (const args of [
      ["schedule", "evil.yaml"],
      ["schedule", "evil.yaml", "--timeline"],
      ["list", "evil.yaml"],
    ]) {
      const result = run(args);
      expect(result.code, args.join(" ")).toBe(0);
      noRawControls(result.stdout, args.join(" "));
      noRawControls(result.stderr, args.join(" "));
    }
    expect(run(["schedule", "evil.yaml"]).stdout).toContain("Evil ␛]0;pwned␇␛[8m program");
  });

  it("validate: messages and code frames show the source's controls made visible", () => {
    for (const env of [{}, { FORCE_COLOR: "1" }] as Record<string, string>[]) {
      const result = run(["validate", "raw.yaml"], env);
      expect(result.code).toBe(1);
      noRawControls(result.stdout, "validate");
      expect(result.stdout.replace(OWN_COLOURS, "")).toContain("> 1 | id: raw␛[8m");
    }
  });

  it("validate --format junit: well-formed XML with U+FFFE and ESC in a value", () => {
    const result = run(["validate", "raw.yaml", "--format", "junit"]);
    expect(result.code).toBe(1);
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
    expect(result.stdout).not.toMatch(/[\ufffe\uffff\u001b]/);
  });

  it("schedule --format ics: no NUL, ESC or DEL, no javascript: URL; the calendar parses", () => {
    const result = run(["schedule", "evil.yaml", "--format", "ics"]);
    expect(result.code).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
    expect(result.stdout.replace(/\r\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(result.stdout).not.toContain("javascript:");
    const events = new ICAL.Component(ICAL.parse(result.stdout)).getAllSubcomponents("vevent");
    expect(events[0]!.getFirstPropertyValue("summary")).toBe(
      "Module \ufffd[2J\ufffd\ufffd\ufffd one",
    );
  });

  it("schedule --format html: the javascript: URL is no link", () => {
    const result = run(["schedule", "evil.yaml", "--format", "html"]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/href="\s*javascript:/i);
  });
});

describe("sizes that crashed the human formats", () => {
  const header =
    "Søker-ID,Navn,Sektor,Region,Ledernivå,Nominert,Bekreftet av leder,Leder siden,Poeng,Innsendt\n";
  const row = (i: number) =>
    `F-${i},Navn ${i},kommune,vest,strategisk,ja,nei,2015-03-01,${i % 100},2027-02-01T09:00\n`;

  it("a table of 150,000 rows (was: Maximum call stack size exceeded)", () => {
    const rows: string[] = [header];
    for (let i = 0; i < 150_000; i++) rows.push(row(i));
    writeFileSync(join(dir, "rows.csv"), rows.join(""));
    const result = run(["check", "topplederprogrammet", "rows.csv", "--format", "table"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // Title, three rules, the head and the summary around the rows.
    expect(result.stdout.split("\n")).toHaveLength(150_000 + 7);
  }, 60_000);

  it("a cell of 200,000 lines in a table (was: Maximum call stack size exceeded)", () => {
    writeFileSync(
      join(dir, "cell.csv"),
      `${header}F-1,Navn,kommune,vest,strategisk,"${"x\n".repeat(200_000)}",nei,2015-03-01,1,2027-02-01T09:00\n`,
    );
    const result = run(["check", "topplederprogrammet", "cell.csv", "--format", "table"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n").length).toBeGreaterThan(200_000);
  }, 60_000);

  it("pretty validate of a 261 KB one-line file with 1,200 findings: frames cut to 240 columns", () => {
    const keys = Array.from({ length: 1_200 }, (_, i) => `k${i}: ${i}`).join(", ");
    const text = `{id: x, name: "${"x".repeat(261_000 - keys.length)}", ${keys}}\n`;
    writeFileSync(join(dir, "one-line.yaml"), text);
    const result = run(["validate", "one-line.yaml"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const lines = result.stdout.split("\n");
    let widest = 0;
    for (const line of lines) widest = Math.max(widest, line.length);
    // 240 characters of source, two `…` and the gutter.
    expect(widest).toBeLessThanOrEqual(240 + 2 + 12);
    expect(result.stdout.length).toBeLessThan(2_000_000);
    // The caret is under the finding's column in the window shown.
    const at = lines.findIndex((l) => l.includes("unknown key") && l.includes("k600"));
    expect(at).toBeGreaterThan(0);
    const source = lines[at + 1]!;
    const caret = lines[at + 2]!;
    expect(source.slice(caret.indexOf("^"))).toMatch(/^k600: 600/);
  }, 60_000);
});
