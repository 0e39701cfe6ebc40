/**
 * Fuzzing command lines: random subsets of the real commands, options and
 * values (right and wrong ones), unknown options, missing and extra
 * arguments, and stdin with a program, a list or nothing. See harness.ts for
 * what every run must do.
 *
 * Values of -o and --audit stay inside the workspace: under out/, or one of
 * the command's own inputs (which must be refused and stay unchanged).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { ROOT } from "../e2e/run-cli.js";
import {
  assertWellBehaved,
  createWorkspace,
  RUNS,
  runCase,
  SEED,
  spawnCohort,
  testTimeout,
  writeStats,
} from "./harness.js";

const COMMANDS = ["validate", "schema", "schedule", "list", "check", "allocate", "verify"];

/** Inputs a command line may name; all relative to the workspace, or read-only. */
const INPUTS = [
  "programs",
  "programs/",
  "programs/topplederprogrammet.yaml",
  "programs/ous-lederkrav.yaml",
  "topplederprogrammet",
  "topplederprogramet",
  "ledarskaps-st",
  "liten",
  "fixtures/allocate/liten.yaml",
  "fixtures/schedule",
  "fixtures/schedule/broken/broken.yaml",
  "fixtures/check/topplederprogrammet.csv",
  "fixtures/check/topplederprogrammet.xlsx",
  "fixtures/check/ledarskaps-st.csv",
  "fixtures/allocate/few-in-quota.csv",
  "fixtures/allocate/topplederprogrammet.csv",
  "fixtures",
  "extra/audit.json",
  "extra/broken-audit.json",
  "extra/other-audit.json",
  "extra/declined.txt",
  "extra/latin1.csv",
  "extra/no-extension",
  "extra/list.xls",
  "extra/empty.csv",
  "-",
  "--",
  "",
  " ",
  ".",
  "nope.yaml",
  "nope.csv",
  "/dev/null",
];

const VALUES: Record<string, string[]> = {
  "--format": [
    "pretty",
    "json",
    "github",
    "junit",
    "table",
    "csv",
    "ndjson",
    "xlsx",
    "markdown",
    "ics",
    "html",
    "xml",
    "",
  ],
  "-f": ["json", "csv", "table", "yaml"],
  "--max-warnings": ["0", "5", "-1", "1.5", "x", "", "99999999999999999999"],
  "--stdin-filename": ["p.yaml", "", "../x.yaml", "æøå.yaml"],
  "--from": ["2027-09-01", "2027-02-30", "x", "", "2027-9-1"],
  "--to": ["2027-12-31", "2026-01-01", "9999-99-99"],
  "--stamp": ["20270101T000000Z", "2027", "20271301T000000Z"],
  "--today": ["2027-03-01", "2027-13-45", "today", "1900-01-01", "9999-12-31"],
  "--explain": ["T-001", "T-008", "a1", "S0000017", "nobody", ""],
  "--encoding": ["utf-8", "windows-1252", "latin1", "UTF-8", ""],
  "--sheet": ["Søkere", "Sheet1", "", "nope"],
  "--seed": ["2027", "", "0", "-1", "🎲", "x".repeat(5000)],
  "--declined": ["extra/declined.txt", "nope.txt", "fixtures", "extra/audit.json"],
  // verify: the inputs of extra/audit.json lie outside its folder, so they are named.
  "--program": [
    "fixtures/allocate/liten.yaml",
    "programs/topplederprogrammet.yaml",
    "-",
    "nope.yaml",
  ],
  "--applicants": ["fixtures/allocate/few-in-quota.csv", "extra/latin1.csv", "-", "fixtures"],
};

/** Outputs: fresh files under out/, a folder, a missing folder, or an input ("@input"). */
const OUTPUTS = [
  "out/result.txt",
  "out/result.xlsx",
  "out/missing/result.json",
  "out",
  "-",
  "",
  "@input",
  "out/😀.json",
  `out/${"n".repeat(300)}`,
];

const GLOBALS = ["--no-color", "-q", "--quiet", "--debug", "--help", "-h", "--version", "-V"];
const UNKNOWN = ["--frobnicate", "-z", "--format=", "--output", "-o", "---", "-", "--no-such=1"];

