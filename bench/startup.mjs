// Start-up benchmark: bare `node -e 0` against `cohort --version` and
// `cohort validate programs/`, side by side in one run, medians of N runs.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 21);
const cases = [
  ["node -e 0", ["-e", "0"]],
  ["cohort --version", ["bin/cohort.js", "--version"]],
  ["cohort validate programs/", ["bin/cohort.js", "validate", "programs/"]],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const results = cases.map(([name, args]) => {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, {
      cwd: root,
      env: { ...process.env, NO_COLOR: "1" },
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
  }
  return { name, ms: median(times) };
});

const base = results[0].ms;
console.log(`start-up, median of ${runs} runs (node ${process.version})`);
for (const { name, ms } of results) {
  console.log(`  ${name.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}x`);
}
