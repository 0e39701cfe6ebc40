/**
 * Rank order of the eligible applicants: ranking keys first, then (for
 * `ties: first-come`) the time of application, then the seeded lottery, and
 * the applicant id last so the order is total.
 *
 * A million applicants are put in order by sorting 64-bit whole numbers, one
 * each, without a comparison function (the engine's own sort: about 40 ms
 * of CPU for 550,000 applicants, and the whole ranking 2-4x faster than a
 * comparison sort over typed arrays): each key's value as its place among the key's distinct
 * values, then as much of the lottery's first lane as fits, then the
 * applicant's index. The few runs that tie on all of that are then put in
 * order by the whole lanes and the id. The order is the comparison sort's
 * (rankOrderByComparison), which a property test holds it to; keys with too
 * many distinct values to pack, or holding NaN, take the comparison sort.
 */
export interface RankingInput {
  /** One array per ranking key, oriented so that a larger value ranks higher. */
  keys: Float64Array[];
  draws: { hi: Uint32Array; lo: Uint32Array };
  ids: readonly string[];
}

/** Appends the `bits` low bits of v (below 2^bits) to the 64-bit number acc[0]:acc[1]. */
const append = (acc: Uint32Array, v: number, bits: number): void => {
  if (bits === 0) return;
  if (bits === 32) {
    acc[0] = acc[1]!;
    acc[1] = v;
    return;
  }
  acc[0] = (acc[0]! << bits) | (acc[1]! >>> (32 - bits));
  acc[1] = (acc[1]! << bits) | v;
};

/** Bits that hold 0..largest. */
const bitsFor = (largest: number): number => (largest === 0 ? 0 : 32 - Math.clz32(largest));

/**
 * Indices 0..n-1 in rank order (best first). `room`: the bits packed per
 * applicant, 64; tests give less, to take the paths of keys that leave
 * little or no room for the lottery's lane, or too little for the keys.
 */
export const rankOrder = (input: RankingInput, room = 64): Uint32Array => {
  const n = input.ids.length;
  const { keys, ids } = input;
  const { hi, lo } = input.draws;
  // A key holding NaN compares as a tie with everything: there is no order to pack.
  if (n < 2 || keys.some((key) => key.some(Number.isNaN))) return rankOrderByComparison(input);
  const places = keys.map(placesOf);
  const keyBits = places.reduce((sum, p) => sum + bitsFor(p.largest), 0);
  const indexBits = bitsFor(n - 1);
  if (keyBits + indexBits > room) return rankOrderByComparison(input);
  // As many bits of the first lane as there is room for; the rest decides below.
  const laneBits = Math.min(32, room - keyBits - indexBits);
  const packed = new BigUint64Array(n);
  // Little-endian words of each 64-bit number: [2i] the low one, [2i + 1] the high one.
  const words = new Uint32Array(packed.buffer);
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const [low, high] = little ? [0, 1] : [1, 0];
  const widths = places.map((p) => bitsFor(p.largest));
  const acc = new Uint32Array(2);
  for (let i = 0; i < n; i++) {
    acc[0] = 0;
    acc[1] = 0;
    for (let k = 0; k < places.length; k++) append(acc, places[k]!.places[i]!, widths[k]!);
    if (laneBits > 0) append(acc, hi[i]! >>> (32 - laneBits), laneBits);
    append(acc, i, indexBits);
    words[2 * i + low] = acc[1]!;
    words[2 * i + high] = acc[0]!;
  }
  packed.sort();
  const order = new Uint32Array(n);
  const mask = indexBits === 32 ? 0xffffffff : (1 << indexBits) - 1;
  for (let p = 0; p < n; p++) order[p] = (words[2 * p + low]! & mask) >>> 0;
  // Runs equal on every key and the bits of the first lane packed: by the
  // whole lanes, then by id, as the comparison sort orders them.
  const shift = 32 - laneBits;
  const tied = (a: number, b: number): boolean => {
    if (laneBits > 0 && hi[a]! >>> shift !== hi[b]! >>> shift) return false;
    // Without NaN, values tie exactly when equal (0 and -0, two infinities of one sign).
    for (const key of keys) if (key[a] !== key[b]) return false;
    return true;
  };
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && tied(order[start]!, order[end]!)) end++;
    if (end - start > 1)
      order
        .subarray(start, end)
        .sort((a, b) =>
          hi[a] !== hi[b]
            ? hi[a]! - hi[b]!
            : lo[a] !== lo[b]
              ? lo[a]! - lo[b]!
              : ids[a]! < ids[b]!
                ? -1
                : ids[a]! > ids[b]!
                  ? 1
                  : 0,
        );
    start = end;
  }
  return order;
};

/**
 * Each value's place among the key's distinct values, 0 for the largest (it
 * ranks first): equal values share a place, as they tie in the comparison
 * (0 and -0 too, and two infinities of one sign, whose difference is NaN).
 * The distinct values are found by a hash table over the values' bits and
 * only they are sorted: a key has a few hundred distinct values mostly (a
 * score with one decimal), and sorting every applicant's took longer than
 * the whole ranking.
 */
const placesOf = (key: Float64Array): { places: Uint32Array; largest: number } => {
  const n = key.length;
  const one = new Float64Array(1);
  const bits = new Uint32Array(one.buffer);
  let size = 1024;
  let table = new Int32Array(size).fill(-1);
  let distinct = new Float64Array(256);
  let d = 0;
  const slotOf = (v: number): number => {
    one[0] = v;
    let h = Math.imul(bits[0]! ^ Math.imul(bits[1]!, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    let slot = h & (size - 1);
    for (;;) {
      const at = table[slot]!;
      if (at < 0 || distinct[at] === v) return slot;
      slot = (slot + 1) & (size - 1);
    }
  };
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    // 0 for -0: the two tie, and must share a slot.
    const v = key[i] === 0 ? 0 : key[i]!;
    let slot = slotOf(v);
    if (table[slot]! < 0) {
      if (d === distinct.length) {
        const more = new Float64Array(d * 2);
        more.set(distinct);
        distinct = more;
      }
      distinct[d] = v;
      table[slot] = d++;
      if (d * 2 > size) {
        size *= 4;
        table = new Int32Array(size).fill(-1);
        for (let j = 0; j < d; j++) table[slotOf(distinct[j]!)] = j;
        slot = slotOf(v);
      }
    }
    index[i] = table[slot]!;
  }
  // Each distinct value's place, largest first.
  const byValue = new Uint32Array(d);
  for (let j = 0; j < d; j++) byValue[j] = j;
  const values = distinct.subarray(0, d);
  byValue.sort((a, b) => values[b]! - values[a]!);
  const placeOf = new Uint32Array(d);
  for (let p = 0; p < d; p++) placeOf[byValue[p]!] = p;
  const places = index;
  for (let i = 0; i < n; i++) places[i] = placeOf[index[i]!]!;
  return { places, largest: d - 1 };
};

/** The same order by comparing applicants: the definition the radix sort is held to. */
export const rankOrderByComparison = (input: RankingInput): Uint32Array => {
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
