/**
 * How far the reading of a list has come, as the readers tell it: rows and
 * bytes growing to the whole list, of the file's size; no size for stdin;
 * and on the worker-thread path of check, range by range in file order.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { layoutFor } from "../../../src/core/applicants/layout.js";
import { createChecker } from "../../../src/core/check/verdict.js";
import { openApplicantList } from "../../../src/io/applicants/open.js";
import { checkInParallel } from "../../../src/io/applicants/parallel/check-in-parallel.js";
import type { ReadProgress } from "../../../src/io/applicants/types.js";
import { loadProgram } from "../../../src/io/load-program.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const WORKER = join(ROOT, "dist/check-worker.js");
const temp = mkdtempSync(join(tmpdir(), "cohort-progress-"));
const LIST = join(temp, "list.csv");
const ROWS = 20_000;
beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, "bench/generate-applicants.mjs"), String(ROWS), LIST]);
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const growing = (told: readonly ReadProgress[]) => {
  for (let i = 1; i < told.length; i++) {
    expect(told[i]!.rows).toBeGreaterThanOrEqual(told[i - 1]!.rows);
    expect(told[i]!.bytes).toBeGreaterThanOrEqual(told[i - 1]!.bytes);
  }
};

describe("the progress of reading a list", () => {
  it("a file: rows and bytes up to the whole file, of its size", async () => {
    const told: ReadProgress[] = [];
    const list = await openApplicantList({
      path: LIST,
      display: "list.csv",
      stdin: process.stdin,
      onProgress: (p) => told.push(p),
    });
    let rows = 0;
    for await (const batch of list.batches) rows += batch.records.length;
    expect(rows).toBe(ROWS);
    expect(told.length).toBeGreaterThan(5);
    growing(told);
    const size = statSync(LIST).size;
    expect(told.at(-1)).toEqual({ rows: ROWS, bytes: size, totalBytes: size });
  });

  it("stdin: rows and bytes, of no known size", async () => {
    const told: ReadProgress[] = [];
    const list = await openApplicantList({
      path: "-",
      display: "<stdin>",
      stdin: Readable.from([Buffer.from("id,x\n1,a\n2,b\n")]),
      onProgress: (p) => told.push(p),
    });
    for await (const _ of list.batches);
    expect(told.at(-1)).toEqual({ rows: 2, bytes: 13, totalBytes: undefined });
  });

  it("the worker threads of check: range by range, to the whole file", async () => {
    const context = { cwd: ROOT, stdin: process.stdin, onProgramWarnings: () => {} };
    const { program } = await loadProgram(context, "topplederprogrammet");
    const list = await openApplicantList({ path: LIST, display: "list.csv", stdin: process.stdin });
    const result = layoutFor(program, list.header);
    if (!result.ok) throw new Error("the generated list does not fit the program");
    const told: ReadProgress[] = [];
    const stream = checkInParallel({
      file: LIST,
      display: "list.csv",
      program,
      list,
      layout: result.layout,
      checker: createChecker(program, result.layout),
      threads: 2,
      minBytes: 0,
      rangeBytes: 256 * 1024,
      workerFile: WORKER,
      onProgress: (p) => told.push(p),
    });
    expect(stream).toBeDefined();
    let rows = 0;
    for await (const batch of stream!.batches) rows += batch.length;
    expect(rows).toBe(ROWS);
    expect(told.length).toBe(stream!.ranges!().ranges);
    growing(told);
    const size = statSync(LIST).size;
    expect(told.at(-1)).toEqual({ rows: ROWS, bytes: size, totalBytes: size });
  });
});
