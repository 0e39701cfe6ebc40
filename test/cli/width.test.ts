/**
 * `cohort validate`'s pretty format and `check --explain` fit the terminal:
 * at 40, 80 and 200 columns (COLUMNS, or a terminal's own width) no line is
 * wider, measured by an independent library (string-width) as well as by
 * cohort's own measure, on findings and rule trees with long paths, long
 * words, East Asian text, emoji, combining marks and tabs. Without a width
 * (a pipe, a file) the output is as wide as its text, byte for byte what the
 * golden tests hold. Random findings and trees never give a wider line.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import type { CellProblem } from "../../src/core/applicants/layout.js";
import type { LocatedFinding } from "../../src/core/findings.js";
import type { ExplainNode } from "../../src/core/rules/compile.js";
import { formatExplanation } from "../../src/format/check/explain.js";
import { visibleWidth } from "../../src/format/fit-width.js";
import { formatPretty } from "../../src/format/validate/pretty.js";
import { ROOT, run } from "./run.js";

const WIDTHS = [40, 80, 200];

const linesOf = (text: string): string[] => text.replace(/\n$/, "").split("\n");

/** Every line, with its width by string-width and by cohort; the widest of each. */
const widest = (text: string): { independent: number; own: number } => {
  let independent = 0;
  let own = 0;
  for (const line of linesOf(text)) {
    independent = Math.max(independent, stringWidth(line));
    own = Math.max(own, visibleWidth(line));
  }
  return { independent, own };
};

const expectFits = (text: string, width: number, what: string) => {
  const { independent, own } = widest(text);
  expect(independent, `${what}: string-width at ${width}`).toBeLessThanOrEqual(width);
  expect(own, `${what}: cohort's width at ${width}`).toBeLessThanOrEqual(width);
};

/** The words of a text, without the spaces and line breaks wrapping moves. */
const words = (text: string): string => text.replace(/\s+/g, "");

// A long path: directories whose names no 40-column line holds.
const temp = mkdtempSync(join(tmpdir(), "cohort-width-"));
const deep = join(
  temp,
  "programmer-for-lederutvikling-i-helse-og-omsorgstjenesten",
  "kull-2027-med-et-navn-som-er-lengre-enn-en-terminal-er-bred",
);
mkdirSync(deep, { recursive: true });
cpSync(
  join(ROOT, "fixtures/terminal-width/long-lines.yaml"),
  join(deep, "et-program-med-lange-linjer-og-østasiatisk-tekst.yaml"),
);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const VALIDATE: Record<string, { argv: string[]; cwd?: string }> = {
  "long lines": { argv: ["validate", "fixtures/terminal-width/long-lines.yaml", "-f", "pretty"] },
  "every finding code": { argv: ["validate", "fixtures/validate/", "-f", "pretty"] },
  "a long path": { argv: ["validate", deep, "-f", "pretty"], cwd: temp },
};

const EXPLAIN = [
  "check",
  "fixtures/terminal-width/explain.yaml",
  "fixtures/terminal-width/explain.csv",
];
const APPLICANTS = {
  "a deep tree with long texts": "T-1",
  "an invalid row with a long id":
    "T-2-AnApplicantIdThatIsLongerThanAnyTerminalLineCanHoldWithoutBeingCutIntoPiecesFirst",
  "an invalid row with long values": "T-3",
};

