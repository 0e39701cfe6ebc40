/** The worker thread of a parallel check (dist/check-worker.js), with the formats' row functions. */
import { startCheckWorker } from "../io/applicants/parallel/worker.js";
import { rowTextFor } from "./check-row-text.js";

startCheckWorker(rowTextFor);
