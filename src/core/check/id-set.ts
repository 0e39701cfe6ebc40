/**
 * A set of applicant ids for duplicate detection in a streamed list, small
 * enough to keep memory flat-ish over a million rows: each id is kept as a
 * 64-bit hash (two independent 32-bit FNV-1a/murmur-style lanes) plus the
 * line it was first seen on, 12 bytes a slot, instead of a JS string in a Set
 * (about 50 bytes an id). Two different ids share a 64-bit hash with
 * probability about n²/2⁶⁵: 3·10⁻⁸ for a million rows.
 */
const EMPTY = 0;

const hashA = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

const hashB = (s: string): number => {
  let h = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    let k = Math.imul(s.charCodeAt(i), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  // Never 0: 0 marks an empty slot.
  return (h | 1) >>> 0;
};

export class IdSet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private lines: Uint32Array;
  private count = 0;

  constructor(capacity = 1024) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.lines = new Uint32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Adds an id first seen on `line`; returns the earlier line when the id was already there, else 0. */
  add(id: string, line: number): number {
    if (this.count * 5 >= this.lo.length * 4) this.grow();
    return this.insert(hashA(id), hashB(id), line);
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

  private grow(): void {
    const { hi, lo, lines } = this;
    const capacity = Math.ceil(lo.length * 1.5);
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.lines = new Uint32Array(capacity);
    this.count = 0;
    for (let i = 0; i < lo.length; i++) {
      if (lo[i] !== EMPTY) this.insert(hi[i]!, lo[i]!, lines[i]!);
    }
  }
}
