// `npm run bench`: every performance target of cohort, side by side in one
// run, printed as Markdown for docs/performance.md.
//
//   start-up     node -e 0 vs cohort --version vs cohort validate programs/
//   peers        cohort check vs node -e 0, cat, DuckDB and Miller on the same
//                1,000,000-row lists (two generators) and rule: bench/peers.mjs
//   allocate     40 seats and 100,000 seats on the same list vs check
//   classes      allocate with 8 classes and ranked choices vs one pool: bench/classes.mjs
//   spreads      allocate with two spread fields vs one, on the smaller list: bench/spreads.mjs
//   teams        allocate with 5 % of 100,000 applicants in leader groups, and the
//                issue's scenario (two spread fields, quotas, 4 classes, groups;
//                target ≤ 10 s): bench/teams.mjs
//
// The lists are generated into bench/data/ (gitignored) on first use.
// BENCH_ROWS changes the big list's size; BENCH_QUICK=1 runs each case once;
// BENCH_ONLY=teams,spreads runs only the cases named (startup, peers,
// allocate, classes, spreads, teams).
// A full run takes about 4 minutes on a quiet 2-core machine (plus about a
// minute to generate the lists the first time); BENCH_QUICK=1 about 1.5.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fingerprint, madeWith, markMade } from "./append-columns.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const data = `${root}bench/data`;
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const repeats = process.env.BENCH_QUICK ? 1 : 3;
mkdirSync(data, { recursive: true });
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",")) : null;
/** Whether the case runs: every case, or those BENCH_ONLY names. */
const runs = (name) => only === null || only.has(name);

const have = (command) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const timeCommand = have("/usr/bin/time") || existsSync("/usr/bin/time");

