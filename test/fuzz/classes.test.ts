/**
 * Generators for the classes of hostile input an outside test found, one
 * property each, every one built to find its class by itself when the fix is
 * reverted (docs/reliability.md says which revert each one finds):
 *
 * - counts: huge numbers in every count the format accepts (seats, quota
 *   seats, spread min and max, per-value overrides, intake and class seats)
 *   and many quotas or spread values; every count beyond the bound must be a
 *   located `count-too-large` finding, and every command must end in time;
 * - schedules: hundreds to thousands of modules on one day, at the top level,
 *   in an intake and in a class;
 * - big tables: many rows, one cell of up to 250,000 line breaks or 200,000
 *   characters, an enum of up to 20,000 values with many bad cells, in the
 *   human formats of check and allocate: what is printed stays within a
 *   bound of the input's size;
 * - encodings: program files re-encoded (UTF-16 LE/BE with and without a
 *   byte-order mark, UTF-8 with one, CR-only and CRLF line ends) must
 *   validate exactly as the UTF-8 LF original;
 * - odd YAML nodes: `!!binary`, 400 nines, `1e999` and other odd scalars put
 *   in place of any scalar: a located finding that names what is there, never
 *   "Infinity", never "found a mapping" for a scalar;
 * - paths: inputs and outputs that are link loops, dangling links, folders or
 *   missing, at every place a command takes a file: the message names the
 *   file as given, never an absolute path of the temp folder.
 *
 * The harness (harness.ts) checks the rest of what every run must do.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { isScalar, parseDocument, visit } from "yaml";
import { ROOT } from "../e2e/run-cli.js";
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

/** Cases of the generators whose runs take seconds each (big inputs). */
const HEAVY_RUNS = Math.max(4, Math.ceil(RUNS / 3));

const workspace = createWorkspace("classes");
afterAll(() => {
  writeStats();
  workspace.dispose();
});

const fail = (run: Run, problem: string): never => {
  throw new Error(describeRun(run, [problem]));
};

interface Finding {
  line: number;
  column: number;
  code: string;
  message: string;
}
const findingsOf = (run: Run): Finding[] =>
  run.code === 2 ? [] : (JSON.parse(run.stdout) as { findings: Finding[] }).findings;

// ---------------------------------------------------------------------------
// Counts

/** The bounds of docs/reliability.md (src/core/program/checks/counts.ts). */
const MAX_SEATS = 1_000_000;
const HUGE = [1_000_001, 999_999_998, 1_000_000_000, 2 ** 31, 2 ** 53 - 1];
const COUNT_PLACES = [
  "total",
  "quota",
  "min",
  "max",
  "value-min",
  "value-max",
  "intake",
  "class",
] as const;
type CountPlace = (typeof COUNT_PLACES)[number];

interface CountsCase {
  /** Counts set huge, by place. */
  huge: { place: CountPlace; value: number }[];
  quotas: number;
  regions: number;
  /** Intakes: none, one with its own seats, or one with two classes (allocate refuses those for now). */
  intake: "none" | "seats" | "classes";
}

