/**
 * `cohort check` on every core: a CSV file is cut into byte ranges that start
 * at records, worker threads read and check the ranges (typing, rules,
 * reasons), and the main thread takes their verdicts in file order, adding
 * what needs the whole file before a row: its line number and the
 * duplicate-id check. The verdicts are the single-threaded checker's, byte
 * for byte once formatted (test/io/applicants/parallel.test.ts).
 *
 * A cut can fall inside a quoted field that holds a line break. Cuts are
 * placed where the records that follow look whole (the header's number of
 * fields), and every cut is proven afterwards: a range that ends inside a
 * record says how many bytes of it are open, and the next range is read again
 * from where that record starts. A range that fails (a NUL byte, a quote never
 * closed) is read again on the main thread, so the error is the one the
 * single-threaded reader gives, with its line.
 *
 * Not for stdin, FIFOs, workbooks or small files (MIN_PARALLEL_BYTES): those
 * stream on the main thread (sequentialVerdicts).
 */
import { isAscii, isUtf8 } from "node:buffer";
import { closeSync, constants, existsSync, fstatSync, openSync, readSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Choice } from "../../../core/allocation/types.js";
import { type CellProblem, columnsRead, type Layout } from "../../../core/applicants/layout.js";
import { IdSet } from "../../../core/check/id-set.js";
import {
  type Checker,
  type CheckSummary,
  type Verdict,
  type VerdictKind,
  withEmptyRows,
} from "../../../core/check/verdict.js";
import type { Program } from "../../../core/program/schema.js";
import { usageError } from "../../../errors.js";
import { CsvScanner } from "../csv-scanner.js";
import type { ApplicantList, CsvEncoding, ReadProgress, RecordBatch } from "../types.js";
import { carriedReader } from "./carried-reader.js";
import {
  checkRange,
  ELIGIBLE,
  INELIGIBLE,
  INVALID,
  KINDS,
  type MakeRowText,
  type RangeSink,
  type RangeVerdicts,
  ReasonTable,
  type RowTextSpec,
  spareBuffers,
} from "./range-check.js";
import type { RangeDialect } from "./range-reader.js";
import type { RangeJob, RangeTask, WorkerSetup } from "./worker.js";

/**
 * Smaller lists are checked on the main thread: starting the workers costs
 * about as much as checking this many bytes (docs/performance.md).
 */
export const MIN_PARALLEL_BYTES = 16 * 1024 * 1024;
/** Ranges are at most this long: the verdicts waiting for their turn stay few. */
const MAX_RANGE_BYTES = 512 * 1024;
const MIN_RANGE_BYTES = 256 * 1024;
/** Ranges checked ahead of the one the main thread is at, per worker. */
const AHEAD = 2;
/** Verdicts handed on at a time. */
const YIELD = 512;
/** Records after a cut that must have the header's number of fields. */
const WHOLE_RECORDS = 3;

/** Verdicts in file order, in batches, and their counts once all are taken. */
export interface VerdictStream {
  batches: AsyncIterable<readonly Verdict[]>;
  summary(): CheckSummary;
  /** How a parallel check cut the list, and how many ranges it read twice (cut inside a record). */
  ranges?(): { ranges: number; rereads: number };
  /**
   * The rows as the format asked for (ParallelCheckInput.rowText) writes
   * them, in file order, when the worker threads wrote them: `batches` is
   * then empty. Absent when the list was checked on this thread.
   */
  rows?: AsyncIterable<Uint8Array>;
  /**
   * With a sink (ParallelCheckInput.sink, allocate's): each range as the
   * worker packed it, its duplicate ids found and made invalid, in file
   * order, for a reader that takes the columns as they are (no verdict
   * object a row). Taken instead of `batches`, each range before the next is
   * asked for: its buffers then go back to the worker. Absent when the list
   * was checked on this thread.
   */
  columns?: AsyncIterable<TakenRange>;
}

/**
 * A range's verdicts as columns, final: `range.kinds` says INVALID for a
 * duplicate id, `problems` holds every invalid record's problems (the
 * duplicate's added last, as a verdict has them), the lines are the file's.
 */
export interface TakenRange {
  range: RangeVerdicts;
  /** The problems of the range's invalid records, by index, in index order. */
  problems: readonly (readonly [number, CellProblem[]])[];
  /** The reason lists `range.reasons` numbers (shared: formats know them by identity). */
  reasonLists: readonly (readonly string[])[];
  /** The ids of the range, `range.ids` as one string (record i's ends at idEnds[i]). */
  ids: string;
  /** The carried cells, `range.carried` as one string; carriedEnds as for the ids. */
  carriedText: string;
  /**
   * The columns carried, by index in the list (-1: the list lacks it, an
   * empty cell); the range holds the others' cells, in this order.
   */
  carry: readonly number[];
  /** A record's resolved choices, from range.choices[start, end), shared as the verdicts share them. */
  choiceList: (start: number, end: number) => readonly Choice[];
}

