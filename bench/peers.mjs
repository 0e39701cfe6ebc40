// cohort check against the tools a data person would reach for, side by side
// in one process tree: `node -e 0`, `cat` (the I/O floor), DuckDB
// (`@duckdb/node-api`, read_csv + WHERE, eligible ids out), Miller (`mlr
// filter`, eligible ids out; skipped with a message when not installed) and
// cohort check (ndjson: a verdict for every row), on the same lists and the
// same eligibility rule (bench/eligible.mlr, bench/duckdb-check.mjs). Runs are
// interleaved (one of each tool, then again) and the median is reported, so a
// burst of load on a shared machine hits every tool alike.
//
// Two lists of BENCH_ROWS rows (1,000,000 unless given): the project's own
// generator and an independent one (bench/generate-form-export.mjs: another
// column order, every field quoted, CRLF, a BOM, other free text). Each tool's
// eligible count is compared, so a predicate that drifted apart shows.
//
//   node bench/peers.mjs            # BENCH_RUNS=3 by default
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const data = `${root}bench/data`;
const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? (process.env.BENCH_QUICK ? 1 : 3));
mkdirSync(data, { recursive: true });

const have = (command) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const timeCommand = existsSync("/usr/bin/time");
const label = (n) => (n >= 1e6 ? `${n / 1e6}m` : `${n / 1e3}k`);

