// Allocation with two spread fields (region spread and a gender balance, on
// top of the two quotas) against the one spread field of topplederprogrammet,
// on the same list: bench/generate-applicants.mjs's list with one more column
// (Kjønn), and a program that is topplederprogrammet with that field spread
// too. The second field takes the integer program (the solver is loaded);
// the first stays on the flow. Printed as Markdown for docs/performance.md.
//
//   node bench/spreads.mjs LIST REPEATS
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { appendColumns, xorshift } from "./append-columns.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const [list, repeatsArg] = process.argv.slice(2);
const repeats = Number(repeatsArg ?? 3);

const base = readFileSync(`${root}programs/topplederprogrammet.yaml`, "utf8");
const withField = base.replace(
  "\n    score: { type: number, column: Poeng }",
  "\n    score: { type: number, column: Poeng }\n    kjonn: { type: enum, values: [kvinne, mann], column: Kjønn }",
);
const oneField = `${root}bench/data/topplederprogrammet-kjonn-1.yaml`;
const twoFields = `${root}bench/data/topplederprogrammet-kjonn-2.yaml`;
writeFileSync(
  oneField,
  withField.replace("id: topplederprogrammet", "id: topplederprogrammet-kjonn-1"),
);
writeFileSync(
  twoFields,
  withField
    .replace("id: topplederprogrammet", "id: topplederprogrammet-kjonn-2")
    .replace(
      "\n    - { field: region, min: 4, max: 14 }",
      "\n    - { field: region, min: 4, max: 14 }\n    - { field: kjonn, min: 16 }",
    ),
);
if (
  !withField.includes("column: Kjønn") ||
  !readFileSync(twoFields, "utf8").includes("field: kjonn")
)
  throw new Error(
    "topplederprogrammet's fields or spread have changed: bench/spreads.mjs needs updating",
  );

// Its own seeded generator: the same bytes every run.
const next = xorshift(20270601);
const withGender = list.replace(/\.csv$/, "-kjonn.csv");
// Leaders in health care: somewhat more women than men.
await appendColumns(
  list,
  withGender,
  "Kjønn",
  () => (next() < 0.58 ? "kvinne" : "mann"),
  import.meta.url,
);

const measure = (args) => {
  let best;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(
      "/usr/bin/time",
      ["-f", "%M", process.execPath, "bin/cohort.js", ...args, "-q"],
      { cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" },
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`cohort ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
    const rss = Number(run.stderr.trim().split("\n").pop()) / 1024;
    if (!best || seconds < best.seconds) best = { seconds, rss };
  }
  return best;
};
const one = measure(["allocate", oneField, withGender, "--format", "json"]);
const two = measure(["allocate", twoFields, withGender, "--format", "json"]);
const fmt = (r) => `${r.seconds.toFixed(2)} s | ${r.rss.toFixed(0)} MB`;
console.log(
  [
    "| run | time | peak RSS |",
    "| --- | ---: | ---: |",
    `| allocate, 40 seats, region spread (flow) | ${fmt(one)} |`,
    `| allocate, 40 seats, region spread and gender balance (integer program) | ${fmt(two)} |`,
    "",
    `two fields / one field: ${(two.seconds / one.seconds).toFixed(2)}x; target ≤ 10 s.`,
  ].join("\n"),
);