/**
 * The cells of the carried columns (indexes in the list, -1 for one it
 * lacks), trimmed, for each record of a batch. A reader's longer cells are
 * slices of its 64 KiB piece of text, which a kept slice keeps alive: the
 * cells are copied into one string for the batch and sliced from that, so
 * what the results hold is the carried text alone (as on worker threads).
 */
export const carriedCells = (
  records: readonly (readonly string[])[],
  carry: readonly number[],
): string[][] => {
  const k = carry.length;
  const ends = new Uint32Array(records.length * k);
  let joined = "";
  for (let i = 0; i < records.length; i++) {
    const cells = records[i]!;
    for (let j = 0; j < k; j++) {
      const at = carry[j]!;
      if (at >= 0) joined += (cells[at] ?? "").trim();
      ends[i * k + j] = joined.length;
    }
  }
  // Flattened once (a copy), so that the slices below share it, not the pieces.
  const text = joined.length > 0 ? Buffer.from(joined, "utf16le").toString("utf16le") : "";
  const out = new Array<string[]>(records.length);
  let start = 0;
  for (let i = 0; i < records.length; i++) {
    const row = new Array<string>(k);
    for (let j = 0; j < k; j++) {
      const end = ends[i * k + j]!;
      row[j] = text.slice(start, end);
      start = end;
    }
    out[i] = row;
  }
  return out;
};

/**
 * The single-threaded path: the checker over the streamed list, each
 * verdict with the cells of the columns carried when there are any.
 */
export const sequentialVerdicts = (
  list: ApplicantList,
  checker: Checker,
  carry: readonly number[] = [],
): VerdictStream => ({
  batches: (async function* () {
    for await (const batch of list.batches) {
      const verdicts = new Array<Verdict>(batch.records.length);
      for (let i = 0; i < verdicts.length; i++) {
        verdicts[i] = checker.check(batch.records[i]!, batch.lines[i]!, batch.unsaved?.get(i));
      }
      if (carry.length > 0) {
        const carried = carriedCells(batch.records, carry);
        for (let i = 0; i < verdicts.length; i++) verdicts[i]!.carried = carried[i]!;
      }
      yield verdicts;
    }
  })(),
  summary: () => withEmptyRows(checker.summary(), list.emptyRows?.() ?? 0),
});

export interface ParallelCheckInput {
  /** The list's absolute path. */
  file: string;
  display: string;
  program: Program;
  /** The list as opened for the single-threaded path (header read). */
  list: ApplicantList;
  layout: Layout;
  checker: Checker;
  /** Columns carried into the results, by index in the list (-1: the list lacks it). */
  carry?: readonly number[];
  /** The encoding the user forced, if any. */
  encoding?: CsvEncoding;
  /** Worker threads; 1 or less means none. Default: the cores, at most 4. */
  threads?: number;
  /** Tests make these small to put many cuts into small lists. */
  minBytes?: number;
  rangeBytes?: number;
  /** Cut just after the first line break past each nominal cut, unchecked (tests). */
  blindCuts?: boolean;
  /** The worker script; default: dist/check-worker.js (`workerName`: another of dist/). */
  workerFile?: string;
  workerName?: string;
  /**
   * For a worker script whose ranges answer with more (allocate's): the same
   * for a range read on this thread, to go with its verdicts (`extra`).
   */
  sink?: () => RangeSink;
  /** Sees the list's bytes, once each and in file order, as they are read. */
  tap?: (bytes: Uint8Array) => void;
  /**
   * The format of the output, when the worker threads can write its rows
   * (the main thread then only checks ids and copies bytes): `rows`.
   */
  rowText?: { spec: Omit<RowTextSpec, "carry">; make: MakeRowText };
  /** Told how far the check has come after each range, in file order. */
  onProgress?: ((progress: ReadProgress) => void) | undefined;
}

/** The bundled worker script, next to the CLI in dist/ (absent when running from source). */
const defaultWorkerFile = (name = "check-worker"): string | undefined => {
  for (const candidate of [`../${name}.js`, `../../../../dist/${name}.js`]) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(file)) return file;
  }
  return undefined;
};

/** Verdicts whose typed values stay in the worker: check's formats never read them. */
export class ParallelVerdict implements Verdict {
  constructor(
    readonly id: string,
    readonly line: number,
    readonly verdict: VerdictKind,
    readonly reasons: string[],
    readonly problems: CellProblem[],
    readonly choices?: readonly Choice[],
    readonly carried?: readonly string[],
  ) {}

  get values(): never {
    throw new Error("the typed values of a row checked on a worker thread are not kept");
  }
}

const NONE: never[] = [];
// Ids come from decoded text, so they hold no lone surrogates for this to replace.
const UTF16 = new TextDecoder("utf-16le");

