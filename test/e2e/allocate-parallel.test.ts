import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listOverThreshold } from "./large-list.js";
import { runCli } from "./run-cli.js";

const temp = mkdtempSync(join(tmpdir(), "cohort-allocate-parallel-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const list = listOverThreshold(temp);

describe("allocate on worker threads", () => {
  it("has a list over the 16 MiB threshold of the parallel path", () => {
    expect(statSync(list).size).toBeGreaterThan(16 * 1024 * 1024);
  });

  it("prints the same json and writes the same audit record as one thread", {
    timeout: 180_000,
  }, () => {
    const runs = ["1", "2"].map((threads) => {
      const dir = join(temp, `threads-${threads}`);
      mkdirSync(dir);
      const audit = join(dir, "audit.json");
      const args = ["allocate", "topplederprogrammet", list, "-f", "json", "--audit", audit];
      const run = runCli(args, { env: { COHORT_THREADS: threads } });
      return { ...run, audit: readFileSync(audit, "utf8") };
    });
    const [one, two] = runs as [(typeof runs)[0], (typeof runs)[0]];
    expect(one.code).toBe(1);
    expect(one.stdout).toContain("samme søker-ID står også på linje");
    expect(two.code).toBe(one.code);
    // The note on stderr names each run's own record.
    expect(two.stderr.replaceAll("threads-2", "threads-1")).toBe(one.stderr);
    expect(two.stdout === one.stdout).toBe(true);
    expect(two.audit === one.audit).toBe(true);
  });

  it("prints the same csv with carried columns as one thread", { timeout: 180_000 }, () => {
    const args = ["allocate", "topplederprogrammet", list, "-f", "csv", "-q"];
    const carry = ["--carry", "Navn,Motivasjon,Mangler"];
    const one = runCli([...args, ...carry], { env: { COHORT_THREADS: "1" } });
    const two = runCli([...args, ...carry], { env: { COHORT_THREADS: "2" } });
    expect(one.stderr).toContain("Mangler");
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout === one.stdout).toBe(true);
  });

  it("refuses a COHORT_THREADS that is not a count", () => {
    const result = runCli(["allocate", "topplederprogrammet", list], {
      env: { COHORT_THREADS: "0" },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'cohort: COHORT_THREADS is "0"; it takes a whole number from 1 (no worker threads) to 64\n',
    );
  });
});
