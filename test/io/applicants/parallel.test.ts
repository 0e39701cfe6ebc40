/**
 * The parallel check gives the single-threaded check's output, byte for byte:
 * every fixture and generated lists (both generators, with bad rows,
 * duplicate ids far apart, CRLF, `;`, a BOM), cut into ranges small enough
 * that cuts fall inside quoted fields, on the bundled worker script. Errors
 * (a NUL byte, a quote never closed, bad UTF-8) are the same message at the
 * same line.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { programInUse } from "../../../src/app/intake.js";
import { rowTextFor } from "../../../src/cli/check-row-text.js";
import { columnsRead, layoutFor } from "../../../src/core/applicants/layout.js";
import type { CheckRun } from "../../../src/core/check/run.js";
import { createChecker, type Verdict } from "../../../src/core/check/verdict.js";
import { CohortError } from "../../../src/errors.js";
import { CHECK_FORMATS } from "../../../src/format/check/index.js";
import { openApplicantList } from "../../../src/io/applicants/open.js";
import {
  checkInParallel,
  sequentialVerdicts,
  type VerdictStream,
} from "../../../src/io/applicants/parallel/check-in-parallel.js";
import { loadProgram } from "../../../src/io/load-program.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const WORKER = join(ROOT, "dist/check-worker.js");
const temp = mkdtempSync(join(tmpdir(), "cohort-parallel-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * "ndjson": one thread, ndjson only; `rows`: the worker threads write the
 * ndjson rows themselves (VerdictStream.rows), ndjson only.
 */
type Mode = "sequential" | "ndjson" | { rangeBytes: number; blindCuts?: boolean; rows?: boolean };
/** Ranges cut and read twice by the parallel runs of a test. */
let cuts = { ranges: 0, rereads: 0 };

/**
 * Both streaming text formats of the run, then the summary, or the error it
 * ended with after "\u0000error: ".
 */
const run = async (
  programRef: string,
  file: string,
  mode: Mode,
  intake?: string,
  /** Headers of columns to carry (one the list lacks is carried empty). */
  carryHeaders: readonly string[] = [],
): Promise<string> => {
  let text = "";
  const context = { cwd: ROOT, stdin: process.stdin, onProgramWarnings: () => {} };
  const loaded = await loadProgram(context, programRef);
  // An intake with classes reads the ranked choices too.
  const { program, chosen } = programInUse(loaded.file, loaded.program, { intake, today: "" });
  let stream: VerdictStream | undefined;
  try {
    const list = await openApplicantList({ path: file, display: "list.csv", stdin: process.stdin });
    const result = layoutFor(program, list.header, chosen?.intake.classes);
    if (!result.ok) throw new Error(`fixture does not fit: ${result.missing.join(", ")}`);
    const { layout } = result;
    const carry = carryHeaders.map((h) => list.header.indexOf(h));
    list.only?.([...columnsRead(layout), ...carry.filter((c) => c >= 0)]);
    const checker = createChecker(program, layout);
    const carried = carry.length > 0 ? { carry: [...carryHeaders] } : {};
    const rows = mode === "ndjson" || (typeof mode === "object" && mode.rows === true);
    stream =
      mode === "sequential" || mode === "ndjson"
        ? sequentialVerdicts(list, checker, carry)
        : checkInParallel({
            ...(carry.length > 0 ? { carry } : {}),
            file,
            display: "list.csv",
            program,
            list,
            layout,
            checker,
            threads: 2,
            minBytes: 0,
            rangeBytes: mode.rangeBytes,
            ...(mode.blindCuts ? { blindCuts: true } : {}),
            ...(mode.rows
              ? {
                  rowText: {
                    spec: {
                      format: "ndjson",
                      ...(carry.length > 0 ? { carryHeaders: [...carryHeaders] } : {}),
                    },
                    make: rowTextFor,
                  },
                }
              : {}),
            workerFile: WORKER,
          });
    if (typeof mode === "object" && mode.rows && stream && !stream.rows)
      throw new Error("the rows were not written on the worker threads");
    if (!stream) return "(not split)";
    const verdictStream = stream;
    const text$ = (chunk: string | Uint8Array) =>
      typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    // ndjson as the verdicts come (so a failing run keeps the rows before the
    // fault), then csv from the same verdicts again.
    const seen: (readonly Verdict[])[] = [];
    const live: CheckRun = {
      program: program.id,
      locale: program.locale,
      ...carried,
      verdicts: (async function* () {
        for await (const batch of verdictStream.batches) {
          seen.push(batch);
          yield batch;
        }
      })(),
      ...(verdictStream.rows ? { rows: verdictStream.rows } : {}),
      summary: () => verdictStream.summary(),
    };
    for await (const chunk of CHECK_FORMATS.ndjson(live, { color: false })) text += text$(chunk);
    if (rows) {
      if (seen.length > 0 && mode !== "ndjson") throw new Error("verdicts besides the rows");
      return `${text}\u0003${JSON.stringify(stream.summary())}`;
    }
    const replay: CheckRun = {
      program: program.id,
      locale: program.locale,
      ...carried,
      verdicts: (async function* () {
        yield* seen;
      })(),
      summary: () => verdictStream.summary(),
    };
    for await (const chunk of CHECK_FORMATS.csv(replay, { color: false })) text += text$(chunk);
    const summary = stream.summary();
    const ranges = stream.ranges?.();
    if (ranges)
      cuts = { ranges: cuts.ranges + ranges.ranges, rereads: cuts.rereads + ranges.rereads };
    return `${text}${JSON.stringify(summary)}`;
  } catch (error) {
    if (!(error instanceof CohortError)) throw error;
    return `${text}\u0000error: ${error.message} at ${JSON.stringify(error.location)}`;
  }
};