/** Each command's own arguments and options, so most lines get past the parser. */
const SPECS: Record<string, { args: string[][]; options: string[] }> = {
  validate: {
    args: [["programs", "programs/topplederprogrammet.yaml", "fixtures/schedule", "case", "-"]],
    options: ["--format", "--strict", "--max-warnings", "--stdin-filename", "-o"],
  },
  schema: { args: [], options: ["-o"] },
  schedule: {
    args: [["topplederprogrammet", "programs", "fixtures/schedule", "ledarskaps-st", "-"]],
    options: ["--format", "--from", "--to", "--timeline", "--stamp", "-o"],
  },
  list: {
    args: [["programs", "fixtures/schedule", "programs/ous-lederkrav.yaml"]],
    options: ["--format", "--today", "-o"],
  },
  check: {
    args: [
      ["topplederprogrammet", "ledarskaps-st", "fixtures/allocate/liten.yaml", "-"],
      [
        "fixtures/check/topplederprogrammet.csv",
        "fixtures/check/topplederprogrammet.xlsx",
        "fixtures/check/ledarskaps-st.csv",
        "fixtures/allocate/few-in-quota.csv",
        "extra/latin1.csv",
        "-",
      ],
    ],
    options: ["--format", "--explain", "--encoding", "--sheet", "-o"],
  },
  allocate: {
    args: [
      ["topplederprogrammet", "fixtures/allocate/liten.yaml", "-"],
      [
        "fixtures/allocate/topplederprogrammet.csv",
        "fixtures/allocate/few-in-quota.csv",
        "fixtures/check/topplederprogrammet.xlsx",
        "-",
      ],
    ],
    options: [
      "--format",
      "--seed",
      "--declined",
      "--audit",
      "--strict",
      "--encoding",
      "--sheet",
      "-o",
    ],
  },
  verify: {
    args: [["extra/audit.json", "extra/other-audit.json", "extra/broken-audit.json"]],
    options: ["--program", "--applicants", "--declined"],
  },
};

/** An option with a value from its pool (or a flag), spelled `--name value` or `--name=value`. */
const optionNamed = (name: string) =>
  fc.tuple(fc.nat(), fc.boolean(), fc.constantFrom(...OUTPUTS)).map(([i, joined, output]) => {
    if (name === "-o" || name === "--output" || name === "--audit") return [name, output];
    const values = VALUES[name];
    if (!values) return [name];
    const value = values[i % values.length]!;
    return joined && name.startsWith("--") ? [`${name}=${value}`] : [name, value];
  });

const anyOption = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...Object.keys(VALUES), "-o", "--output", "--audit", "--strict", "--timeline")
      .chain(optionNamed),
  },
  { weight: 1, arbitrary: fc.constantFrom(...GLOBALS).map((o) => [o]) },
  { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN).map((o) => [o]) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("--format", "-o", "--seed", "--explain").map((o) => [o]),
  },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: "binary", maxLength: 10 })
      .map((s) => [s.replaceAll("\u0000", "")]),
  },
);

/** Mostly a command's own arguments and options; sometimes anything at all. */
const commandLine = fc
  .oneof(
    { weight: 8, arbitrary: fc.constantFrom(...COMMANDS) },
    { weight: 1, arbitrary: fc.constantFrom("help", "frobnicate", "", "VALIDATE", "--help") },
  )
  .chain((command) => {
    const spec = SPECS[command];
    const own = spec
      ? fc
          .tuple(
            ...spec.args.map((pool) => fc.constantFrom(...pool)),
            fc.array(
              spec.options.length > 0
                ? fc.constantFrom(...spec.options).chain(optionNamed)
                : anyOption,
              { maxLength: 3 },
            ),
          )
          .map((parts) => ({
            inputs: parts.slice(0, -1) as string[],
            options: parts[parts.length - 1] as string[][],
          }))
      : fc.constant({ inputs: [] as string[], options: [] as string[][] });
    const wild = fc.record({
      inputs: fc.array(fc.constantFrom(...INPUTS), { maxLength: 3 }),
      options: fc.array(anyOption, { maxLength: 4 }),
    });
    return fc.record({
      command: fc.constant(command),
      line: fc.oneof({ weight: 3, arbitrary: own }, { weight: 1, arbitrary: wild }),
      extra: fc.array(anyOption, { maxLength: 1 }),
      shuffle: fc.nat(),
      stdin: fc.constantFrom("none", "program", "list", "garbage"),
      env: fc.constantFrom<Record<string, string>>(
        {},
        {},
        { FORCE_COLOR: "1" },
        { GITHUB_ACTIONS: "true" },
      ),
    });
  });

