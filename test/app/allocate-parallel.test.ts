/**
 * allocate on worker threads decides what it decides on one thread, byte for
 * byte in json, csv and the audit record's sections: generated lists with bad
 * rows, ragged rows, duplicate ids right after the first (so that cuts fall
 * between them), carried columns and ranked choices, cut into ranges of a few
 * rows and read by the bundled worker (dist/allocate-worker.js). Leader
 * groups are checked across rows, so such a list stays on one thread.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { type AllocationInputs, runAllocation } from "../../src/app/allocation-run.js";
import { auditRecord } from "../../src/core/decision/audit.js";
import { formatAuditRecord } from "../../src/format/allocate/audit.js";
import { ALLOCATE_FORMATS } from "../../src/format/allocate/index.js";
import type { Chunk } from "../../src/format/formatter.js";
import { listSource } from "../../src/io/applicants/source.js";
import { sha256Pieces } from "../../src/io/hash.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WORKER = join(ROOT, "dist/allocate-worker.js");
const temp = mkdtempSync(join(tmpdir(), "cohort-allocate-parallel-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const text = async (pieces: Iterable<Chunk> | AsyncIterable<Chunk>): Promise<string> => {
  let out = "";
  for await (const piece of pieces)
    out += typeof piece === "string" ? piece : Buffer.from(piece).toString("base64");
  return out;
};

/** The run's json, csv and audit record, or the error it ended with. */
const outputs = async (env: Record<string, string>, inputs: AllocationInputs): Promise<string> => {
  const context = { cwd: ROOT, stdin: Readable.from([]), onProgramWarnings: () => {}, env };
  try {
    const run = await runAllocation(context, inputs);
    if (run.kind !== "allocated") return JSON.stringify(run);
    const options = { color: false };
    const record = auditRecord({
      tool: "cohort test",
      decision: run.decision,
      intake: run.intake,
      seedGiven: run.seedGiven,
      parameters: run.parameters,
      digest: sha256Pieces,
      inputs: {
        program: { path: "program.yaml", sha256: run.hashes.program },
        applicants: { path: "list.csv", sha256: run.hashes.applicants },
      },
    });
    return [
      `seed ${run.seed}, list ${run.hashes.applicants}`,
      await text(ALLOCATE_FORMATS.json(run.decision, options)),
      await text(ALLOCATE_FORMATS.csv(run.decision, options)),
      await text(formatAuditRecord(record, undefined)),
    ].join("\n");
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};

/**
 * One thread, and two worker threads on ranges of each size, give the same
 * (`blindCuts`: cut just after a line break, inside quotes or not).
 */
const same = async (inputs: AllocationInputs, rangeSizes: readonly number[], blindCuts = false) => {
  const one = await outputs({ COHORT_THREADS: "1" }, inputs);
  expect(one).not.toMatch(/^error/);
  for (const rangeBytes of rangeSizes) {
    const two = await outputs(
      { COHORT_THREADS: "2" },
      { ...inputs, parallel: { minBytes: 0, rangeBytes, workerFile: WORKER, blindCuts } },
    );
    expect(two === one, `ranges of ${rangeBytes} bytes`).toBe(true);
  }
  return one;
};

/**
 * One thread, and two worker threads on ranges of each size, each way of
 * cutting (`blindCuts`: just after a line break, inside quotes or not, so
 * that ranges are read again on the main thread), end in the same error.
 */
const sameError = async (inputs: AllocationInputs, rangeSizes: readonly number[]) => {
  const one = await outputs({ COHORT_THREADS: "1" }, inputs);
  expect(one).toMatch(/^error: /);
  for (const rangeBytes of rangeSizes)
    for (const blindCuts of [false, true]) {
      const two = await outputs(
        { COHORT_THREADS: "2" },
        { ...inputs, parallel: { minBytes: 0, rangeBytes, workerFile: WORKER, blindCuts } },
      );
      expect(two, `ranges of ${rangeBytes} bytes`).toBe(one);
    }
  return one;
};

/** The list is split: with a worker script that is not there, the run fails. */
const splits = async (inputs: AllocationInputs): Promise<boolean> =>
  (
    await outputs(
      { COHORT_THREADS: "2" },
      {
        ...inputs,
        parallel: { minBytes: 0, rangeBytes: 4096, workerFile: join(temp, "absent.js") },
      },
    )
  ).startsWith("error");

// 3,000 rows, some bad; every 50th row again right after itself, rows
// repeated at the end, and ragged rows (a field short, a field too many).
const list = join(temp, "applicants.csv");
execFileSync(process.execPath, [
  join(ROOT, "bench/generate-applicants.mjs"),
  "3000",
  list,
  "--seed",
  "7",
  "--invalid",
  "0.02",
]);
{
  const [header, ...rows] = readFileSync(list, "utf8").split(/\n(?=S\d{7}|$)/);
  const out = [header!];
  rows.forEach((row, i) => {
    if (row === "") return;
    out.push(row);
    if (i % 50 === 0) out.push(row);
    if (i === 1000) out.push(row.replace(/,[^,]*$/, ""));
    if (i === 2000) out.push(`${row},extra`);
  });
  out.push(rows[10]!, rows[2500]!);
  writeFileSync(list, `${out.join("\n")}\n`);
}

// The same list with a column of ranked choices, for an intake with classes.
const withChoices = join(temp, "choices.csv");
{
  const names = ["Oslo A", "Oslo B", "Bergen A", "Bergen", "Tromsø", "Narvik"];
  const lines = readFileSync(list, "utf8").split(/\n(?=S\d{7}|$)/);
  writeFileSync(
    withChoices,
    lines
      .map((line, i) => {
        if (line === "") return line;
        if (i === 0) return `${line},Ønsket studiested`;
        const picked = [names[i % 6], names[(i * 7) % 6]].filter(
          (n, j, all) => all.indexOf(n) === j,
        );
        return `${line},"${i % 13 === 0 ? "hvor som helst" : picked.join(", ")}"`;
      })
      .join("\n"),
  );
}
const classesProgram = join(temp, "classes.yaml");
writeFileSync(
  classesProgram,
  readFileSync(join(ROOT, "programs/topplederprogrammet.yaml"), "utf8")
    .replace("id: topplederprogrammet", "id: topplederprogrammet-classes")
    .replace(
      "\neligibility:",
      "\n  choices: { column: Ønsket studiested, any: [hvor som helst] }\neligibility:",
    )
    .concat(
      [
        "intakes:",
        "  - id: test",
        "    label: Test",
        "    classes:",
        "      - { id: oslo-a, label: Oslo A, site: Oslo, seats: 5 }",
        "      - { id: oslo-b, label: Oslo B, site: Oslo, seats: 5 }",
        "      - { id: oslo-c, label: Oslo C, site: Oslo, seats: 5 }",
        "      - { id: bergen-a, label: Bergen A, site: Bergen, seats: 5 }",
        "      - { id: bergen-b, label: Bergen B, site: Bergen, seats: 5 }",
        "      - { id: bergen-c, label: Bergen C, site: Bergen, seats: 5 }",
        "      - { id: tromso-a, label: Tromsø A, site: Tromsø, seats: 5 }",
        "      - { id: tromso-b, label: Tromsø B, site: Tromsø, seats: 5 }",
        "",
      ].join("\n"),
    ),
);

// Rows of each kind in turn, a few dozen, so that ranges of one or two rows
// start and end on each: eligible, ineligible, invalid (a score that is no
// number), an eligible row with a quoted answer over several lines that look
// like rows (a cut placed inside it ends its range inside a record), and
// duplicates of each kind, in the next range and far away, one of an invalid
// row (its problems and the duplicate's), two rows without an id.
const header =
  "Søker-ID,Navn,Sektor,Region,Ledernivå,Nominert,Bekreftet av leder,Leder siden,Poeng,Innsendt,Motivasjon";
const row = (id: string, kind: number, i: number): string => {
  const level = kind === 1 ? "operativ" : "strategisk";
  const score = kind === 2 ? "mange" : `${(i * 37) % 100}.5`;
  const sector = i % 3 === 0 ? "kommune" : "spesialist";
  const text =
    kind === 3
      ? `"Svar over flere linjer:\n${`S7777777,Kari,kommune,vest,strategisk,ja,ja,2015-01-01,50,2027-01-01T10:00,x\n`.repeat(4)}slutt"`
      : `"Svar ${i}"`;
  return `${id},Søker ${i},${sector},${["vest", "nord", "sor-ost"][i % 3]},${level},ja,,2015-03-0${1 + (i % 9)},${score},2027-02-01T10:${String(i % 60).padStart(2, "0")},${text}`;
};
const edges = join(temp, "edges.csv");
{
  const rows: string[] = [];
  const kinds: number[] = [];
  for (let i = 0; i < 160; i++) {
    const kind = [0, 1, 2, 0, 3, 1, 0, 2, 2, 1, 1, 0][i % 12]!;
    const id = `S${String(1000 + i).padStart(7, "0")}`;
    rows.push(row(id, kind, i));
    kinds.push(kind);
    // The row before again, or one far back: each kind duplicated, in the next range and later.
    if (i % 7 === 3) rows.push(row(`S${String(1000 + i - 1).padStart(7, "0")}`, kinds[i - 1]!, i));
    if (i % 19 === 18) rows.push(row(`S${String(1000 + i - 17).padStart(7, "0")}`, 0, i));
    if (i === 40 || i === 120) rows.push(row("", 0, i));
  }
  // The first rows again at the end: an invalid one among them (S0001002).
  rows.push(row("S0001000", 0, 1), row("S0001001", 0, 2), row("S0001002", 2, 3));
  writeFileSync(edges, `${header}\n${rows.join("\n")}\n`);
}

describe("allocate on worker threads", () => {
  it("has the bundled worker script (npm run build)", () => {
    expect(existsSync(WORKER)).toBe(true);
  });

  it("decides as one thread: bad and ragged rows, duplicates at range edges", {
    timeout: 120_000,
  }, async () => {
    const inputs = { program: "topplederprogrammet", list: listSource(list) };
    expect(await splits(inputs)).toBe(true);
    const one = await same(inputs, [997, 4096, 65_536]);
    expect(one).toContain("samme søker-ID står også på linje");
  });

  it("decides as one thread: each kind of row at range edges, duplicates of each kind", {
    timeout: 180_000,
  }, async () => {
    const inputs = { program: "topplederprogrammet", list: listSource(edges) };
    expect(await splits(inputs)).toBe(true);
    const one = await same(inputs, [97, 400, 1500]);
    expect(one).toContain("samme søker-ID står også på linje");
    // Cut blindly: most cuts fall inside the quoted answers, and the range
    // after one is read again on the main thread.
    await same(inputs, [97, 700], true);
    await same({ ...inputs, carry: ["Navn", "Motivasjon", "Finnes ikke"] }, [211], true);
  });

  it("fails as one thread does where a range fails: a NUL byte, a quote never closed", {
    timeout: 120_000,
  }, async () => {
    const bytes = readFileSync(edges);
    const middle = bytes.indexOf("\nS0001080") + 20;
    const nul = join(temp, "nul.csv");
    writeFileSync(
      nul,
      Buffer.concat([bytes.subarray(0, middle), Buffer.from([0]), bytes.subarray(middle)]),
    );
    const open = join(temp, "open-quote.csv");
    writeFileSync(open, Buffer.concat([bytes, Buffer.from('S9999999,"Kari,kommune\n')]));
    for (const file of [nul, open])
      await sameError({ program: "topplederprogrammet", list: listSource(file) }, [400, 3000]);
  });

  it("carries the same cells as one thread, a column the list lacks empty", {
    timeout: 120_000,
  }, async () => {
    await same(
      {
        program: "topplederprogrammet",
        list: listSource(list),
        carry: ["Navn", "Motivasjon", "Finnes ikke"],
      },
      [1500, 8192],
    );
  });

  it("reads the ranked choices as one thread, for an intake with classes", {
    timeout: 120_000,
  }, async () => {
    const inputs = {
      program: classesProgram,
      list: listSource(withChoices),
      intake: "test",
      carry: ["Navn"],
    };
    expect(await splits(inputs)).toBe(true);
    const one = await same(inputs, [1200, 16_384]);
    expect(one).toContain("oslo-a");
  });

  it("keeps a list with leader groups on one thread, deciding the same", {
    timeout: 60_000,
  }, async () => {
    const inputs = {
      program: "ous-ledergruppeutvikling",
      list: listSource("fixtures/allocate/ous-ledergruppeutvikling-2027.csv"),
    };
    expect(await splits(inputs)).toBe(false);
    await same(inputs, [64]);
  });
});