/** A program like fixtures/allocate/liten.yaml, with the counts of the case. */
const countsProgram = (c: CountsCase): { text: string; hugeLines: Map<number, number> } => {
  const value = (place: CountPlace, normal: number): number =>
    c.huge.find((h) => h.place === place)?.value ?? normal;
  const regions = Array.from({ length: c.regions }, (_, i) => `r${i}`);
  const sectors = Array.from({ length: c.quotas }, (_, i) => `s${i}`);
  const lines: string[] = [
    "id: fuzz-counts",
    "name: Counts",
    "owner: Test",
    "locale: en",
    'country: "NO"',
    "applicants:",
    "  id: id",
    "  fields:",
    `    sector: { type: enum, values: [${sectors.join(", ")}] }`,
    `    region: { type: enum, values: [${regions.join(", ")}] }`,
    "    score: { type: number }",
    "seats:",
  ];
  const hugeLines = new Map<number, number>();
  /** The line pushed next holds the count of `place`. */
  const mark = (place: CountPlace) => {
    const h = c.huge.find((x) => x.place === place);
    if (h && h.value > MAX_SEATS) hugeLines.set(lines.length, h.value);
  };
  // Counts not made huge follow those that are, so that the program stays
  // consistent (a quota within the total, classes adding up to their
  // intake) and only the bound can stop it.
  const quota = value("quota", 1);
  const total = Math.max(value("total", 4), quota + c.quotas);
  const intakeSeats = Math.max(value("intake", total), quota + c.quotas);
  mark("total");
  lines.push(`  total: ${total}`, "  quotas:");
  sectors.forEach((s, i) => {
    if (i === 0) mark("quota");
    lines.push(
      `    - { id: q${i}, seats: ${i === 0 ? quota : 1}, when: { field: sector, equals: ${s} } }`,
    );
  });
  lines.push("  unfilled: transfer", "  spread:");
  const limits = [value("min", 0), value("max", 2)];
  const overrides = [value("value-min", 0), value("value-max", 2)];
  for (const p of ["min", "max", "value-min", "value-max"] as const) mark(p);
  lines.push(
    `    - { field: region, min: ${limits[0]}, max: ${limits[1]}, values: { r0: { min: ${overrides[0]}, max: ${overrides[1]} } } }`,
  );
  lines.push("  ranking:", "    - { field: score, order: desc }");
  if (c.intake !== "none") {
    lines.push("intakes:", '  - id: "2027"');
    mark("intake");
    lines.push(`    seats: ${intakeSeats}`);
  }
  if (c.intake === "classes") {
    lines.push("    classes:");
    mark("class");
    lines.push(
      `      - { id: a, label: A, site: Oslo, seats: ${value("class", intakeSeats - 2)} }`,
    );
    lines.push("      - { id: b, label: B, site: Bergen, seats: 2 }");
  }
  // Lines of the YAML are 1-based.
  return {
    text: `${lines.join("\n")}\n`,
    hugeLines: new Map([...hugeLines].map(([l, v]) => [l + 1, v])),
  };
};

const countsList = (c: CountsCase): string => {
  const rows = ["id,sector,region,score"];
  for (let i = 0; i < 24; i++) rows.push(`a${i},s${i % c.quotas},r${i % c.regions},${90 - i}`);
  return `${rows.join("\n")}\n`;
};

