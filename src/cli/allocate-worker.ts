/**
 * The worker thread of a parallel allocate (dist/allocate-worker.js): check's
 * ranges, each answered with its eligible records' pool columns as well.
 * allocate's formats write their rows on the main thread, from the result.
 */
import { poolSinks } from "../io/applicants/parallel/pool-range.js";
import { startCheckWorker } from "../io/applicants/parallel/worker.js";

startCheckWorker(() => {
  throw new Error("allocate's rows are not written on worker threads");
}, poolSinks);