/**
 * The same output; for a run that fails, the same error after verdicts of the
 * same rows up to where each reader stopped (the single-threaded reader gives
 * up at the 64 KiB piece with the fault, the parallel one at its range).
 */
const same = async (
  programRef: string,
  file: string,
  ranges: number[],
  blindCuts = false,
  intake?: string,
  carry: readonly string[] = [],
) => {
  const expected = await run(programRef, file, "sequential", intake, carry);
  const expectedNdjson = await run(programRef, file, "ndjson", intake, carry);
  const modes = ranges.flatMap((rangeBytes) => [
    { rangeBytes, blindCuts, expected },
    { rangeBytes, blindCuts, rows: true, expected: expectedNdjson },
  ]);
  for (const { expected, ...mode } of modes) {
    const { rangeBytes } = mode;
    const actual = await run(programRef, file, mode, intake, carry);
    const [rows, error] = actual.split("\u0000");
    const [expectedRows, expectedError] = expected.split("\u0000");
    const where = `${file}, ranges of ${rangeBytes} bytes${mode.rows ? ", rows written by the workers" : ""}`;
    expect(error, where).toBe(expectedError);
    if (error === undefined) expect(rows === expectedRows, where).toBe(true);
    else {
      const [shorter, longer] = [rows!, expectedRows!].sort((a, b) => a.length - b.length);
      expect(longer!.startsWith(shorter!), where).toBe(true);
    }
  }
  return expected;
};

const write = (name: string, content: string | Buffer): string => {
  const file = join(temp, name);
  writeFileSync(file, content);
  return file;
};

const generate = (script: string, rows: number, name: string, args: string[] = []): string => {
  const file = join(temp, name);
  execFileSync(process.execPath, [join(ROOT, "bench", script), String(rows), file, ...args]);
  return file;
};

