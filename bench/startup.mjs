// Start-up benchmark: bare `node -e 0` against `cohort --version` and
// `cohort validate programs/`, with and without validate's code cache (a copy
// of the built package without dist/validate.cache, which runs the ES
// modules), medians of N runs taken in turn (one run of each case, then the
// next round), so that a load that comes and goes weighs on every case alike.
// validate and a plain allocate (one pool, the flow) also run from a copy
// without the integer solver's chunk and WebAssembly: the solver loads only
// where a problem needs it, so neither may be slower with it present.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 21);

const bare = mkdtempSync(join(tmpdir(), "cohort-startup-"));
for (const part of ["bin", "dist", "package.json"])
  cpSync(join(root, part), join(bare, part), { recursive: true });
rmSync(join(bare, "dist/validate.cache"), { force: true });
const noSolver = mkdtempSync(join(tmpdir(), "cohort-startup-"));
for (const part of ["bin", "dist", "package.json"])
  cpSync(join(root, part), join(noSolver, part), { recursive: true });
for (const file of readdirSync(join(noSolver, "dist/chunks")))
  if (file.startsWith("highs-")) rmSync(join(noSolver, "dist/chunks", file));
rmSync(join(noSolver, "dist/highs.wasm"));
const allocate = [
  "allocate",
  "programs/topplederprogrammet.yaml",
  "fixtures/allocate/topplederprogrammet.csv",
  "--format",
  "json",
];

const cases = [
  ["node -e 0", ["-e", "0"]],
  ["cohort --version", ["bin/cohort.js", "--version"]],
  ["cohort validate programs/", ["bin/cohort.js", "validate", "programs/"]],
  ["  without the code cache", [join(bare, "bin/cohort.js"), "validate", "programs/"]],
  ["  without the solver chunk", [join(noSolver, "bin/cohort.js"), "validate", "programs/"]],
  ["cohort allocate (one pool)", ["bin/cohort.js", ...allocate]],
  ["  without the solver chunk", [join(noSolver, "bin/cohort.js"), ...allocate]],
];

/**
 * CPU time (user + system, ms) of this process's finished children, from
 * Linux's /proc (cutime and cstime, in USER_HZ ticks of 10 ms); undefined
 * elsewhere. The kernel sums the children's exact times and rounds only when
 * read, so the mean of many runs is exact to well under a tick.
 */
const STAT = "/proc/self/stat";
const childrenCpu = existsSync(STAT)
  ? () => {
      const fields = readFileSync(STAT, "latin1").split(") ")[1].split(" ");
      return (Number(fields[13]) + Number(fields[14])) * 10;
    }
  : () => undefined;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const times = cases.map(() => []);
const cpu = cases.map(() => 0);
try {
  for (let i = 0; i < runs; i++) {
    cases.forEach(([name, args], k) => {
      const cpuBefore = childrenCpu();
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, {
        cwd: root,
        env: { ...process.env, NO_COLOR: "1" },
      });
      times[k].push(Number(process.hrtime.bigint() - start) / 1e6);
      if (cpuBefore !== undefined) cpu[k] += childrenCpu() - cpuBefore;
      if (result.status !== 0 && result.status !== 1)
        throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
    });
  }
} finally {
  rmSync(bare, { recursive: true, force: true });
  rmSync(noSolver, { recursive: true, force: true });
}

// Wall time is what a user waits; CPU time (user + system, the mean of the
// runs) is what the run costs, and is less swayed by other work on the machine.
const base = median(times[0]);
const cpuBase = cpu[0] / runs;
const measured = childrenCpu() !== undefined;
console.log(
  `start-up, median of ${runs} runs in turn (node ${process.version})${measured ? "; CPU: mean user + sys" : ""}`,
);
cases.forEach(([name], k) => {
  const ms = median(times[k]);
  const wall = `${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}x`;
  const mean = cpu[k] / runs;
  const used = measured
    ? `   CPU ${mean.toFixed(1).padStart(6)} ms  ${(mean / cpuBase).toFixed(2)}x`
    : "";
  console.log(`  ${name.padEnd(28)} ${wall}${used}`);
});
