/**
 * What a letter reads of a recorded reason's params (audit records of
 * version 2): the value whose cap stopped an applicant, and the other
 * targets a held seat was held for. Read only from a verified record, whose
 * params are the re-run's; still read as any JSON, never trusted in shape.
 */
import type { HeldWith } from "../decision/report.js";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === "string") ? value : undefined;

/** SPREAD_CAP: the field and value whose cap was reached; undefined without params. */
export const cappedValueOf = (
  code: string,
  params: unknown,
): { field: string; value: string } | undefined => {
  if (code !== "SPREAD_CAP" || !isObject(params)) return undefined;
  const { field, value } = params;
  return typeof field === "string" && typeof value === "string" ? { field, value } : undefined;
};

/**
 * HELD_FOR_MIN and HELD_FOR_QUOTA: the quotas and T the seat was held for
 * besides its first target (as `decide` makes `heldWith`). null: the params
 * name nothing more; undefined: there are no params to read.
 */
export const heldWithOfParams = (code: string, params: unknown): HeldWith | null | undefined => {
  if ((code !== "HELD_FOR_MIN" && code !== "HELD_FOR_QUOTA") || !isObject(params)) return undefined;
  const all = params.quotas === undefined ? [] : strings(params.quotas);
  if (all === undefined) return undefined;
  const total = typeof params.total === "number" ? params.total : null;
  const quotas = code === "HELD_FOR_QUOTA" ? all.filter((q) => q !== params.quota) : all;
  return quotas.length > 0 || total !== null ? { quotas, total } : null;
};
