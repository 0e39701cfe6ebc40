// Allocation with leader groups: bench/generate-applicants.mjs's list with a
// column of ranked choices (1-2 of 4 classes, or any class) and a column of
// leader group ids (about 5 % of the rows in groups of 2-4, members sharing
// their choices), under topplederprogrammet (two quotas, the region spread)
// with one intake of 4 classes of 10 seats; against the same program and
// list without `applicants.team`; and the scenario, the same with a
// gender balance as a second spread field (bench/spreads.mjs's column), whose
// verdict against 10 s it prints. Printed as Markdown for docs/performance.md.
//
//   node bench/teams.mjs LIST REPEATS
//
// BENCH_SCENARIO_ONLY=1 runs the scenario alone.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { appendColumns, xorshift } from "./append-columns.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const [list, repeatsArg] = process.argv.slice(2);
const repeats = Number(repeatsArg ?? 3);
const classes = [
  ["oslo-a", "Oslo A", "Oslo"],
  ["oslo-b", "Oslo B", "Oslo"],
  ["bergen-a", "Bergen A", "Bergen"],
  ["bergen-b", "Bergen B", "Bergen"],
];
const names = classes.map(([, label]) => label);

const programOf = (id, team) =>
  readFileSync(`${root}programs/topplederprogrammet.yaml`, "utf8")
    .replace("id: topplederprogrammet", `id: ${id}`)
    .replace(
      "\neligibility:",
      `\n  choices: { column: Ønsket studiested, any: [hvor som helst] }${team ? "\n  team: { column: Ledergruppe-ID }" : ""}\neligibility:`,
    )
    .concat(
      [
        "intakes:",
        "  - id: bench",
        "    label: Bench",
        "    classes:",
        ...classes.map(
          ([id, label, site]) => `      - { id: ${id}, label: ${label}, site: ${site}, seats: 10 }`,
        ),
        "",
      ].join("\n"),
    );
const withTeams = `${root}bench/data/topplederprogrammet-teams.yaml`;
const without = `${root}bench/data/topplederprogrammet-teams-off.yaml`;
writeFileSync(withTeams, programOf("topplederprogrammet-teams", true));
writeFileSync(without, programOf("topplederprogrammet-teams-off", false));

// Its own seeded generator: the same bytes every run.
const next = xorshift(20270901);
const out = list.replace(/\.csv$/, "-teams.csv");
let rows = 0;
let members = 0;
let groups = 0;
let left = 0;
let team = "";
let teamChoice = "";
const choice = () => {
  if (next() < 0.05) return "hvor som helst";
  const picked = [];
  const length = 1 + Math.floor(next() * 2);
  while (picked.length < length) {
    const name = names[Math.floor(next() * names.length)];
    if (!picked.includes(name)) picked.push(name);
  }
  return `"${picked.join(", ")}"`;
};
const wrote = await appendColumns(
  list,
  out,
  "Ønsket studiested,Ledergruppe-ID",
  () => {
    rows++;
    if (left === 0 && next() < 0.05 / 3) {
      left = 2 + Math.floor(next() * 3);
      groups++;
      team = `LG-${groups}`;
      teamChoice = choice();
    }
    if (left === 0) return `${choice()},`;
    left--;
    members++;
    return `${teamChoice},${team}`;
  },
  import.meta.url,
);
if (wrote) console.error(`${rows} rows, ${members} in ${groups} groups`);

// The scenario: the same list and classes with a second spread field
// (Kjønn, 58 % kvinne, as bench/spreads.mjs; at least 16 of each), the two
// quotas, the region spread and the leader groups, all at once.
const nextGender = xorshift(20270601);
const combinedList = list.replace(/\.csv$/, "-teams-kjonn.csv");
await appendColumns(
  out,
  combinedList,
  "Kjønn",
  () => (nextGender() < 0.58 ? "kvinne" : "mann"),
  import.meta.url,
);
const combined = `${root}bench/data/topplederprogrammet-teams-kjonn.yaml`;
const combinedText = programOf("topplederprogrammet-teams-kjonn", true)
  .replace(
    "\n    score: { type: number, column: Poeng }",
    "\n    score: { type: number, column: Poeng }\n    kjonn: { type: enum, values: [kvinne, mann], column: Kjønn }",
  )
  .replace(
    "\n    - { field: region, min: 4, max: 14 }",
    "\n    - { field: region, min: 4, max: 14 }\n    - { field: kjonn, min: 16 }",
  );
if (!combinedText.includes("column: Kjønn") || !combinedText.includes("field: kjonn"))
  throw new Error(
    "topplederprogrammet's fields or spread have changed: bench/teams.mjs needs updating",
  );
writeFileSync(combined, combinedText);

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
const args = (program, file = out) => [
  "allocate",
  program,
  file,
  "--intake",
  "bench",
  "--format",
  "json",
];
const plain = process.env.BENCH_SCENARIO_ONLY ? undefined : measure(args(without));
const teams = process.env.BENCH_SCENARIO_ONLY ? undefined : measure(args(withTeams));
const scenario = measure(args(combined, combinedList));
const fmt = (r) => `${r.seconds.toFixed(2)} s | ${r.rss.toFixed(0)} MB`;
const TARGET = 10;
console.log(
  [
    "| run | time | peak RSS |",
    "| --- | ---: | ---: |",
    ...(plain && teams
      ? [
          `| allocate, 4 classes of 10, two quotas, region spread, no groups | ${fmt(plain)} |`,
          `| the same with about 5 % of applicants in leader groups of 2-4 | ${fmt(teams)} |`,
        ]
      : []),
    `| the issue's scenario: the same with a gender balance too (two spread fields) | ${fmt(scenario)} |`,
    "",
    ...(plain && teams
      ? [`groups / no groups: ${(teams.seconds / plain.seconds).toFixed(2)}x.`]
      : []),
    `The issue's scenario (two spread fields, two quotas, 4 classes, about 5 % of applicants in groups of 2-4): ${scenario.seconds.toFixed(2)} s; target ≤ ${TARGET} s: ${scenario.seconds <= TARGET ? "met" : "not met"}.`,
  ].join("\n"),
);