describe("validate's pretty format on a terminal", () => {
  for (const [name, { argv, cwd }] of Object.entries(VALIDATE)) {
    it(`${name}: no line wider than 40, 80 or 200 columns`, async () => {
      const plain = await run(argv, { ...(cwd ? { cwd } : {}) });
      expect(plain.code).toBe(1);
      for (const width of WIDTHS) {
        const asked = await run(argv, { env: { COLUMNS: String(width) }, ...(cwd ? { cwd } : {}) });
        expect(asked.code).toBe(1);
        expectFits(asked.stdout, width, `${name}, COLUMNS=${width}`);
        const terminal = await run(argv, { tty: { columns: width }, ...(cwd ? { cwd } : {}) });
        expect(terminal.stdout).toBe(asked.stdout);
        // Nothing but the code frames' windows is shortened: every message is there, whole.
        const messages = linesOf(plain.stdout).filter((l) => /^ {2}\d+:\d+ /.test(l));
        for (const message of messages) expect(words(asked.stdout)).toContain(words(message));
      }
    });
  }

  it("was wider than the terminal without a width (the test can fail)", async () => {
    const plain = await run(VALIDATE["long lines"]!.argv);
    expect(widest(plain.stdout).independent).toBeGreaterThan(200);
    const path = await run(VALIDATE["a long path"]!.argv, { cwd: temp });
    expect(stringWidth(linesOf(path.stdout)[0]!)).toBeGreaterThan(80);
  });

  it.each(WIDTHS)(
    "at %i columns, the caret stands under the finding's character",
    async (width) => {
      const result = await run(VALIDATE["long lines"]!.argv, { env: { COLUMNS: String(width) } });
      const lines = linesOf(result.stdout);
      // The finding of line 17 is at "tre", after East Asian text, emoji and combining marks.
      const at = lines.findIndex((l) => /^ {2}> 17 \| /.test(l));
      expect(at).toBeGreaterThan(0);
      const source = lines[at]!;
      const caret = lines[at + 1]!;
      const column = stringWidth(caret.slice(0, caret.indexOf("^")));
      expect(stringWidth(source.slice(0, source.indexOf("tre,")))).toBe(column);
    },
  );

  it("cuts a source line with … rather than wrapping it, one line of the file a line of the frame", async () => {
    const result = await run(VALIDATE["long lines"]!.argv, { env: { COLUMNS: "40" } });
    const frame = linesOf(result.stdout).filter((l) => /^ {2}[> ] +\d+ \| /.test(l));
    expect(frame.length).toBeGreaterThanOrEqual(9);
    expect(frame.some((l) => l.endsWith("…"))).toBe(true);
    expect(frame.some((l) => / \| …/.test(l))).toBe(true);
  });

  it("writes as wide as the text without a width: a pipe gets the same bytes whatever the terminal", async () => {
    const argv = VALIDATE["long lines"]!.argv;
    const plain = await run(argv);
    const unknown = await run(argv, { tty: { columns: 0 } });
    expect(unknown.stdout).toBe(plain.stdout);
    // -o is never fitted.
    const dir = mkdtempSync(join(tmpdir(), "cohort-width-o-"));
    try {
      const file = join(dir, "report.txt");
      const written = await run([...argv, "-o", file], { env: { COLUMNS: "40" } });
      expect(written.code).toBe(1);
      const { readFileSync } = await import("node:fs");
      expect(readFileSync(file, "utf8")).toBe(plain.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("check --explain on a terminal", () => {
  for (const [name, id] of Object.entries(APPLICANTS)) {
    it(`${name}: no line wider than 40, 80 or 200 columns, no word lost`, async () => {
      const argv = [...EXPLAIN, "--explain", id];
      const plain = await run(argv);
      expect(plain.code).toBeLessThan(2);
      for (const width of WIDTHS) {
        const asked = await run(argv, { env: { COLUMNS: String(width) } });
        expect(asked.code).toBe(plain.code);
        expectFits(asked.stdout, width, `${name}, COLUMNS=${width}`);
        expect(words(asked.stdout)).toBe(words(plain.stdout));
        const terminal = await run(argv, { tty: { columns: width } });
        expect(terminal.stdout).toBe(asked.stdout);
      }
    });
  }

  it("was wider than the terminal without a width (the test can fail)", async () => {
    const plain = await run([...EXPLAIN, "--explain", "T-1"]);
    expect(widest(plain.stdout).independent).toBeGreaterThan(200);
  });

  it("goes on under a node's label, past where the node's children start", async () => {
    const result = await run([...EXPLAIN, "--explain", "T-1"], { env: { COLUMNS: "80" } });
    const lines = linesOf(result.stdout);
    const at = lines.findIndex((l) => l.startsWith("    ✔ oppfylt  Målgruppen"));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {15}\S/);
  });
});

// Random text of the kinds that measure differently: wide, joined, combining, controls, tabs.
const piece = fc.constantFrom(
  "a",
  "ord",
  "Spesialisthelsetjenesten",
  "x".repeat(90),
  "æøå",
  "戦略的",
  "👩🏽‍💼",
  "🇳🇴",
  "e\u0301",
  "\t",
  "\u001b[31m",
  "\u0007",
  "\u200b",
  " ",
  "  ",
  "\n",
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));

describe("random findings and rule trees", () => {
  it("never give validate a line wider than the width", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 400 })), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.array(text, { minLength: 1, maxLength: 6 }),
        text,
        fc.integer({ min: 40, max: 200 }),
        fc.boolean(),
        (given, lines, name, width, color) => {
          const file = `${name.replace(/\n/g, "")}.yaml`;
          const source = lines.map((l) => l.replace(/\n/g, ""));
          const findings: LocatedFinding[] = given.map(([message, line, column], i) => ({
            file,
            line: Math.min(line, source.length),
            column,
            code: "schema-unknown-key",
            severity: i % 2 === 0 ? "error" : "warning",
            message,
          }));
          const out = formatPretty(
            {
              files: [file],
              findings,
              sources: { [file]: source },
              summary: { errors: 1, warnings: 1, files: 1 },
            },
            { color, width },
          );
          for (const line of linesOf(out)) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });

  // Deep enough that the indentation passes half of the narrowest width.
  const nodeAt = (depth: number): fc.Arbitrary<ExplainNode> =>
    fc.record({
      label: text,
      passed: fc.boolean(),
      actual: fc.option(text, { nil: undefined }),
      test: fc.option(text, { nil: undefined }),
      children:
        depth === 0
          ? fc.constant([])
          : fc.array(nodeAt(depth - 1), { maxLength: depth > 4 ? 1 : 2 }),
    });
  const tree = nodeAt(14).map((n) => JSON.parse(JSON.stringify(n)) as ExplainNode);

  it("never give --explain a line wider than the width", () => {
    fc.assert(
      fc.property(
        tree,
        text,
        fc.constantFrom("nb", "nn", "sv", "da", "fi", "en" as const),
        fc.integer({ min: 40, max: 200 }),
        fc.boolean(),
        (root, id, locale, width, color) => {
          const out = [
            ...formatExplanation(
              { program: "p", locale, id, line: 2, tree: root },
              { color, width },
            ),
          ].join("");
          for (const line of linesOf(out)) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });

  it("never give an invalid row's explanation a line wider than the width", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ column: text, value: text, message: text }), {
          minLength: 1,
          maxLength: 4,
        }),
        text,
        fc.integer({ min: 40, max: 200 }),
        (problems: CellProblem[], id, width) => {
          const out = [
            ...formatExplanation(
              { program: "p", locale: "nb", id, line: 2, problems },
              { color: false, width },
            ),
          ].join("");
          for (const line of linesOf(out)) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});