describe("fuzz: counts beyond what the engine handles", () => {
  it(
    `every huge count is a located finding; allocate ends in time, ${HEAVY_RUNS} cases (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(
          fc.record({
            huge: fc.uniqueArray(
              fc.record({
                place: fc.constantFrom(...COUNT_PLACES),
                value: fc.constantFrom(...HUGE),
              }),
              { selector: (h) => h.place, maxLength: 3 },
            ),
            quotas: fc.oneof(
              { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }) },
              { weight: 1, arbitrary: fc.constantFrom(21, 100, 300) },
            ),
            regions: fc.oneof(
              { weight: 3, arbitrary: fc.integer({ min: 2, max: 6 }) },
              { weight: 1, arbitrary: fc.constantFrom(101, 300) },
            ),
            intake: fc.constantFrom("none" as const, "seats" as const, "classes" as const),
          }),
          fc.constantFrom("csv", "table", "json"),
          (c, format) => {
            workspace.reset();
            const { text, hugeLines } = countsProgram(c);
            writeFileSync(join(workspace.caseDir, "p.yaml"), text);
            writeFileSync(join(workspace.caseDir, "list.csv"), countsList(c));
            const validate = runCase(workspace, ["validate", "case/p.yaml", "--format", "json"]);
            assertWellBehaved(validate);
            const found = findingsOf(validate.run).filter((f) => f.code === "count-too-large");
            for (const [line, value] of hugeLines) {
              // A class's seats must add up to its intake's: class-seats-sum at
              // its classes (the line before) bounds them.
              const sum = (f: Finding) =>
                f.code === "class-seats-sum" && (f.line === line - 1 || f.line === line);
              if (!found.some((f) => f.line === line) && !findingsOf(validate.run).some(sum))
                fail(validate.run, `no count-too-large at line ${line} (${value})`);
            }
            const bigTable = c.quotas > 20 || c.regions > 100;
            if (bigTable && found.length === 0)
              fail(validate.run, `${c.quotas} quotas by ${c.regions} values: no count-too-large`);
            const intake = c.intake === "none" ? [] : ["--intake", "2027"];
            const args = [
              "allocate",
              "case/p.yaml",
              "case/list.csv",
              "--format",
              format,
              ...intake,
            ];
            const result = runCase(workspace, args);
            assertWellBehaved(result);
            if (hugeLines.size > 0 && result.run.code !== 2)
              fail(result.run, "a program with a count beyond the bound was allocated");
          },
        ),
        { numRuns: HEAVY_RUNS, seed: SEED },
      );
    },
    testTimeout(2),
  );
});

// ---------------------------------------------------------------------------
// Large schedules

const KULL = readFileSync(join(ROOT, "programs", "ks-toppleder-kull.yaml"), "utf8");

/** `count` modules on one day (or `apart` days apart), as flow-style list items. */
const moduleItems = (count: number, apart: number, indent: string, site: string): string[] =>
  Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2029, 8, 3) + i * apart * 86_400_000).toISOString().slice(0, 10);
    return `${indent}- { id: fuzz-${i}, title: Fuzz ${i}, start: ${day}, days: 1, location: ${site} }`;
  });

/** Modules added to the first intake, its Bergen class, or a program without intakes. */
const withModules = (where: "intake" | "class" | "top", count: number, apart: number): string => {
  if (where === "intake") {
    const at = KULL.indexOf("    modules:\n") + "    modules:\n".length;
    return `${KULL.slice(0, at)}${moduleItems(count, apart, "      ", "Oslo").join("\n")}\n${KULL.slice(at)}`;
  }
  if (where === "class") {
    const anchor = "        modules:\n";
    const at = KULL.indexOf(anchor) + anchor.length;
    return `${KULL.slice(0, at)}${moduleItems(count, apart, "          ", "Bergen").join("\n")}\n${KULL.slice(at)}`;
  }
  const top = readFileSync(join(ROOT, "programs", "topplederprogrammet.yaml"), "utf8");
  const at = top.indexOf("\nmodules:\n") + "\nmodules:\n".length;
  return `${top.slice(0, at)}${moduleItems(count, apart, "  ", "Oslo").join("\n")}\n${top.slice(at)}`;
};

describe("fuzz: large schedules", () => {
  it(
    `hundreds to thousands of modules on one day, top level, intake, class, ${HEAVY_RUNS} cases (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom("intake" as const, "class" as const, "top" as const),
          fc.constantFrom(200, 500, 1_000, 2_000),
          fc.constantFrom(0, 0, 0, 1),
          fc.constantFrom("validate", "schedule", "schedule-json", "ics", "list"),
          (where, count, apart, how) => {
            workspace.reset();
            writeFileSync(join(workspace.caseDir, "p.yaml"), withModules(where, count, apart));
            const intake = where === "top" ? [] : ["--intake", "2028"];
            const args =
              how === "validate"
                ? ["validate", "case/p.yaml"]
                : how === "schedule"
                  ? ["schedule", "case/p.yaml", ...intake]
                  : how === "schedule-json"
                    ? ["schedule", "case/p.yaml", "--format", "json", ...intake]
                    : how === "ics"
                      ? ["schedule", "case/p.yaml", "--format", "ics", "-o", "out/x.ics"]
                      : ["list", "case", "--today", "2027-03-01"];
            // Thousands of modules on a day come near the limit on an idle
            // machine: the limit follows the machine's speed (harness.ts, slowdown).
            const result = runCase(workspace, args, { timeoutMs: scaledRunTimeout() });
            assertWellBehaved(result);
            // The overlap findings are bounded per module (20 named, then a count),
            // each at most about 1,200 characters with its code frame: what
            // validate prints grows with the modules, not with their pairs.
            const bound = count * 21 * 1_200 + 100_000;
            const printed = result.run.stdout.length + result.run.stderr.length;
            if (printed > bound) fail(result.run, `${printed} characters printed, over ${bound}`);
          },
        ),
        { numRuns: HEAVY_RUNS, seed: SEED },
      );
    },
    scaledTestTimeout(1),
  );
});

// ---------------------------------------------------------------------------
// Big tables

const HEADER =
  "Søker-ID,Navn,Sektor,Region,Ledernivå,Nominert,Bekreftet av leder,Leder siden,Poeng,Innsendt";
const TOPP = readFileSync(join(ROOT, "programs", "topplederprogrammet.yaml"), "utf8");

interface TableCase {
  rows: number;
  /** What the odd row holds. */
  odd:
    | { kind: "lines"; lines: number }
    | { kind: "wide"; chars: number; column: "id" | "cell" | "name" }
    | { kind: "enum"; values: number; bad: number };
  how: "check" | "explain" | "allocate";
}