type CommandLine = typeof commandLine extends fc.Arbitrary<infer T> ? T : never;

/** An input that is a file, for -o @input: named explicitly, or the file an id stands for. */
const fileInput = (inputs: readonly string[]): string | undefined => {
  for (const input of inputs) {
    if (/\.(ya?ml|csv|xlsx|json|txt)$/.test(input) && !input.startsWith("/")) return input;
    if (input === "topplederprogrammet" || input === "ledarskaps-st")
      return `programs/${input}.yaml`;
  }
  return undefined;
};

const argsOf = (generated: CommandLine): string[] => {
  const line = {
    command: generated.command,
    inputs: generated.line.inputs,
    options: [...generated.line.options, ...generated.extra],
    shuffle: generated.shuffle,
  };
  const options = line.options.map((o) =>
    o.map((token, i) => {
      if (token !== "@input" || i === 0) return token;
      return fileInput(line.inputs) ?? "out/result.txt";
    }),
  );
  // Options go before, between or after the arguments, which keep their order.
  const ordered: string[][] = line.inputs.map((input) => [input]);
  let seed = line.shuffle;
  for (const option of options) {
    ordered.splice(seed % (ordered.length + 1), 0, option);
    seed = Math.floor(seed / 3) + 7;
  }
  return [...(line.command === "" ? [] : [line.command]), ...ordered.flat()];
};

const STDIN: Record<string, Buffer | string> = {
  none: "",
  program: readFileSync(join(ROOT, "fixtures/allocate/liten.yaml")),
  list: readFileSync(join(ROOT, "fixtures/allocate/few-in-quota.csv")),
  garbage: Buffer.from([0xff, 0x00, 0x41, 0x0a, 0xc3]),
};

const workspace = createWorkspace("command-lines");

beforeAll(() => {
  const extra = join(workspace.root, "extra");
  mkdirSync(extra);
  const made = spawnCohort(
    [
      "allocate",
      "fixtures/allocate/liten.yaml",
      "fixtures/allocate/few-in-quota.csv",
      "--audit",
      "extra/audit.json",
      "-o",
      "extra/result.json",
    ],
    { cwd: workspace.root },
  );
  // Exit 1 or 0: quota b cannot be filled, which is a problem or a warning.
  if (made.code === 2 || !existsSync(join(extra, "audit.json")))
    throw new Error(`could not make the audit record: ${made.stderr}`);
  const audit = readFileSync(join(extra, "audit.json"), "utf8");
  writeFileSync(join(extra, "broken-audit.json"), audit.slice(0, audit.length / 2));
  writeFileSync(
    join(extra, "other-audit.json"),
    audit.replace(/"sha256": "[0-9a-f]{64}"/, `"sha256": "${"0".repeat(64)}"`),
  );
  writeFileSync(join(extra, "declined.txt"), "a1\n# a comment\n");
  writeFileSync(
    join(extra, "latin1.csv"),
    Buffer.from("id;sector;region;score\nå1;a;north;1\n", "latin1"),
  );
  writeFileSync(join(extra, "no-extension"), "id,sector\n");
  writeFileSync(join(extra, "list.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]));
  writeFileSync(join(extra, "empty.csv"), "");
});

afterAll(() => {
  writeStats();
  workspace.dispose();
});

describe("fuzz: random command lines", () => {
  it(
    `real and wrong commands, options and values, ${RUNS} command lines (seed ${SEED})`,
    () => {
      fc.assert(
        fc.property(commandLine, (line) => {
          workspace.reset();
          const args = argsOf(line);
          assertWellBehaved(runCase(workspace, args, { input: STDIN[line.stdin]!, env: line.env }));
        }),
        { numRuns: RUNS * 2, seed: SEED },
      );
    },
    testTimeout(2),
  );
});
