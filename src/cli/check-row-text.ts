/**
 * The formats whose rows the worker threads of a parallel check write: the
 * row function a description (RowTextSpec, which crosses to a worker as
 * data) stands for, the format's own on both sides of the thread. Here, where
 * formats and readers meet: the reader's threads are given it.
 */
import { verdictJsonBytes, verdictJsonText } from "../format/check/ndjson.js";
import type { RowText, RowTextSpec } from "../io/applicants/parallel/range-check.js";

export const rowTextFor = (spec: RowTextSpec): RowText => ({
  row: verdictJsonText(spec.carryHeaders),
  bytes: verdictJsonBytes(spec.carryHeaders),
  carry: spec.carry,
});
