// Allocation with parallel classes against the single-pool allocation, on the
// same list: bench/generate-applicants.mjs's list with one more column of
// ranked choices (1-3 of 8 classes at 3 sites, or a site), and a program that
// is topplederprogrammet with one intake of 8 classes of 5 seats and that
// column declared. Printed as Markdown for docs/performance.md.
//
//   node bench/classes.mjs LIST REPEATS
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
  ["oslo-c", "Oslo C", "Oslo"],
  ["bergen-a", "Bergen A", "Bergen"],
  ["bergen-b", "Bergen B", "Bergen"],
  ["bergen-c", "Bergen C", "Bergen"],
  ["tromso-a", "Tromsø A", "Tromsø"],
  ["tromso-b", "Tromsø B", "Tromsø"],
];
const names = [...classes.map(([, label]) => label), "Oslo", "Bergen", "Tromsø"];

const program = `${root}bench/data/topplederprogrammet-classes.yaml`;
writeFileSync(
  program,
  readFileSync(`${root}programs/topplederprogrammet.yaml`, "utf8")
    .replace("id: topplederprogrammet", "id: topplederprogrammet-classes")
    .replace(
      "\neligibility:",
      "\n  choices: { column: Ønsket studiested, any: [hvor som helst] }\neligibility:",
    )
    .concat(
      [
        "intakes:",
        "  - id: bench",
        "    label: Bench",
        "    classes:",
        ...classes.map(
          ([id, label, site]) => `      - { id: ${id}, label: ${label}, site: ${site}, seats: 5 }`,
        ),
        "",
      ].join("\n"),
    ),
);

// The classes each choice stands for: a class its own, a site every class there.
const classesOf = new Map(
  names.map((name) => [
    name,
    classes.filter(([, label, site]) => label === name || site === name).map(([id]) => id),
  ]),
);

// Its own seeded generator: the same bytes every run. Each choice adds a
// class the ones before it did not allow, as a valid list's must (a class
// after its site, or a site after all its classes, is a repeated choice,
// an invalid row): the classes run competes on the one pool's applicants.
const next = xorshift(20270412);
const withChoices = list.replace(/\.csv$/, "-choices.csv");
await appendColumns(
  list,
  withChoices,
  "Ønsket studiested",
  () => {
    if (next() < 0.05) return "hvor som helst";
    const picked = [];
    const allowed = new Set();
    const length = 1 + Math.floor(next() * 3);
    // Never stuck: two choices allow at most two of the three sites' classes.
    while (picked.length < length) {
      const name = names[Math.floor(next() * names.length)];
      const adds = classesOf.get(name).filter((id) => !allowed.has(id));
      if (adds.length === 0) continue;
      picked.push(name);
      for (const id of adds) allowed.add(id);
    }
    return `"${picked.join(", ")}"`;
  },
  import.meta.url,
);

/**
 * Best wall time and that run's peak RSS, over `repeats` runs. `allowed`:
 * the exit codes that mean the run did what it measures. The one-pool run
 * must exit 0: every row of the list is valid for topplederprogrammet, and a
 * broken list (a cell appended inside a quoted line break) reads as invalid
 * rows, exit 1, and costs memory of its own (docs/performance.md). So must
 * the classes run: every generated choice list is valid, so both compete on
 * the same applicants.
 */
const measure = (args, allowed) => {
  let best;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(
      "/usr/bin/time",
      ["-f", "%M", process.execPath, "bin/cohort.js", ...args, "-q"],
      {
        cwd: root,
        stdio: ["ignore", "ignore", "pipe"],
        encoding: "utf8",
      },
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (!allowed.includes(run.status))
      throw new Error(`cohort ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
    const rss = Number(run.stderr.trim().split("\n").pop()) / 1024;
    if (!best || seconds < best.seconds) best = { seconds, rss };
  }
  return best;
};
const single = measure(["allocate", "topplederprogrammet", withChoices, "--format", "json"], [0]);
const parallel = measure(
  ["allocate", program, withChoices, "--intake", "bench", "--format", "json"],
  [0],
);
const fmt = (r) => `${r.seconds.toFixed(2)} s | ${r.rss.toFixed(0)} MB`;
console.log(
  [
    "| run | time | peak RSS |",
    "| --- | ---: | ---: |",
    `| allocate, one pool of 40 seats | ${fmt(single)} |`,
    `| allocate, 8 classes of 5 at 3 sites, 1-3 ranked choices | ${fmt(parallel)} |`,
    "",
    `classes / one pool: ${(parallel.seconds / single.seconds).toFixed(2)}x; target ≤ 2x.`,
  ].join("\n"),
);
