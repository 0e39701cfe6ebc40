/**
 * The worker thread of a parallel check (dist/check-worker.js): reads the byte
 * ranges it is sent from the list and answers with their verdicts, packed.
 * It builds the same layout and rule as the main thread from the same program
 * and header.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { layoutFor } from "../../../core/applicants/layout.js";
import type { Program, ProgramClass } from "../../../core/program/schema.js";
import { compileRule } from "../../../core/rules/compile.js";
import { CohortError } from "../../../errors.js";
import { checkRange, type MakeRowText, ReasonTable, type RowTextSpec } from "./range-check.js";
import type { RangeDialect } from "./range-reader.js";

export interface WorkerSetup {
  path: string;
  program: Program;
  header: string[];
  /** The classes of the intake worked on: choices are resolved against them. */
  classes: readonly ProgramClass[] | undefined;
  dialect: RangeDialect;
  /** The longest range it will be sent, in bytes. */
  maxBytes: number;
  /** The format that has the rows written here, if any. */
  rowText?: RowTextSpec;
}

export interface RangeJob {
  job: number;
  start: number;
  end: number;
  final: boolean;
}

/** Runs the worker; `makeRowText`: the row functions of the formats (src/cli/check-worker.ts). */
export const startCheckWorker = (makeRowText: MakeRowText): void => {
  const setup = workerData as WorkerSetup;
  const result = layoutFor(setup.program, setup.header, setup.classes);
  if (!result.ok)
    throw new Error("the header does not fit the program (the main thread checked it)");
  const { layout } = result;
  const checker = {
    layout,
    rule: compileRule(setup.program.eligibility, {
      program: setup.program,
      position: layout.position,
    }),
  };
  const table = new ReasonTable();
  const rowText = setup.rowText ? makeRowText(setup.rowText) : undefined;
  const fd = openSync(setup.path, "r");
  const buffer = Buffer.allocUnsafeSlow(setup.maxBytes);
  const port = parentPort!;

  /** Buffers of rows the main thread has copied out and sent back, for the next ranges' rows. */
  const spares: ArrayBuffer[] = [];

  port.on("message", (job: RangeJob | "close" | { recycle: ArrayBuffer }) => {
    if (job === "close") {
      closeSync(fd);
      port.close();
      return;
    }
    if ("recycle" in job) {
      if (spares.length < 2) spares.push(job.recycle);
      return;
    }
    try {
      const length = job.end - job.start;
      let read = 0;
      while (read < length) {
        const n = readSync(fd, buffer, read, length - read, job.start + read);
        if (n === 0) throw new Error(`the list ended early, at byte ${job.start + read}`);
        read += n;
      }
      const verdicts = checkRange(
        buffer.subarray(0, length),
        setup.dialect,
        1,
        job.final,
        checker,
        table,
        rowText,
        spares.pop(),
      );
      port.postMessage({ job: job.job, verdicts }, [
        verdicts.lines.buffer,
        verdicts.kinds.buffer,
        verdicts.reasons.buffer,
        verdicts.idEnds.buffer,
        verdicts.hashes.buffer,
        verdicts.text.buffer,
        verdicts.lineAt.buffer,
        verdicts.ids.buffer,
        verdicts.choices.buffer,
        verdicts.choiceEnds.buffer,
        verdicts.carried.buffer,
        verdicts.carriedEnds.buffer,
      ] as ArrayBuffer[]);
    } catch (error) {
      // The main thread reads the range again itself to report a CohortError
      // with its real line numbers; anything else is a bug, passed on as it is.
      port.postMessage({
        job: job.job,
        failed: error instanceof CohortError ? "input" : String((error as Error)?.stack ?? error),
      });
    }
  });
};