const tableCase: fc.Arbitrary<TableCase> = fc.record({
  rows: fc.constantFrom(10, 1_000, 5_000, 30_000),
  odd: fc.oneof(
    fc.record({
      kind: fc.constant("lines" as const),
      lines: fc.constantFrom(1_000, 150_000, 200_000, 250_000),
    }),
    fc.record({
      kind: fc.constant("wide" as const),
      chars: fc.constantFrom(1_000, 50_000, 200_000),
      column: fc.constantFrom("id" as const, "cell" as const, "name" as const),
    }),
    fc.record({
      kind: fc.constant("enum" as const),
      values: fc.constantFrom(50, 5_000, 20_000),
      bad: fc.constantFrom(1, 300, 3_000),
    }),
  ),
  how: fc.constantFrom("check" as const, "explain" as const, "allocate" as const),
});

const row = (id: string, name: string, sector: string, nominated: string, i: number): string =>
  `${id},${name},${sector},vest,strategisk,${nominated},nei,2015-03-01,${i % 100},2027-02-01T09:00`;

const tableInputs = (c: TableCase): { program: string; list: string; oddId: string } => {
  const out = [HEADER];
  let oddId = "A0";
  let program = TOPP;
  const bad = c.odd.kind === "enum" ? Math.min(c.odd.bad, c.rows) : 0;
  if (c.odd.kind === "enum") {
    // Sektor's values replaced by many others: the list's cells match none.
    const values = Array.from({ length: c.odd.values }, (_, i) => `v${i}`).join(", ");
    program = TOPP.replace(/(Sektor[^\n]*values: \[)[^\]]*\]/, `$1${values}]`);
    if (program === TOPP) program = TOPP.replace(/values: \[[^\]\n]*\]/, `values: [${values}]`);
  }
  for (let i = 0; i < c.rows; i++) {
    const sector = c.odd.kind === "enum" ? (i < bad ? "kommune" : "v1") : "kommune";
    out.push(row(`A${i}`, `Navn ${i}`, sector, "ja", i));
  }
  if (c.odd.kind === "lines") {
    out.push(row("ODD", "Navn", "kommune", `"${"x\n".repeat(c.odd.lines)}"`, 1));
    oddId = "ODD";
  } else if (c.odd.kind === "wide") {
    const wide = "w".repeat(c.odd.chars);
    oddId = c.odd.column === "id" ? wide : "ODD";
    out.push(
      row(
        oddId,
        c.odd.column === "name" ? wide : "Navn",
        "kommune",
        c.odd.column === "cell" ? wide : "ja",
        1,
      ),
    );
  }
  return { program, list: `${out.join("\n")}\n`, oddId };
};

