/**
 * JSON in canonical form (RFC 8785, the JSON Canonicalization Scheme): object
 * keys sorted by UTF-16 code units, no whitespace, numbers and strings as
 * JSON.stringify writes them. Used for the section hashes of the audit record,
 * so the same content always hashes the same, whatever its indentation or key
 * order in the file.
 */

/** Deeper than any record cohort writes; deeper input is refused, not recursed into. */
export const MAX_JSON_DEPTH = 64;

/** Whether a value nests deeper than `limit` (stops at the limit: no deep recursion). */
export const nestsDeeperThan = (value: unknown, limit: number): boolean => {
  if (value === null || typeof value !== "object") return false;
  if (limit <= 0) return true;
  for (const v of Object.values(value)) if (nestsDeeperThan(v, limit - 1)) return true;
  return false;
};

export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== "object") {
    // undefined (a key set to it in memory) is dropped as JSON.stringify does.
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const object = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(object).sort()) {
    if (object[key] === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(object[key])}`);
  }
  return `{${parts.join(",")}}`;
};

/**
 * The canonical JSON of a value in pieces: a list of a million outcomes is
 * never one string. The list may be any iterable (the outcomes of a decision
 * being written, made one by one) and is then read as an array.
 */
export function* canonicalPieces(value: unknown): Generator<string> {
  if (value === null || typeof value !== "object" || !(Symbol.iterator in value)) {
    yield canonicalJson(value);
    return;
  }
  yield "[";
  let first = true;
  for (const item of value as Iterable<unknown>) {
    yield (first ? "" : ",") + canonicalJson(item);
    first = false;
  }
  yield "]";
}
