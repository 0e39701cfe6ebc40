/**
 * The worker thread of a parallel check (dist/check-worker.js): checks the
 * byte ranges of the list it is sent (the main thread reads them into slots
 * of a buffer both share, counting their line breaks on the way, so that each
 * comes with the line it starts on) and answers with their verdicts, packed.
 * It builds the same layout and rule as the main thread from the same program
 * and header, sent as its first message (WorkerSetup): the thread is started
 * before the main thread has cut the list, so that its start-up (the modules
 * it loads) overlaps that work instead of following it.
 */
import { parentPort } from "node:worker_threads";
import { type Layout, layoutFor } from "../../../core/applicants/layout.js";
import type { Program, ProgramClass } from "../../../core/program/schema.js";
import { compileRule } from "../../../core/rules/compile.js";
import { CohortError } from "../../../errors.js";
import {
  checkRange,
  type MakeRowText,
  type RangeSink,
  ReasonTable,
  type RowTextSpec,
  type SpareBuffers,
} from "./range-check.js";
import type { RangeDialect } from "./range-reader.js";

export interface WorkerSetup {
  program: Program;
  header: string[];
  /** The classes of the intake worked on: choices are resolved against them. */
  classes: readonly ProgramClass[] | undefined;
  dialect: RangeDialect;
  /** The slots the main thread reads ranges into, each `slotBytes` long. */
  ring: SharedArrayBuffer;
  slotBytes: number;
  /** The format that has the rows written here, if any. */
  rowText?: RowTextSpec;
}

export interface RangeJob {
  job: number;
  start: number;
  end: number;
  final: boolean;
}

/** A range as a worker is sent it: the slot its bytes are in, and its first line. */
export interface RangeTask extends RangeJob {
  slot: number;
  firstLine: number;
}

/**
 * Runs the worker; `makeRowText`: the row functions of the formats
 * (src/cli/check-worker.ts); `makeSink`: what else each range is to answer
 * with, from its eligible records' values (allocate's, src/cli/allocate-worker.ts).
 */
export const startCheckWorker = (
  makeRowText: MakeRowText,
  makeSink?: (program: Program, layout: Layout) => () => RangeSink,
): void => {
  const port = parentPort!;
  let handle: ((message: WorkerMessage) => void) | undefined;
  // The first message is the setup; every later one goes to what it set up.
  port.on("message", (message: WorkerSetup | WorkerMessage) => {
    if (handle) handle(message as WorkerMessage);
    else if (message === "close") port.close();
    else handle = setUp(message as WorkerSetup, makeRowText, makeSink);
  });
};

type WorkerMessage = RangeTask | "close" | { recycle: SpareBuffers };

/** The layout, rule and buffers of a setup, and the handler of the ranges that follow it. */
const setUp = (
  setup: WorkerSetup,
  makeRowText: MakeRowText,
  makeSink?: (program: Program, layout: Layout) => () => RangeSink,
): ((message: WorkerMessage) => void) => {
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
  const sinkFor = makeSink?.(setup.program, layout);
  const port = parentPort!;
  // A range is read where it lies, in its slot of the shared buffer: the
  // decoders copy what they decode, so nothing of the slot is kept past the
  // answer, after which the main thread reads the next range into it.

  /** Buffers of ranges the main thread has taken and sent back, for the next ranges. */
  const spares: SpareBuffers[] = [];

  return (job) => {
    if (job === "close") {
      port.close();
      return;
    }
    if ("recycle" in job) {
      if (spares.length < 2) spares.push(job.recycle);
      return;
    }
    const length = job.end - job.start;
    try {
      const verdicts = checkRange(
        new Uint8Array(setup.ring, job.slot * setup.slotBytes, length),
        setup.dialect,
        job.firstLine,
        job.final,
        checker,
        table,
        rowText,
        spares.pop(),
        sinkFor?.(),
      );
      port.postMessage({ job: job.job, verdicts, slot: job.slot }, [
        verdicts.lines.buffer,
        verdicts.kinds.buffer,
        verdicts.reasons.buffer,
        verdicts.idEnds.buffer,
        verdicts.hashes.buffer,
        verdicts.text.buffer,
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
        slot: job.slot,
      });
    }
  };
};