describe("fuzz: big tables in human formats", () => {
  it(
    `many rows, long and wide cells, wide enums: output bounded by the input, ${HEAVY_RUNS} cases (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(tableCase, (c) => {
          workspace.reset();
          const { program, list, oddId } = tableInputs(c);
          writeFileSync(join(workspace.caseDir, "p.yaml"), program);
          writeFileSync(join(workspace.caseDir, "list.csv"), list);
          const base = ["case/p.yaml", "case/list.csv"];
          const args =
            c.how === "check"
              ? ["check", ...base, "--format", "table"]
              : c.how === "explain"
                ? ["check", ...base, "--explain", oddId]
                : ["allocate", ...base, "--format", "table"];
          const result = runCase(workspace, args);
          assertWellBehaved(result);
          // A table wraps its cells at 70 columns and a message names at most
          // 10 values of a list: what is printed grows with the input, by at
          // most a row's frame and reason per row and a table line (four
          // columns of 70) per line of a cell. The enum of 20,000 values in
          // every message (149 MB for 1,000 cells), or one wide cell padding
          // every row of the table to its width, break this.
          const printed = result.run.stdout.length + result.run.stderr.length;
          const lineBreaks = list.split("\n").length;
          const bound = 8 * list.length + 400 * lineBreaks + 1_000 * c.rows + 100_000;
          if (printed > bound) fail(result.run, `${printed} characters printed, over ${bound}`);
        }),
        { numRuns: HEAVY_RUNS, seed: SEED },
      );
    },
    testTimeout(1),
  );
});

// ---------------------------------------------------------------------------
// Encodings of program files

const ENCODED_SEEDS = [
  "programs/topplederprogrammet.yaml",
  "programs/ks-toppleder-kull.yaml",
  "fixtures/allocate/liten.yaml",
  "fixtures/validate/count-too-large.yaml",
];

type Encoding = "utf16le-bom" | "utf16be-bom" | "utf16le" | "utf16be" | "utf8-bom";
type LineEnd = "lf" | "crlf" | "cr";

const encode = (text: string, encoding: Encoding, lineEnd: LineEnd): Buffer => {
  const t = lineEnd === "lf" ? text : text.replace(/\n/g, lineEnd === "crlf" ? "\r\n" : "\r");
  const le = Buffer.from(t, "utf16le");
  const be = Buffer.from(le).swap16();
  switch (encoding) {
    case "utf16le-bom":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
    case "utf16be-bom":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    case "utf16le":
      return le;
    case "utf16be":
      return be;
    case "utf8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, "utf8")]);
  }
};

/** What a report says, apart from its file name. */
const essence = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.column} ${f.code}`);

describe("fuzz: program files in other encodings and line ends", () => {
  it(
    `validate reads them as the UTF-8 LF original, ${RUNS} cases (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...ENCODED_SEEDS),
          fc.constantFrom<Encoding>("utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf8-bom"),
          fc.constantFrom<LineEnd>("lf", "crlf", "cr"),
          fc.constantFrom("validate", "schedule"),
          (seed, encoding, lineEnd, how) => {
            workspace.reset();
            // Only ASCII text is recognised as UTF-16 without a byte-order mark.
            const original = readFileSync(join(ROOT, seed), "utf8");
            const text =
              encoding === "utf16le" || encoding === "utf16be"
                ? original.normalize("NFD").replace(/[^\n\x20-\x7e]/g, "e")
                : original;
            writeFileSync(join(workspace.caseDir, "a.yaml"), text);
            writeFileSync(join(workspace.caseDir, "b.yaml"), encode(text, encoding, lineEnd));
            const args = (file: string) =>
              how === "validate"
                ? ["validate", file, "--format", "json"]
                : ["schedule", file, "--format", "json"];
            const a = runCase(workspace, args("case/a.yaml"));
            const b = runCase(workspace, args("case/b.yaml"));
            assertWellBehaved(a);
            assertWellBehaved(b);
            if (a.run.code !== b.run.code)
              fail(b.run, `exit ${b.run.code}, the UTF-8 LF file gives ${a.run.code}`);
            if (how === "validate") {
              const want = essence(findingsOf(a.run)).join("\n");
              const got = essence(findingsOf(b.run)).join("\n");
              if (want !== got) fail(b.run, `findings differ:\n${got}\nexpected:\n${want}`);
            } else if (a.run.stdout.replaceAll("a.yaml", "b.yaml") !== b.run.stdout)
              fail(b.run, "the schedule differs");
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    testTimeout(2),
  );
});

// ---------------------------------------------------------------------------
// Odd YAML nodes

const ODD_NODES = [
  { text: "!!binary aGVp", says: /binary/ },
  { text: "9".repeat(400), says: /number|range|large/i },
  { text: `-${"9".repeat(400)}`, says: /number|range|large/i },
  { text: "1e999", says: /number|range|large/i },
  { text: "!!float 1e400", says: /number|range|large/i },
  { text: "!!int x", says: /./ },
  { text: "!custom x", says: /./ },
] as const;

/** Text ranges of the scalars that are values of a mapping, block or flow. */
const scalarValues = (text: string): { at: number; end: number }[] => {
  const spots: { at: number; end: number }[] = [];
  visit(parseDocument(text), {
    Pair(_key, pair) {
      // One-line scalars only: a block scalar's range takes the line end with it.
      const range = isScalar(pair.value) ? pair.value.range : undefined;
      if (range && !text.slice(range[0], range[1]).includes("\n"))
        spots.push({ at: range[0], end: range[1] });
    },
  });
  return spots;
};

describe("fuzz: odd YAML nodes", () => {
  it(
    `!!binary, 400 nines and other odd scalars anywhere: located, named, never Infinity, ${RUNS} cases (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom("programs/topplederprogrammet.yaml", "fixtures/allocate/liten.yaml"),
          fc.nat(),
          fc.nat(ODD_NODES.length - 1),
          fc.constantFrom("json", "pretty"),
          (seed, nth, which, format) => {
            workspace.reset();
            const text = readFileSync(join(ROOT, seed), "utf8");
            const spots = scalarValues(text);
            const spot = spots[nth % spots.length]!;
            const odd = ODD_NODES[which]!;
            const mutated = text.slice(0, spot.at) + odd.text + text.slice(spot.end);
            writeFileSync(join(workspace.caseDir, "p.yaml"), mutated);
            const line = text.slice(0, spot.at).split("\n").length;
            const result = runCase(workspace, ["validate", "case/p.yaml", "--format", format]);
            assertWellBehaved(result);
            const { run } = result;
            // "would be read as Infinity" explains; Infinity as a value read is the bug.
            const said = (run.stdout + run.stderr).replace(/read as -?Infinity/g, "");
            if (/infinity/i.test(said)) fail(run, "Infinity in the report");
            if (/found a mapping/.test(run.stdout) && !/[{[]/.test(odd.text))
              fail(run, "a scalar called a mapping");
            if (format !== "json") return;
            // Some finding at the odd node's line says what is there.
            const here = findingsOf(run).filter((f) => f.line === line);
            if (here.length === 0) fail(run, `${odd.text} at line ${line} passed without a word`);
            if (!here.some((f) => odd.says.test(`${f.code} ${f.message}`)))
              fail(run, `the finding at line ${line} does not say what ${odd.text} is`);
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    testTimeout(1),
  );
});

// ---------------------------------------------------------------------------
// Paths in messages

type PathKind = "loop" | "dangling" | "folder" | "missing" | "link-loop-in-folder";

/** Makes `name` in case/ of the kind asked for, and returns its relative path. */
const makePath = (kind: PathKind, name: string): string => {
  const path = join(workspace.caseDir, name);
  if (kind === "loop") symlinkSync(name, path);
  else if (kind === "dangling") symlinkSync(`gone-${name}`, path);
  else if (kind === "folder") mkdirSync(path);
  else if (kind === "link-loop-in-folder") {
    mkdirSync(join(workspace.caseDir, "sub"), { recursive: true });
    symlinkSync(name, join(workspace.caseDir, "sub", name));
    return `case/sub/${name}`;
  }
  return `case/${name}`;
};

const PROGRAM = "programs/topplederprogrammet.yaml";
const LIST = "fixtures/allocate/topplederprogrammet.csv";

describe("fuzz: paths in messages", () => {
  it(
    `odd files at every place a command takes one: no absolute temp path in a message, ${RUNS} cases (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom<PathKind>("loop", "dangling", "folder", "missing", "link-loop-in-folder"),
          fc.constantFrom(
            "validate",
            "schedule",
            "list",
            "check-program",
            "check-list",
            "check-xlsx",
            "allocate-declined",
            "verify",
            "letters",
            "check-output",
            "allocate-audit",
          ),
          (kind, place) => {
            workspace.reset();
            // A dangling link as an output creates the file it points to, which is right.
            const output = place === "check-output" || place === "allocate-audit";
            const file = (ext: string) =>
              makePath(output && kind === "dangling" ? "loop" : kind, `odd${ext}`);
            const args: Record<string, () => string[]> = {
              validate: () => ["validate", file(".yaml")],
              schedule: () => ["schedule", file(".yaml")],
              list: () => ["list", file(".yaml")],
              "check-program": () => ["check", file(".yaml"), LIST],
              "check-list": () => ["check", PROGRAM, file(".csv")],
              "check-xlsx": () => ["check", PROGRAM, file(".xlsx")],
              "allocate-declined": () => ["allocate", PROGRAM, LIST, "--declined", file(".txt")],
              verify: () => ["verify", file(".json")],
              letters: () => ["letters", file(".json"), "-o", "out/letters"],
              "check-output": () => ["check", PROGRAM, LIST, "-o", file(".csv")],
              "allocate-audit": () => [
                "allocate",
                PROGRAM,
                LIST,
                "-o",
                "out/r.csv",
                "--audit",
                file(".json"),
              ],
            };
            const result = runCase(workspace, args[place]!());
            assertWellBehaved(result);
            const { run } = result;
            for (const [name, text] of [
              ["stderr", run.stderr],
              ["stdout", run.stdout],
            ] as const) {
              if (text.includes(workspace.root) || text.includes(`${tmpdir()}/`))
                fail(run, `an absolute temp-folder path on ${name}`);
            }
            if (run.stderr.length > 4_000) fail(run, `${run.stderr.length} characters on stderr`);
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    testTimeout(1),
  );
});
