/**
 * The allocation use case in-process, on the repository's program and list:
 * it returns data (a decision, or the refused declines) and never words them.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runAllocation } from "../../src/app/allocation-run.js";
import { listSource } from "../../src/io/applicants/source.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const context = { cwd: root, stdin: Readable.from([]), onProgramWarnings: () => {} };
const list = listSource("fixtures/allocate/topplederprogrammet.csv");
const dir = mkdtempSync(join(tmpdir(), "cohort-app-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("runAllocation", () => {
  it("allocates, keeping the list's source and the hashes of what it read", async () => {
    const run = await runAllocation(context, { program: "topplederprogrammet", list });
    if (run.kind !== "allocated") throw new Error(`expected an allocation, got ${run.kind}`);
    expect(run.list).toBe(list);
    expect(run.seedGiven).toBe(false);
    expect(run.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(run.hashes.applicants).toMatch(/^[0-9a-f]{64}$/);
    expect(run.hashes.declined).toBeNull();
    expect(run.decision.summary.admitted).toBe(40);
    expect(run.parameters.total).toBe(40);
  });

  it("makes the rows as they are read: the same on every pass, each outcome's its own pass", async () => {
    const run = await runAllocation(context, { program: "topplederprogrammet", list });
    if (run.kind !== "allocated") throw new Error("expected an allocation");
    const { rows, summary } = run.decision;
    const first = [...rows];
    expect([...rows]).toEqual(first);
    expect(rows.length).toBe(first.length);
    const kinds = ["admitted", "waitlisted", "declined", "ineligible", "invalid"] as const;
    // In decision order: each outcome's rows together, in that order.
    expect(kinds.flatMap((kind) => [...rows.of(kind)])).toEqual(first);
    for (const kind of kinds) expect([...rows.of(kind)].length).toBe(summary[kind]);
    expect(summary.ineligible).toBeGreaterThan(0);
  });

  it("returns the ids that never held a seat as data, with why, instead of throwing", async () => {
    const first = await runAllocation(context, { program: "topplederprogrammet", list });
    if (first.kind !== "allocated") throw new Error("expected an allocation");
    const admitted = [...first.decision.rows].find((r) => r.outcome === "admitted")!.id;
    const file = join(dir, "declined.txt");
    writeFileSync(file, `Søker-ID\nNOBODY\n${admitted}\n`);
    const run = await runAllocation(context, {
      program: "topplederprogrammet",
      list,
      declined: file,
    });
    expect(run).toEqual({
      kind: "refused",
      file,
      refused: [{ id: "NOBODY", line: 2, why: "absent" }],
    });
  });
});