describe("parallel check", () => {
  it.each(readdirSync(join(ROOT, "fixtures/check")).filter((f) => f.endsWith(".csv")))(
    "fixture %s",
    async (name) => {
      // NAME-excel.csv is NAME's list as Excel saves it; NAME-2029.csv its list for intake 2029.
      const base = name.replace(/\.csv$/, "").replace(/-excel.*$/, "");
      const intake = /-(\d{4})$/.exec(base)?.[1];
      const program = intake ? base.slice(0, -5) : base;
      const output = await same(
        program,
        join(ROOT, "fixtures/check", name),
        [40, 333, 1 << 20],
        false,
        intake,
      );
      if (intake) expect(output).toContain('"choices":[');
    },
  );

  it("generated lists with bad rows and duplicate ids far apart, in every dialect", async () => {
    for (const [name, args] of [
      ["plain.csv", ["--invalid", "0.03"]],
      ["crlf-bom.csv", ["--crlf", "--bom", "--invalid", "0.01", "--seed", "2"]],
      ["semicolon.csv", ["--delimiter", ";", "--seed", "3"]],
    ] as const) {
      const file = generate("generate-applicants.mjs", 1500, name, [...args]);
      // Rows again near the end: their ids were first seen thousands of lines up.
      const text = readFileSync(file, "utf8");
      const rows = text.split(/\r?\n(?=S\d{7})/);
      writeFileSync(file, `${text}${rows[5]}\n${rows[900]}\n`);
      const output = await same("topplederprogrammet", file, [1000, 7919, 65536]);
      expect(output).toContain("duplicate applicant id");
    }
    // Three lists, each checked whole and in three range sizes: about 25 s on a
    // busy 2-core machine, so vitest's 30 s default was a flaky bound.
  }, 120_000);

  it("every row twice: each second one a duplicate, invalid ones too, with carried cells", async () => {
    const file = generate("generate-applicants.mjs", 700, "twice.csv", ["--invalid", "0.05"]);
    const text = readFileSync(file, "utf8");
    const body = text.slice(text.indexOf("\n") + 1);
    writeFileSync(file, `${text}${body}`);
    const output = await same("topplederprogrammet", file, [3001, 65536], false, undefined, [
      "Navn",
      "Mangler",
    ]);
    // Once in the ndjson and once in the csv of each copy.
    expect(output.match(/duplicate applicant id: also on line/g)?.length).toBe(1400);
    // An invalid row's copy lists its own problems, then the duplicate.
    expect(output).toMatch(
      /"problems":\[\{[^\n]*\},\{"column":"[^"]*","value":"S\d+","message":"duplicate/,
    );
  });

  it("each row right after itself: duplicates in the same range, at its first and last rows", async () => {
    const file = generate("generate-applicants.mjs", 400, "pairs.csv", ["--invalid", "0.05"]);
    const text = readFileSync(file, "utf8");
    const [header, ...rows] = text.trimEnd().split(/\n(?=S\d{7})/);
    // A blank line now and then moves the line numbers away from the row count.
    const pairs = rows.map((row, i) => `${row}\n${i % 7 === 0 ? "\n" : ""}${row}\n`).join("");
    writeFileSync(file, `${header}\n${pairs}`);
    // Ranges of a few rows: a pair is cut apart, or starts or ends a range.
    const output = await same("topplederprogrammet", file, [97, 251, 613, 65536]);
    expect(output.match(/duplicate applicant id: also on line/g)?.length).toBe(800);
  });

  it("an independent generator's form export (all fields quoted, CRLF inside quotes)", async () => {
    const file = generate("generate-form-export.mjs", 1200, "form.csv", ["--seed", "11"]);
    cuts = { ranges: 0, rereads: 0 };
    await same("topplederprogrammet", file, [500, 4099, 30000]);
    // The cuts are placed where whole records follow: almost none is read twice.
    expect(cuts.ranges).toBeGreaterThan(500);
    expect(cuts.rereads).toBeLessThan(cuts.ranges / 50);
    await same("topplederprogrammet", file, [4099], true);
  });

  it("carried columns: the same cells, quoted ones with line breaks, a missing one empty", async () => {
    const file = generate("generate-form-export.mjs", 800, "form-carry.csv", ["--seed", "5"]);
    const carry = ["Navn", "Hvorfor søker du?", "Mangler", "E-post", "Telefon"];
    const output = await same(
      "topplederprogrammet",
      file,
      [500, 4099, 30000],
      false,
      undefined,
      carry,
    );
    const first = JSON.parse(output.split("\n")[0]!);
    expect(Object.keys(first.carried)).toEqual(carry);
    expect(first.carried.Mangler).toBe("");
    expect(first.carried["E-post"]).toMatch(/@example\.no$/);
    // Some answers hold line breaks; they come through whole.
    expect(output).toMatch(/"Hvorfor søker du\?":"[^"]*\\r?\\n/);
  });

  // Many small ranges on worker threads: slow on a loaded machine.
  it("cuts inside quoted fields with line breaks, empty lines, ragged rows", {
    timeout: 180_000,
  }, async () => {
    const header =
      "Søker-ID,Navn,Sektor,Region,Ledernivå,Nominert,Bekreftet av leder,Leder siden,Poeng,Innsendt,Motivasjon\n";
    let body = "";
    for (let i = 0; i < 300; i++) {
      const id = `S${String(i % 280).padStart(7, "0")}`;
      const text = `"linje én\n\n${'tekst, "sitert"\n'.repeat(i % 7)}slutt"`;
      const ragged = i % 53 === 0 ? ",ekstra" : "";
      const empty = i % 31 === 0 ? "\n\n" : "";
      body += `${id},Kari Nordmann,kommune,vest,strategisk,ja,,2015-03-0${1 + (i % 9)},${i % 90}.5,2027-02-01T10:00,${text}${ragged}\n${empty}`;
    }
    const file = write("quoted.csv", header + body);
    cuts = { ranges: 0, rereads: 0 };
    await same("topplederprogrammet", file, [61, 101, 997]);
    // Cut blindly, most cuts fall inside the quotes: those ranges are read again.
    await same("topplederprogrammet", file, [61, 101, 997], true);
    expect(cuts.rereads).toBeGreaterThan(20);
  });

  // Many small ranges on worker threads: slow on a loaded machine.
  it("fails as the single-threaded reader does: NUL byte, bad UTF-8, a quote never closed", {
    timeout: 120_000,
  }, async () => {
    // Past the first 64 KiB, which decide the encoding (UTF-8: the header has "ø").
    const valid = readFileSync(generate("generate-applicants.mjs", 1200, "base.csv"));
    const middle = valid.indexOf("\nS0001000") + 20;
    const nul = write(
      "nul.csv",
      Buffer.concat([valid.subarray(0, middle), Buffer.from([0]), valid.subarray(middle)]),
    );
    const badUtf8 = write(
      "bad-utf8.csv",
      Buffer.concat([valid.subarray(0, middle), Buffer.from([0xc3, 0x28]), valid.subarray(middle)]),
    );
    const open = write(
      "open-quote.csv",
      Buffer.concat([valid, Buffer.from('S9999999,"Kari,kommune\n')]),
    );
    for (const file of [nul, badUtf8, open]) {
      const output = await same("topplederprogrammet", file, [3000, 40000]);
      expect(output).toContain("\u0000error: ");
    }
  });

  it("reads Windows-1252 lists as the single-threaded reader does", async () => {
    const text = readFileSync(join(ROOT, "fixtures/check/topplederprogrammet.csv"), "utf8");
    const file = write("cp1252.csv", Buffer.from(text.repeat(1).replace(/’/g, "'"), "latin1"));
    await same("topplederprogrammet", file, [60, 500]);
  });

  it("leaves old Mac line breaks (a lone CR) to the single-threaded reader", async () => {
    const text = readFileSync(join(ROOT, "fixtures/check/topplederprogrammet.csv"), "utf8");
    const file = write("mac.csv", text.replace(/\r?\n/g, "\r"));
    expect(await run("topplederprogrammet", file, { rangeBytes: 100 })).toBe("(not split)");
  });
});
