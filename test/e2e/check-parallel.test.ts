import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listOverThreshold } from "./large-list.js";
import { runCli } from "./run-cli.js";

const temp = mkdtempSync(join(tmpdir(), "cohort-check-parallel-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const list = listOverThreshold(temp, { crlf: true });

describe("check on worker threads", () => {
  it("has a list over the 16 MiB threshold of the parallel path", () => {
    expect(statSync(list).size).toBeGreaterThan(16 * 1024 * 1024);
  });

  // csv and json come from the same verdicts (test/io/applicants/parallel.test.ts).
  it("prints the same ndjson and summary as one thread", { timeout: 180_000 }, () => {
    const args = ["check", "topplederprogrammet", list, "--format", "ndjson"];
    const one = runCli(args, { env: { COHORT_THREADS: "1" } });
    const two = runCli(args, { env: { COHORT_THREADS: "2" } });
    expect(one.code).toBe(1);
    expect(one.stdout).toContain("duplicate applicant id");
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout === one.stdout).toBe(true);
  });

  it("carries the same cells as one thread (--carry, one column missing)", {
    timeout: 180_000,
  }, () => {
    const args = [
      "check",
      "topplederprogrammet",
      list,
      "-f",
      "ndjson",
      "--carry",
      "Navn,Motivasjon,Mangler",
    ];
    const one = runCli(args, { env: { COHORT_THREADS: "1" } });
    const two = runCli(args, { env: { COHORT_THREADS: "2" } });
    expect(one.code).toBe(1);
    expect(one.stderr).toContain("«Mangler»");
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout === one.stdout).toBe(true);
    const first = JSON.parse(one.stdout.slice(0, one.stdout.indexOf("\n")));
    expect(Object.keys(first.carried)).toEqual(["Navn", "Motivasjon", "Mangler"]);
    expect(first.carried.Navn).not.toBe("");
  });

  it("writes the same CSV file with -o --excel", { timeout: 180_000 }, () => {
    const one = join(temp, "one.csv");
    const two = join(temp, "two.csv");
    const args = ["check", "topplederprogrammet", list, "-q", "--excel", "-o"];
    expect(runCli([...args, one], { env: { COHORT_THREADS: "1" } }).code).toBe(1);
    expect(runCli([...args, two], { env: { COHORT_THREADS: "2" } }).code).toBe(1);
    expect(readFileSync(two).equals(readFileSync(one))).toBe(true);
  });

  it("streams stdin on one thread with the same result", { timeout: 180_000 }, () => {
    const args = ["check", "topplederprogrammet", "-", "--format", "ndjson", "-q"];
    const file = runCli(["check", "topplederprogrammet", list, "--format", "ndjson", "-q"]);
    const piped = runCli(args, { input: readFileSync(list) });
    expect(piped.stdout === file.stdout).toBe(true);
  });

  it("refuses a COHORT_THREADS that is not a count", () => {
    const result = runCli(["check", "topplederprogrammet", list], {
      env: { COHORT_THREADS: "many" },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'cohort: COHORT_THREADS is "many"; it takes a whole number from 1 (no worker threads) to 64\n',
    );
  });
});