/** Best wall time and the peak RSS of that run, over `repeats` runs. */
const measure = (command, args, { stdout = "ignore" } = {}) => {
  let best;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    const run = timeCommand
      ? spawnSync("/usr/bin/time", ["-f", "%M", command, ...args], {
          cwd: root,
          stdio: ["ignore", stdout, "pipe"],
          encoding: "utf8",
        })
      : spawnSync(command, args, {
          cwd: root,
          stdio: ["ignore", stdout, "pipe"],
          encoding: "utf8",
        });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`${command} ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
    const rss = timeCommand ? Number(run.stderr.trim().split("\n").pop()) / 1024 : Number.NaN;
    if (!best || seconds < best.seconds) best = { seconds, rss };
  }
  return best;
};

/**
 * The generated list of n rows: made again when bench/generate-applicants.mjs
 * changed since it was made, or a run was cut short while making it (the
 * stamp of append-columns.mjs), so a benchmark never measures an old list.
 */
const list = (n) => {
  const file = `${data}/applicants-${n >= 1e6 ? `${n / 1e6}m` : `${n / 1e3}k`}.csv`;
  const print = fingerprint({
    scripts: [new URL("generate-applicants.mjs", import.meta.url).href],
    words: [n, 1],
  });
  if (!madeWith(file, print)) {
    console.error(`generating ${file} …`);
    const partial = `${file}.partial`;
    execFileSync(
      process.execPath,
      ["bench/generate-applicants.mjs", String(n), partial, "--seed", "1"],
      { cwd: root, stdio: "inherit" },
    );
    renameSync(partial, file);
    markMade(file, print);
  }
  return file;
};

const cohort = (...args) => [process.execPath, ["bin/cohort.js", ...args, "-q"]];
const fmt = (r) =>
  `${r.seconds.toFixed(2)} s | ${Number.isNaN(r.rss) ? "–" : `${r.rss.toFixed(0)} MB`}`;

const out = [`Node ${process.version}, ${rows.toLocaleString("en")} rows, best of ${repeats}.`, ""];

// Start-up
if (runs("startup")) {
  const startup = spawnSync(process.execPath, ["bench/startup.mjs"], {
    cwd: root,
    encoding: "utf8",
  });
  out.push("### Start-up", "", "```", startup.stdout.trim(), "```", "");
}

// check against its peers (node -e 0, cat, DuckDB, Miller), on two generators' lists
if (runs("peers")) {
  const peers = spawnSync(process.execPath, ["bench/peers.mjs"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (peers.status !== 0) throw new Error(`bench/peers.mjs exited ${peers.status}`);
  out.push("### check against its peers", "", peers.stdout.trim(), "");
}

const big = runs("allocate") || runs("classes") ? list(rows) : "";
const small = list(Math.max(1000, rows / 10));
// allocate
if (runs("allocate")) {
  const program = readFileSync(`${root}programs/topplederprogrammet.yaml`, "utf8")
    .replace("total: 40", "total: 100000")
    .replace(/seats: 20,/g, "seats: 50000,")
    .replace("min: 4, max: 14", "min: 10000, max: 35000")
    .replace("id: topplederprogrammet", "id: topplederprogrammet-100k");
  const wide = `${data}/topplederprogrammet-100k.yaml`;
  writeFileSync(wide, program);
  const alloc40 = measure(...cohort("allocate", "topplederprogrammet", big, "--format", "json"));
  const alloc100k = measure(...cohort("allocate", wide, big, "--format", "json"));
  const checkJson = measure(...cohort("check", "topplederprogrammet", big, "--format", "json"));
  const allocSmall = measure(
    ...cohort("allocate", "topplederprogrammet", small, "--format", "json"),
  );
  out.push("### allocate", "", "| run | time | peak RSS |", "| --- | ---: | ---: |");
  out.push(`| cohort check --format json | ${fmt(checkJson)} |`);
  out.push(`| cohort allocate, 40 seats | ${fmt(alloc40)} |`);
  out.push(`| cohort allocate, 100,000 seats | ${fmt(alloc100k)} |`);
  out.push(
    `| cohort allocate, 40 seats, ${(rows / 10).toLocaleString("en")} rows | ${fmt(allocSmall)} |`,
  );
  out.push(
    "",
    `allocate / check: ${(alloc40.seconds / checkJson.seconds).toFixed(2)}x (40 seats), ${(alloc100k.seconds / checkJson.seconds).toFixed(2)}x (100,000 seats); target ≤ 1.5x.`,
  );
  out.push(
    `Growth from ${(rows / 10).toLocaleString("en")} to ${rows.toLocaleString("en")} rows: ${(alloc40.seconds / allocSmall.seconds).toFixed(1)}x time for 10x rows.`,
  );
}
// allocate with parallel classes and ranked choices, against one pool on the same list
if (runs("classes")) {
  const classes = spawnSync(process.execPath, ["bench/classes.mjs", big, String(repeats)], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (classes.status !== 0) throw new Error(`bench/classes.mjs exited ${classes.status}`);
  out.push("", "### allocate with classes", "", classes.stdout.trim());
}
// allocate with two spread fields (the integer program), against one (the flow), on 100,000 rows
if (runs("spreads")) {
  const spreads = spawnSync(process.execPath, ["bench/spreads.mjs", small, String(repeats)], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (spreads.status !== 0) throw new Error(`bench/spreads.mjs exited ${spreads.status}`);
  out.push(
    "",
    `### allocate with two spread fields, ${(rows / 10).toLocaleString("en")} rows`,
    "",
    spreads.stdout.trim(),
  );
}
// allocate with leader groups, against the same classes without them, and the
// issue's scenario (two spread fields, quotas, 4 classes, groups) against 10 s
if (runs("teams")) {
  const teams = spawnSync(process.execPath, ["bench/teams.mjs", small, String(repeats)], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (teams.status !== 0) throw new Error(`bench/teams.mjs exited ${teams.status}`);
  out.push(
    "",
    `### allocate with leader groups, ${Math.max(1000, rows / 10).toLocaleString("en")} rows`,
    "",
    teams.stdout.trim(),
  );
}
console.log(out.join("\n"));
