/**
 * The formats whose rows the worker threads write (RowText): a description
 * that crosses to a worker as data, and the row function it stands for, the
 * format's own (the same on both sides of the thread).
 */
import { verdictJsonPieces } from "../../../format/check/ndjson.js";
import type { RowText } from "./range-check.js";

export interface RowTextSpec {
  format: "ndjson";
  /** Headers of the carried columns, as the format gets them (CheckRun.carry). */
  carryHeaders?: readonly string[];
  /** The carried columns by index in the list (-1: the list lacks it). */
  carry: readonly number[];
}

export const rowTextFor = (spec: RowTextSpec): RowText => ({
  pieces: verdictJsonPieces(spec.carryHeaders),
  carry: spec.carry,
});