/** The problem of an id already seen on line `earlier`, as every path words it. */
const duplicateProblem = (column: string, id: string, earlier: number): CellProblem => ({
  column,
  value: id,
  message: `duplicate applicant id: also on line ${earlier}`,
  code: "duplicate-id",
  numbers: [earlier],
});

const readAt = (fd: number, start: number, length: number, into?: Buffer): Buffer => {
  const bytes = into && into.length >= length ? into : Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, bytes, read, length - read, start + read);
    if (n === 0) break;
    read += n;
  }
  return bytes.subarray(0, read);
};

/** Line breaks (LF) in `bytes`: a range's first line is one more than those before it. */
const lineBreaks = (bytes: Buffer): number => {
  let n = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) n++;
  return n;
};

/**
 * Where the first data record starts: after the header record, which ends at
 * the line break numbered headerLine + the breaks inside its quoted cells.
 * Undefined for old Mac line breaks (a lone CR) or a header past the head.
 */
const dataStart = (head: Buffer, list: ApplicantList): number | undefined => {
  let breaks = list.headerLine;
  for (const cell of list.header)
    for (let i = cell.indexOf("\n"); i >= 0; i = cell.indexOf("\n", i + 1)) breaks++;
  let at = -1;
  for (let n = 0; n < breaks; n++) {
    at = head.indexOf(0x0a, at + 1);
    if (at < 0) return undefined;
  }
  for (let cr = head.indexOf(0x0d); cr >= 0 && cr < at; cr = head.indexOf(0x0d, cr + 1)) {
    if (head[cr + 1] !== 0x0a) return undefined;
  }
  return at + 1;
};

/**
 * The encoding the single-threaded reader would pick: the first 64 KiB piece
 * (cut after a line break) holding a non-ASCII byte decides, UTF-8 if it is
 * valid UTF-8. A list that is ASCII throughout reads the same either way.
 */
const detectEncoding = (fd: number, size: number): CsvEncoding => {
  const piece = 64 * 1024;
  // One buffer for every piece: a list that is ASCII throughout is read whole here.
  const scratch = Buffer.allocUnsafe(piece);
  for (let start = 0; start < size; ) {
    const bytes = readAt(fd, start, Math.min(piece, size - start), scratch);
    let cut = bytes.length;
    if (start + bytes.length < size) {
      const lf = bytes.lastIndexOf(0x0a);
      if (lf >= 0) cut = lf + 1;
    }
    const part = bytes.subarray(0, cut);
    if (!isAscii(part)) return isUtf8(part) ? "utf-8" : "windows-1252";
    start += cut;
  }
  return "utf-8";
};

/**
 * A cut near `nominal`: just after a line break that the next few records
 * read whole from. The guess may still be wrong (checked later); it is only
 * meant to be right nearly always, so that little is read twice.
 */
const cutNear = (
  fd: number,
  nominal: number,
  size: number,
  dialect: RangeDialect,
  width: number,
  near: number,
  /** Read into (at least `near` bytes), for every cut: the main thread's garbage stays small. */
  scratch: Buffer,
): number => {
  const window = readAt(fd, nominal, Math.min(near, size - nominal), scratch);
  // Only as much of the window as is looked at is made text (a few KiB
  // nearly always: the next records after one of the first line breaks), so
  // that the cuts make little garbage: on this thread it would grow the
  // young generation for the rest of the run.
  let text = "";
  /** The text holds the window's first `chars` bytes at least (or all of it). */
  const ensure = (chars: number): void => {
    if (text.length >= Math.min(chars, window.length)) return;
    text = window.toString("latin1", 0, Math.min(window.length, Math.max(chars, text.length * 2)));
  };
  const nextBreak = (from: number): number => {
    for (;;) {
      ensure(from + 1);
      const at = text.indexOf("\n", from);
      if (at >= 0 || text.length === window.length) return at;
      ensure(text.length * 2);
    }
  };
  const first = nextBreak(0);
  if (first < 0) return -1;
  if (width < 0) return nominal + first + 1;
  /** The complete records from `at`, in the next `chars` bytes of the window. */
  const recordsFrom = (at: number, chars: number): string[][] | undefined => {
    ensure(at + chars);
    const scanner = new CsvScanner(dialect.display, dialect.delimiter);
    scanner.resume("\n", 1);
    const batch: RecordBatch = { records: [], lines: [] };
    try {
      scanner.feed(text.slice(at, at + chars), batch);
    } catch {
      return undefined;
    }
    return batch.records;
  };
  for (let lf = first, tries = 0; lf >= 0 && tries < 64; lf = nextBreak(lf + 1), tries++) {
    // A few KiB hold the next records nearly always; the whole window when not.
    // (A shorter text holds the same first records, only fewer of them.)
    let records = recordsFrom(lf + 1, 2048);
    if (records !== undefined && records.length < WHOLE_RECORDS)
      records = recordsFrom(lf + 1, 8192);
    if (records !== undefined && records.length < WHOLE_RECORDS)
      records = recordsFrom(lf + 1, window.length);
    if (records === undefined) continue;
    const batch = { records };
    if (batch.records.length < WHOLE_RECORDS) break;
    if (batch.records.slice(0, WHOLE_RECORDS).every((r) => r.length === width))
      return nominal + lf + 1;
  }
  return nominal + first + 1;
};

