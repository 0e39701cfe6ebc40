/**
 * A set of applicant ids for duplicate detection in a streamed list, small
 * enough to keep memory flat-ish over a million rows: each id is kept as a
 * 64-bit hash (two independent 32-bit FNV-1a/murmur-style lanes) plus the
 * line it was first seen on, 12 bytes a slot, instead of a JS string in a Set
 * (about 50 bytes an id). Two different ids share a 64-bit hash with
 * probability about n²/2⁶⁵: 3·10⁻⁸ for a million rows.
 */
const EMPTY = 0;
/** Most slots filled before the table grows. */
const LOAD = 0.8;
/**
 * Slots filled at most in a table made for the ids expected (reserve): a
 * little fuller, as it is not grown on the way; linear probing still finds
 * an empty slot in a few dozen steps at the end.
 */
const RESERVED_LOAD = 0.9;

/** Both 32-bit lanes of an id's hash, computed in one pass over its characters. */
let laneA = 0;
let laneB = 0;
const hash = (s: string): void => {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    let k = Math.imul(c, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    b ^= Math.imul(k, 0x1b873593);
    b = (b << 13) | (b >>> 19);
    b = (Math.imul(b, 5) + 0xe6546b64) | 0;
  }
  b ^= b >>> 16;
  b = Math.imul(b, 0x85ebca6b);
  b ^= b >>> 13;
  b = Math.imul(b, 0xc2b2ae35);
  b ^= b >>> 16;
  laneA = a >>> 0;
  // Never 0: 0 marks an empty slot.
  laneB = (b | 1) >>> 0;
};

/**
 * Writes an id's hash into `into` at `at` and `at + 1`: what a worker thread
 * sends instead of the id, so that the thread holding the set (IdSet.addHash)
 * needs no string of it.
 */
export const hashInto = (id: string, into: Uint32Array, at: number): void => {
  hash(id);
  into[at] = laneA;
  into[at + 1] = laneB;
};

export class IdSet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private lines: Uint32Array;
  private count = 0;
  /** The count at which the table grows. */
  private full: number;

  constructor(capacity = 65536) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.lines = new Uint32Array(capacity);
    this.full = Math.floor(capacity * LOAD);
  }

  get size(): number {
    return this.count;
  }

  /** Adds an id first seen on `line`; returns the earlier line when the id was already there, else 0. */
  add(id: string, line: number): number {
    if (this.count >= this.full) this.grow();
    hash(id);
    return this.insert(laneA, laneB, line);
  }

  /** add() for an id hashed elsewhere (hashInto): its two lanes. */
  addHash(a: number, b: number, line: number): number {
    if (this.count >= this.full) this.grow();
    return this.insert(a, b, line);
  }

  /**
   * Makes room for about `ids` ids at once, when the caller can estimate how
   * many will come (a file's size): a table grown step by step holds the old
   * and the new arrays at each step, and ends up to 1.5 times as large.
   */
  reserve(ids: number): void {
    const capacity = Math.ceil(ids / RESERVED_LOAD) + 1;
    if (capacity > this.lo.length) {
      this.grow(capacity);
      this.full = Math.floor(capacity * RESERVED_LOAD);
    }
  }

  private insert(a: number, b: number, line: number): number {
    const capacity = this.lo.length;
    // Lemire's multiply-shift maps the hash onto any capacity, not only powers of two.
    let slot = Math.floor((a / 4294967296) * capacity);
    for (;;) {
      const stored = this.lo[slot]!;
      if (stored === EMPTY) {
        this.hi[slot] = a;
        this.lo[slot] = b;
        this.lines[slot] = line;
        this.count++;
        return 0;
      }
      if (stored === b && this.hi[slot] === a) return this.lines[slot]!;
      slot = slot + 1 === capacity ? 0 : slot + 1;
    }
  }

  private grow(to?: number): void {
    const { hi, lo, lines } = this;
    const capacity = to ?? Math.ceil(lo.length * 1.5);
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.lines = new Uint32Array(capacity);
    this.count = 0;
    this.full = Math.floor(capacity * LOAD);
    for (let i = 0; i < lo.length; i++) {
      if (lo[i] !== EMPTY) this.insert(hi[i]!, lo[i]!, lines[i]!);
    }
  }
}
