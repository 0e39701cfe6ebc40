// Allocation with leader groups: bench/generate-applicants.mjs's list with a
// column of ranked choices (1-2 of 4 classes, or any class) and a column of
// leader group ids (about 5 % of the rows in groups of 2-4, members sharing
// their choices), under topplederprogrammet (two quotas, the region spread)
// with one intake of 4 classes of 10 seats; against the same program and
// list without `applicants.team`. Printed as Markdown for docs/performance.md.
//
//   node bench/teams.mjs LIST REPEATS
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

// A small deterministic generator of its own (xorshift32): the same bytes every run.
let state = 20270901;
const next = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4294967296;
};
const out = list.replace(/\.csv$/, "-teams.csv");
let rows = 0;
let members = 0;
let groups = 0;
if (!existsSync(out)) {
  console.error(`writing ${out} …`);
  const stream = createWriteStream(out);
  let first = true;
  let quoted = false;
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
  for await (const line of createInterface({
    input: createReadStream(list),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    // A quoted cell may hold line breaks: only a line that ends its record gets the cells.
    for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) quoted = !quoted;
    if (quoted) {
      if (!stream.write(`${line}\n`)) await once(stream, "drain");
      continue;
    }
    let cells;
    if (first) cells = "Ønsket studiested,Ledergruppe-ID";
    else {
      rows++;
      if (left === 0 && next() < 0.05 / 3) {
        left = 2 + Math.floor(next() * 3);
        groups++;
        team = `LG-${groups}`;
        teamChoice = choice();
      }
      if (left > 0) {
        left--;
        members++;
        cells = `${teamChoice},${team}`;
      } else cells = `${choice()},`;
    }
    first = false;
    if (!stream.write(`${line},${cells}\n`)) await once(stream, "drain");
  }
  stream.end();
  await once(stream, "finish");
  console.error(`${rows} rows, ${members} in ${groups} groups`);
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
const args = (program) => ["allocate", program, out, "--intake", "bench", "--format", "json"];
const plain = measure(args(without));
const teams = measure(args(withTeams));
const fmt = (r) => `${r.seconds.toFixed(2)} s | ${r.rss.toFixed(0)} MB`;
console.log(
  [
    "| run | time | peak RSS |",
    "| --- | ---: | ---: |",
    `| allocate, 4 classes of 10, two quotas, region spread, no groups | ${fmt(plain)} |`,
    `| the same with about 5 % of applicants in leader groups of 2-4 | ${fmt(teams)} |`,
    "",
    `groups / no groups: ${(teams.seconds / plain.seconds).toFixed(2)}x; target ≤ 10 s.`,
  ].join("\n"),
);
