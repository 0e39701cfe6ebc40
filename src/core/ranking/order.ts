/**
 * Rank order of the eligible applicants: ranking keys first, then (for
 * `ties: first-come`) the time of application, then the seeded lottery, and
 * the applicant id last so the order is total. Sorting indices over typed
 * arrays keeps a million applicants under half a second.
 */
export interface RankingInput {
  /** One array per ranking key, oriented so that a larger value ranks higher. */
  keys: Float64Array[];
  draws: { hi: Uint32Array; lo: Uint32Array };
  ids: readonly string[];
}

/** Indices 0..n-1 in rank order (best first). */
export const rankOrder = (input: RankingInput): Uint32Array => {
  const n = input.ids.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const { keys, ids } = input;
  const { hi, lo } = input.draws;
  return order.sort((a, b) => {
    for (const key of keys) {
      // NaN (two missing values) counts as a tie: `if (d)` lets it through.
      const d = key[b]! - key[a]!;
      if (d) return d;
    }
    if (hi[a] !== hi[b]) return hi[a]! - hi[b]!;
    if (lo[a] !== lo[b]) return lo[a]! - lo[b]!;
    return ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0;
  });
};

/** Oriented key value: desc keeps the value, asc negates it; a missing value ranks last. */
export const orientedKey = (value: number | null, order: "asc" | "desc"): number =>
  value === null ? Number.NEGATIVE_INFINITY : order === "desc" ? value : -value;