const GENERATORS = {
  project: (n, file) => ["bench/generate-applicants.mjs", String(n), file, "--seed", "1"],
  "form export": (n, file) => ["bench/generate-form-export.mjs", String(n), file, "--seed", "7"],
};
const listFile = (generator, n) => {
  const file = `${data}/${generator === "project" ? "applicants" : "form-export"}-${label(n)}.csv`;
  if (!existsSync(file)) {
    console.error(`generating ${file} …`);
    execFileSync(process.execPath, GENERATORS[generator](n, file), { cwd: root, stdio: "inherit" });
  }
  return file;
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One run: wall seconds and peak RSS (MB) of the command, stdout to `out` (a file) or nowhere. */
const once = ({ command, args, env }, out) => {
  const fd = out ? openSync(out, "w") : "ignore";
  const start = process.hrtime.bigint();
  const run = spawnSync(
    timeCommand ? "/usr/bin/time" : command,
    timeCommand ? ["-f", "%M", command, ...args] : args,
    {
      cwd: root,
      stdio: ["ignore", fd, "pipe"],
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", ...env },
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (out) closeSync(fd);
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`${command} ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  const rss = timeCommand ? Number(run.stderr.trim().split("\n").pop()) / 1024 : Number.NaN;
  return { seconds, rss };
};

/** Runs every tool `runs` times, interleaved; the first run's output is kept to count. */
const race = (tools) => {
  const samples = tools.map(() => ({ seconds: [], rss: [] }));
  for (let r = 0; r < runs; r++) {
    tools.forEach((tool, i) => {
      const out = r === 0 && tool.count ? `${data}/peer-output-${process.pid}.txt` : undefined;
      const { seconds, rss } = once(tool, out);
      samples[i].seconds.push(seconds);
      samples[i].rss.push(rss);
      if (out) {
        tool.eligible = tool.count(readFileSync(out, "utf8"));
        rmSync(out);
      }
    });
  }
  return tools.map((tool, i) => ({
    ...tool,
    seconds: median(samples[i].seconds),
    rss: Math.max(...samples[i].rss),
  }));
};

const lines = (text) => text.split("\n").filter((line) => line !== "").length - 1;
const ndjsonEligible = (text) => text.split('"verdict":"eligible"').length - 1;
const cohort = (list, env = {}) => ({
  command: process.execPath,
  args: ["bin/cohort.js", "check", "topplederprogrammet", list, "--format", "ndjson", "-q"],
  env,
  count: ndjsonEligible,
});

const miller = have("mlr");
const out = [
  `${rows.toLocaleString("en")} rows, median of ${runs} interleaved runs (peak RSS: the highest).`,
  `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} at the start.`,
  "",
];
for (const generator of Object.keys(GENERATORS)) {
  const big = listFile(generator, rows);
  const small = listFile(generator, Math.max(1000, rows / 10));
  const tools = [
    { name: "node -e 0", command: process.execPath, args: ["-e", "0"] },
    { name: "cat (the I/O floor)", command: "cat", args: [big] },
    {
      name: "DuckDB (read_csv + WHERE, eligible ids out)",
      command: process.execPath,
      args: ["bench/duckdb-check.mjs", big, `${data}/duckdb-output-${process.pid}.csv`],
      count: () => lines(readFileSync(`${data}/duckdb-output-${process.pid}.csv`, "utf8")),
    },
    ...(miller
      ? [
          {
            name: "Miller (mlr filter, eligible ids out)",
            command: "mlr",
            args: [
              "--icsv",
              "--ocsv",
              "filter",
              "-f",
              "bench/eligible.mlr",
              "then",
              "cut",
              "-f",
              "Søker-ID",
              big,
            ],
            count: lines,
          },
        ]
      : []),
    { name: "cohort check --format ndjson", ...cohort(big) },
    {
      name: "cohort check, one thread (COHORT_THREADS=1)",
      ...cohort(big, { COHORT_THREADS: "1" }),
    },
    {
      name: `cohort check, ${(rows / 10).toLocaleString("en")} rows`,
      ...cohort(small),
      count: undefined,
    },
  ];
  const results = race(tools);
  rmSync(`${data}/duckdb-output-${process.pid}.csv`, { force: true });
  const by = (prefix) => results.find((r) => r.name.startsWith(prefix));
  const bytes = readFileSync(big).length;
  out.push(
    `#### ${generator === "project" ? "The project's generator" : "An independent generator (form export)"}: ${(bytes / 1e6).toFixed(0)} MB`,
    "",
    "| tool | wall | peak RSS | eligible |",
    "| --- | ---: | ---: | ---: |",
  );
  for (const r of results) {
    out.push(
      `| ${r.name} | ${r.seconds.toFixed(2)} s | ${Number.isNaN(r.rss) ? "–" : `${r.rss.toFixed(0)} MB`} | ${r.eligible?.toLocaleString("en") ?? ""} |`,
    );
  }
  const check = by("cohort check --format");
  const duck = by("DuckDB");
  const mlr = by("Miller");
  const node = by("node -e 0");
  const smallRun = by(`cohort check, ${(rows / 10).toLocaleString("en")}`);
  const counts = results.filter((r) => r.eligible !== undefined).map((r) => r.eligible);
  out.push("");
  if (new Set(counts).size > 1)
    out.push(`**The tools disagree on the eligible count: ${counts.join(", ")}.**`);
  else
    out.push(`Every tool finds the same ${counts[0]?.toLocaleString("en")} eligible applicants.`);
  const verdict = (ok) => (ok ? "met" : "not met");
  const ratioDuck = check.seconds / duck.seconds;
  out.push(
    `- cohort / DuckDB wall time: ${ratioDuck.toFixed(2)}x (target ≤ 2x: ${verdict(ratioDuck <= 2)})`,
  );
  if (mlr) {
    const ratio = mlr.seconds / check.seconds;
    out.push(
      `- throughput cohort / Miller: ${ratio.toFixed(2)}x (target ≥ 2x: ${verdict(ratio >= 2)})`,
    );
  } else {
    out.push(
      "- Miller (mlr) is not installed: install the Debian package `miller` to compare (`apt-get install miller`).",
    );
  }
  out.push(
    `- cohort peak RSS: ${check.rss.toFixed(0)} MB (target ≤ 150 MB: ${verdict(check.rss <= 150)}); ${smallRun.rss.toFixed(0)} MB at ${(rows / 10).toLocaleString("en")} rows, growth ${(check.rss - smallRun.rss).toFixed(0)} MB (target ≤ 15 MB: ${verdict(check.rss - smallRun.rss <= 15)})`,
    `- one thread / default: ${(by("cohort check, one thread").seconds / check.seconds).toFixed(2)}x; node -e 0 took ${(node.seconds * 1000).toFixed(0)} ms of every run`,
    "",
  );
}
console.log(out.join("\n").trimEnd());