interface Pending {
  promise: Promise<Result>;
  resolve: (result: Result) => void;
}
type Result =
  | { verdicts: RangeVerdicts; worker: number; firstLine: number }
  | { failed: string; worker: number };

/**
 * Checks the list on worker threads, or returns undefined when it should not
 * be (see the module comment); the caller then takes sequentialVerdicts.
 */
export const checkInParallel = (input: ParallelCheckInput): VerdictStream | undefined => {
  const threads = input.threads ?? Math.min(availableParallelism(), 4);
  if (threads < 2 || (input.list.format !== "csv" && input.list.format !== "tsv")) return undefined;
  // Leader groups are checked across rows on the main thread as the list streams.
  if (input.layout.team) return undefined;
  const workerFile = input.workerFile ?? defaultWorkerFile(input.workerName);
  if (!workerFile) return undefined;
  let fd: number;
  try {
    // Without blocking: opening a FIFO to read waits for a writer, and the
    // list's own reader may already have read everything its writer wrote
    // and seen it close, so a plain open would wait forever. A regular file
    // reads as ever (O_NONBLOCK means nothing to it); on Windows there is
    // no such flag, and no FIFO of this kind.
    fd = openSync(input.file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  const info = fstatSync(fd);
  const size = info.size;
  const start =
    info.isFile() && size >= (input.minBytes ?? MIN_PARALLEL_BYTES)
      ? dataStart(readAt(fd, 0, Math.min(size, 1024 * 1024)), input.list)
      : undefined;
  if (start === undefined || start >= size) {
    closeSync(fd);
    return undefined;
  }
  // A column the list lacks is carried on this thread, as an empty cell.
  const carry = input.carry ?? [];
  const carriedHere = carry.filter((c) => c >= 0);
  const dialect: RangeDialect = {
    display: input.display,
    delimiter: input.list.delimiter ?? ",",
    newline: "\n",
    encoding: input.encoding ?? input.list.encoding?.() ?? detectEncoding(fd, size),
    width: input.list.header.length,
    only:
      carriedHere.length > 0
        ? [...columnsRead(input.layout), ...carriedHere]
        : columnsRead(input.layout),
    ...(carriedHere.length > 0 ? { carry: carriedHere } : {}),
  };

  // The cuts.
  const rangeBytes =
    input.rangeBytes ??
    Math.max(MIN_RANGE_BYTES, Math.min(MAX_RANGE_BYTES, Math.ceil((size - start) / (threads * 8))));
  // The workers start now, their setup sent once the list is cut: loading
  // their modules overlaps the cutting. As many as there can be ranges (a
  // range is at least rangeBytes long, but the last); one given no range
  // only waits to be closed.
  const workers = Array.from(
    { length: Math.min(threads, Math.ceil((size - start) / rangeBytes)) },
    () =>
      new Worker(workerFile, {
        resourceLimits: { maxYoungGenerationSizeMb: 8 },
      }),
  );
  const jobs: RangeJob[] = [];
  // How far past a nominal cut to look for a good one.
  const near = Math.min(64 * 1024, Math.max(16 * 1024, rangeBytes));
  let from = start;
  const scratch = Buffer.allocUnsafe(near);
  try {
    while (from < size) {
      const cut =
        from + rangeBytes >= size
          ? -1
          : input.blindCuts
            ? cutNear(fd, from + rangeBytes, size, dialect, -1, near, scratch)
            : cutNear(fd, from + rangeBytes, size, dialect, input.layout.width, near, scratch);
      const end = cut < 0 || cut >= size ? size : cut;
      jobs.push({ job: jobs.length, start: from, end, final: end === size });
      from = end;
    }
  } catch (error) {
    for (const worker of workers) void worker.terminate();
    closeSync(fd);
    throw error;
  }
  // Every job the workers get is one of these (a range read again is read here).
  const maxBytes = Math.max(...jobs.map((j) => j.end - j.start));
  const rowSpec: RowTextSpec | undefined = input.rowText
    ? { ...input.rowText.spec, carry: [...carry] }
    : undefined;
  const rowText = rowSpec ? input.rowText!.make(rowSpec) : undefined;

  // The workers, and the ranges given to them in order, a few ahead.
  // The slots the ranges in flight are read into: at most AHEAD per worker
  // are sent and not answered (pump), so that many slots are enough.
  // The bytes before the first range: the header (the ranges are tapped as read).
  input.tap?.(readAt(fd, 0, start));
  const slots = workers.length * AHEAD;
  const ring = new SharedArrayBuffer(slots * maxBytes);
  const freeSlots = Array.from({ length: slots }, (_, i) => slots - 1 - i);
  const setup: WorkerSetup = {
    ring,
    slotBytes: maxBytes,
    program: input.program,
    header: input.list.header,
    classes: input.layout.choices?.classes,
    dialect,
    ...(rowSpec ? { rowText: rowSpec } : {}),
  };
  for (const worker of workers) worker.postMessage(setup);
  // Ranges sent to each worker and not answered yet: each keeps a few queued,
  // so that it never waits for the main thread, which hears from the workers
  // only between its own batches of work.
  const queued: number[] = workers.map(() => 0);
  const tables: string[][][] = workers.map(() => []);
  const results = new Map<number, Pending>();
  let nextJob = 0;
  let taken = 0;
  let broken: Error | undefined;
  let rereads = 0;
  const pending = (job: number): Pending => {
    let entry = results.get(job);
    if (!entry) {
      let resolve!: (result: Result) => void;
      const promise = new Promise<Result>((done) => {
        resolve = done;
      });
      entry = { promise, resolve };
      results.set(job, entry);
    }
    return entry;
  };
  // The line the next range sent starts on: the first data line plus the
  // line breaks of the ranges before it (each starts just after one), so that
  // the workers write final line numbers. Where a range was cut inside a
  // record the next is read again here anyway, counted from the same lines.
  let firstDataLine = input.list.headerLine;
  for (const cell of input.list.header)
    for (let i = cell.indexOf("\n"); i >= 0; i = cell.indexOf("\n", i + 1)) firstDataLine++;
  firstDataLine++;
  let nextLine = firstDataLine;
  const firstLines = new Map<number, number>();
  const pump = () => {
    while (nextJob < jobs.length && nextJob - taken < workers.length * AHEAD) {
      const job = jobs[nextJob++]!;
      let worker = 0;
      for (let w = 1; w < workers.length; w++) if (queued[w]! < queued[worker]!) worker = w;
      queued[worker]!++;
      pending(job.job);
      const slot = freeSlots.pop()!;
      const bytes = readAt(
        fd,
        job.start,
        job.end - job.start,
        Buffer.from(ring, slot * maxBytes, maxBytes),
      );
      const task: RangeTask = { ...job, slot, firstLine: nextLine };
      firstLines.set(job.job, nextLine);
      input.tap?.(bytes);
      nextLine += lineBreaks(bytes);
      workers[worker]!.postMessage(task);
    }
  };
  workers.forEach((worker, w) => {
    worker.on(
      "message",
      (message: { job: number; verdicts?: RangeVerdicts; failed?: string; slot: number }) => {
        freeSlots.push(message.slot);
        const firstLine = firstLines.get(message.job) ?? 0;
        firstLines.delete(message.job);
        if (message.verdicts) {
          // Frozen, as the worker's are: formats keep what they wrote for a list by identity.
          for (const list of message.verdicts.newReasons)
            tables[w]!.push(Object.freeze(list) as string[]);
          pending(message.job).resolve({ verdicts: message.verdicts, worker: w, firstLine });
        } else {
          pending(message.job).resolve({ failed: message.failed ?? "input", worker: w });
        }
        queued[w]!--;
        pump();
      },
    );
    worker.on("error", (error) => {
      broken = error;
      for (const entry of results.values())
        entry.resolve({ failed: String(error.stack ?? error), worker: w });
    });
  });

  // Made as large as the list needs when the first range is read (reserveIds).
  const ids = new IdSet(1024);
  const summary: CheckSummary = { eligible: 0, ineligible: 0, invalid: 0 };
  let emptyRows = 0;
  const mainTable = new ReasonTable();

  // The few distinct lists of choices, rebuilt once each and shared, as the
  // single-threaded reader shares them (formats remember their JSON by identity).
  const targets = input.layout.choices?.reader.targets;
  const lists = new Map<string, readonly Choice[]>();
  const choiceList = (packed: Uint16Array, start: number, end: number): readonly Choice[] => {
    let key = "";
    for (let c = start; c < end; c++) key += String.fromCharCode(packed[c]!);
    let list = lists.get(key);
    if (list === undefined) {
      const built: Choice[] = [];
      for (let c = start; c < end; c++) built.push(targets![packed[c]!]!);
      list = Object.freeze(built);
      if (lists.size >= 4096) lists.clear();
      lists.set(key, list);
    }
    return list;
  };

  /**
   * Verdicts of a range (their lines final), a few
   * hundred at a time: what is alive when the young generation is collected
   * gets copied, so small batches cost less.
   */
  function* assemble(range: RangeVerdicts, reasonLists: string[][]): Generator<Verdict[]> {
    const { lines, kinds, reasons, idEnds, problems } = range;
    let choiceStart = 0;
    const text = UTF16.decode(range.ids);
    const idColumn = input.layout.idColumn;
    let idStart = 0;
    let nextProblem = 0;
    const carriedOf =
      carry.length > 0
        ? carriedReader(carry, UTF16.decode(range.carried), range.carriedEnds)
        : undefined;
    let out: Verdict[] = [];
    for (let i = 0; i < range.count; i++) {
      const id = text.slice(idStart, idEnds[i]!);
      idStart = idEnds[i]!;
      const line = lines[i]!;
      let kind = kinds[i]!;
      let found: CellProblem[] = NONE;
      if (kind === INVALID) found = problems[nextProblem++]![1];
      if (id !== "") {
        const earlier = ids.addHash(range.hashes[i * 2]!, range.hashes[i * 2 + 1]!, line);
        if (earlier > 0) {
          const duplicate = duplicateProblem(idColumn, id, earlier);
          found = found === NONE ? [duplicate] : [...found, duplicate];
          kind = INVALID;
        }
      }
      if (kind === ELIGIBLE) summary.eligible++;
      else if (kind === INELIGIBLE) summary.ineligible++;
      else summary.invalid++;
      let choices: readonly Choice[] | undefined;
      if (targets) {
        const end = range.choiceEnds[i]!;
        if (kind !== INVALID) choices = choiceList(range.choices, choiceStart, end);
        choiceStart = end;
      }
      const carried = carriedOf?.(i);
      out.push(
        new ParallelVerdict(
          id,
          line,
          KINDS[kind] as VerdictKind,
          kind === INELIGIBLE ? reasonLists[reasons[i]!]! : NONE,
          found,
          choices,
          carried,
        ),
      );
      if (out.length === YIELD) {
        yield out;
        out = [];
      }
    }
    if (out.length > 0) yield out;
  }

  /**
   * The id set is made as large as the whole list needs once the first
   * range is read (its rows per byte, and a twentieth more), instead of
   * growing step by step: each step leaves the old arrays to the collector,
   * which frees them late on this thread (it makes little garbage of its
   * own). Once an eighth of the list is read, the estimate is made again,
   * and the set made larger only if the list holds more rows than the first
   * range promised.
   */
  let seenRows = 0;
  let reservedFor = 0;
  let checkedAgain = false;
  const reserveIds = (rows: number, seenBytes: number) => {
    seenRows += rows;
    const estimate = () => Math.ceil((seenRows * (size - start)) / Math.max(1, seenBytes - start));
    if (reservedFor === 0) {
      reservedFor = Math.ceil(estimate() * 1.05);
      ids.reserve(reservedFor);
      return;
    }
    if (checkedAgain || (seenBytes - start) * 8 < size - start) return;
    checkedAgain = true;
    const again = Math.min(Math.ceil(estimate() * 1.02), seenRows * 8);
    if (again > reservedFor) ids.reserve(again);
  };

  /**
   * A range's rows as the worker wrote them, final line numbers and all,
   * passed on untouched unless an id in it was seen before: a duplicate's row
   * is then written again here, invalid, with the duplicate's problem added,
   * in place of the worker's (row i ends at the range's i-th line break).
   */
  const assembleText = (range: RangeVerdicts): Uint8Array => {
    const { lines, kinds, idEnds, hashes, problems } = range;
    const text = Buffer.from(range.text.buffer, range.text.byteOffset, range.text.byteLength);
    // Rows of duplicates: their index and the line their id was first seen on.
    let duplicates: number[] | undefined;
    let idStart = 0;
    for (let i = 0; i < range.count; i++) {
      const idEnd = idEnds[i]!;
      const earlier =
        idEnd > idStart ? ids.addHash(hashes[i * 2]!, hashes[i * 2 + 1]!, lines[i]!) : 0;
      idStart = idEnd;
      const kind = kinds[i]!;
      if (earlier > 0) {
        summary.invalid++;
        if (duplicates === undefined) duplicates = [];
        duplicates.push(i, earlier);
      } else if (kind === ELIGIBLE) summary.eligible++;
      else if (kind === INELIGIBLE) summary.ineligible++;
      else summary.invalid++;
    }
    if (duplicates === undefined) return text;
    const parts: Uint8Array[] = [];
    // The first row not yet passed on, and where it starts.
    let row = 0;
    let from = 0;
    let nextProblem = 0;
    const k = carriedHere.length;
    for (let d = 0; d < duplicates.length; d += 2) {
      const i = duplicates[d]!;
      const earlier = duplicates[d + 1]!;
      let rowStart = from;
      for (; row < i; row++) rowStart = text.indexOf(0x0a, rowStart) + 1;
      const rowEnd = text.indexOf(0x0a, rowStart) + 1;
      parts.push(text.subarray(from, rowStart));
      while (nextProblem < problems.length && problems[nextProblem]![0] < i) nextProblem++;
      const found =
        nextProblem < problems.length && problems[nextProblem]![0] === i
          ? problems[nextProblem]![1]
          : NONE;
      const idFrom = i === 0 ? 0 : idEnds[i - 1]!;
      const id = UTF16.decode(range.ids.subarray(idFrom, idEnds[i]!));
      const duplicate = duplicateProblem(input.layout.idColumn, id, earlier);
      let carried: string[] | undefined;
      if (carry.length > 0) {
        carried = new Array<string>(carry.length);
        let cell = i * k === 0 ? 0 : range.carriedEnds[i * k - 1]!;
        for (let j = 0, read = 0; j < carry.length; j++) {
          if (carry[j]! < 0) {
            carried[j] = "";
            continue;
          }
          const end = range.carriedEnds[i * k + read++]!;
          carried[j] = UTF16.decode(range.carried.subarray(cell, end));
          cell = end;
        }
      }
      const written = rowText!.row({
        id,
        line: lines[i]!,
        verdict: "invalid",
        reasons: NONE,
        problems: found === NONE ? [duplicate] : [...found, duplicate],
        ...(carried ? { carried } : {}),
      });
      parts.push(Buffer.from(`${written}\n`, "utf8"));
      row = i + 1;
      from = rowEnd;
    }
    parts.push(text.subarray(from));
    return Buffer.concat(parts);
  };

  /**
   * A range as columns (TakenRange): what assemble does for each record
   * but making its verdict (the duplicate-id check in file order, the
   * counts), the few duplicates made invalid in `kinds` with their problem.
   */
  const settle = (range: RangeVerdicts, reasonLists: string[][]): TakenRange => {
    const { lines, kinds, idEnds, hashes } = range;
    const idText = UTF16.decode(range.ids);
    let problems: [number, CellProblem[]][] = range.problems;
    // Rows of duplicates: their index and the line their id was first seen on.
    let duplicates: number[] | undefined;
    let eligible = 0;
    let ineligible = 0;
    let idStart = 0;
    for (let i = 0; i < range.count; i++) {
      const idEnd = idEnds[i]!;
      const earlier =
        idEnd > idStart ? ids.addHash(hashes[i * 2]!, hashes[i * 2 + 1]!, lines[i]!) : 0;
      idStart = idEnd;
      if (earlier > 0) {
        if (duplicates === undefined) duplicates = [];
        duplicates.push(i, earlier);
        // Counted as what it was checked as; undone below.
      }
      const kind = kinds[i]!;
      if (kind === ELIGIBLE) eligible++;
      else if (kind === INELIGIBLE) ineligible++;
    }
    if (duplicates !== undefined) {
      // Each duplicate's problem after those it was checked with, in index order.
      const merged: [number, CellProblem[]][] = [];
      let p = 0;
      for (let d = 0; d < duplicates.length; d += 2) {
        const i = duplicates[d]!;
        while (p < problems.length && problems[p]![0] < i) merged.push(problems[p++]!);
        const id = idText.slice(i === 0 ? 0 : idEnds[i - 1]!, idEnds[i]!);
        const duplicate = duplicateProblem(input.layout.idColumn, id, duplicates[d + 1]!);
        if (p < problems.length && problems[p]![0] === i)
          merged.push([i, [...problems[p++]![1], duplicate]]);
        else merged.push([i, [duplicate]]);
        if (kinds[i] === ELIGIBLE) eligible--;
        else if (kinds[i] === INELIGIBLE) ineligible--;
        kinds[i] = INVALID;
      }
      while (p < problems.length) merged.push(problems[p++]!);
      problems = merged;
    }
    summary.eligible += eligible;
    summary.ineligible += ineligible;
    summary.invalid += range.count - eligible - ineligible;
    return {
      range,
      problems,
      reasonLists,
      ids: idText,
      carriedText: carriedHere.length > 0 ? UTF16.decode(range.carried) : "",
      carry,
      choiceList: (start, end) => choiceList(range.choices, start, end),
    };
  };

  /** A range read on the main thread: what a failed range gets, to fail as the reader does. */
  const onMain = (job: RangeJob, firstLine: number): RangeVerdicts => {
    const bytes = readAt(fd, job.start, job.end - job.start);
    const checker = { layout: input.layout, rule: input.checker.rule };
    return checkRange(
      bytes,
      dialect,
      firstLine,
      job.final,
      checker,
      mainTable,
      rowText,
      undefined,
      input.sink?.(),
    );
  };

  /** Each range's verdicts in file order, their lines final. */
  async function* ranges(): AsyncGenerator<{
    range: RangeVerdicts;
    reasonLists: string[][];
    /** The worker that checked it, -1 for this thread. */
    worker: number;
  }> {
    try {
      pump();
      let line = firstDataLine;
      // Where the range at hand really starts, when the one before ended inside a record.
      let trueStart: number | undefined;
      let rows = 0;
      for (let j = 0; j < jobs.length; j++) {
        let job = jobs[j]!;
        let result = await pending(job.job).promise;
        results.delete(job.job);
        taken++;
        pump();
        if (trueStart !== undefined && trueStart !== job.start) {
          // Cut inside a record: this range is read again from where it starts,
          // here (rare: the cuts are placed where whole records follow).
          job = { job: jobs.length + j, start: trueStart, end: job.end, final: job.final };
          result = { failed: "input", worker: -1 };
          rereads++;
        } else if ("verdicts" in result && result.firstLine !== line) {
          // Counted from other lines than the range before ended on (never
          // seen: a range starts just after a line break): read again here.
          result = { failed: "input", worker: -1 };
          rereads++;
        }
        if (broken) throw broken;
        let range: RangeVerdicts;
        if ("failed" in result) {
          if (result.failed !== "input") throw new Error(`a check worker failed: ${result.failed}`);
          // Throws the reader's own error, with the line it names.
          range = onMain(job, line);
          reserveIds(range.count, job.end);
          yield { range, reasonLists: mainTable.lists, worker: -1 };
        } else {
          range = result.verdicts;
          reserveIds(range.count, job.end);
          yield { range, reasonLists: tables[result.worker]!, worker: result.worker };
        }
        line = range.end.line;
        emptyRows += range.end.emptyRecords;
        trueStart = range.end.openBytes > 0 ? job.end - range.end.openBytes : undefined;
        rows += range.count;
        input.onProgress?.({ rows, bytes: job.end, totalBytes: size });
      }
    } finally {
      // Each closes the list when done with the range at hand.
      for (const worker of workers) {
        worker.postMessage("close");
        worker.unref();
      }
      closeSync(fd);
    }
  }

  /** A range's buffers, once taken, back to the worker that filled them, to fill again. */
  const recycle = (range: RangeVerdicts, worker: number) => {
    if (worker < 0) return;
    const spare = spareBuffers(range);
    workers[worker]!.postMessage({ recycle: spare }, Object.values(spare));
  };

  async function* batches(): AsyncGenerator<readonly Verdict[]> {
    for await (const { range, reasonLists, worker } of ranges()) {
      yield* assemble(range, reasonLists);
      recycle(range, worker);
    }
  }
  async function* columns(): AsyncGenerator<TakenRange> {
    for await (const { range, reasonLists, worker } of ranges()) {
      yield settle(range, reasonLists);
      recycle(range, worker);
    }
  }
  /**
   * Each range's rows, mostly the worker's own buffer: a chunk is taken
   * (copied, written) before the next is asked for, as the sink does
   * (src/cli/sink.ts), and the buffer then goes back to the worker for the
   * rows of a range to come.
   */
  async function* rowChunks(): AsyncGenerator<Uint8Array> {
    for await (const { range, worker } of ranges()) {
      yield assembleText(range);
      recycle(range, worker);
    }
  }

  return {
    ...(rowText
      ? { batches: (async function* () {})(), rows: rowChunks() }
      : { batches: batches() }),
    ...(input.sink && !rowText ? { columns: columns() } : {}),
    summary: () => withEmptyRows({ ...summary }, emptyRows),
    ranges: () => ({ ranges: jobs.length, rereads }),
  };
};

/** The most worker threads COHORT_THREADS may ask for. */
export const MAX_THREADS = 64;

/** COHORT_THREADS: how many worker threads check may use (1: none). */
export const threadsFromEnv = (env: Record<string, string | undefined>): number | undefined => {
  const value = env.COHORT_THREADS;
  if (value === undefined || value === "") return undefined;
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1 || threads > MAX_THREADS) {
    throw usageError(
      `COHORT_THREADS is "${value}"; it takes a whole number from 1 (no worker threads) to ${MAX_THREADS}`,
    );
  }
  return threads;
};

/**
 * The verdicts of an opened list: on worker threads when it is a CSV file
 * large enough, else streamed on the main thread.
 */
export const listVerdicts = (
  opened: Pick<
    ParallelCheckInput,
    | "program"
    | "list"
    | "layout"
    | "checker"
    | "display"
    | "carry"
    | "rowText"
    | "workerName"
    | "sink"
    | "tap"
    | "minBytes"
    | "rangeBytes"
    | "blindCuts"
    | "workerFile"
  >,
  where: {
    path: string;
    cwd: string;
    env: Record<string, string | undefined>;
    encoding?: CsvEncoding;
    /** Told how far the check has come (the single-threaded path tells it as the list is read). */
    onProgress?: ((progress: ReadProgress) => void) | undefined;
  },
): VerdictStream => {
  const threads = threadsFromEnv(where.env);
  const parallel =
    where.path === "-"
      ? undefined
      : checkInParallel({
          ...opened,
          file: resolve(where.cwd, where.path),
          ...(where.encoding ? { encoding: where.encoding } : {}),
          ...(threads !== undefined ? { threads } : {}),
          onProgress: where.onProgress,
        });
  return parallel ?? sequentialVerdicts(opened.list, opened.checker, opened.carry);
};
