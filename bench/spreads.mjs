// Allocation with two spread fields (region spread and a gender balance, on
// top of the two quotas) against the one spread field of topplederprogrammet,
// on the same list: bench/generate-applicants.mjs's list with one more column
// (Kjønn), and a program that is topplederprogrammet with that field spread
// too. The second field takes the integer program (the solver is loaded);
// the first stays on the flow. Printed as Markdown for docs/performance.md.
//
//   node bench/spreads.mjs LIST REPEATS
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

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

// A small deterministic generator of its own (xorshift32): the same bytes every run.
let state = 20270601;
const next = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4294967296;
};
const withGender = list.replace(/\.csv$/, "-kjonn.csv");
if (!existsSync(withGender)) {
  console.error(`writing ${withGender} …`);
  const out = createWriteStream(withGender);
  let first = true;
  for await (const line of createInterface({
    input: createReadStream(list),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    // Leaders in health care: somewhat more women than men.
    const cell = first ? "Kjønn" : next() < 0.58 ? "kvinne" : "mann";
    first = false;
    if (!out.write(`${line},${cell}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

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
