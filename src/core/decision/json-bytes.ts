/**
 * JSON written as UTF-8 bytes into a buffer that grows, for the audit
 * record: a million outcomes hashed and written without a string (or an
 * array of strings to join) per value. Strings and numbers are written as
 * JSON.stringify writes them; canonical.ts's canonicalJson stays the
 * definition of the canonical form, and a property test holds
 * writeCanonical to it.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export class JsonBytes {
  bytes: Uint8Array;
  /** Where the next byte goes: the bytes written are bytes[0, at). */
  at = 0;

  constructor(size = 64 * 1024) {
    this.bytes = new Uint8Array(size);
  }

  /** Makes room for `n` more bytes. */
  room(n: number): void {
    if (this.at + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.at + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.at));
    this.bytes = grown;
  }

  /**
   * The bytes written, handed over: the buffer is the caller's now, and
   * writing goes on in a fresh one of the same size.
   */
  take(): Uint8Array {
    const out = this.bytes.subarray(0, this.at);
    this.bytes = new Uint8Array(this.bytes.length);
    this.at = 0;
    return out;
  }

  /** The bytes written so far, as a view (valid until the next write). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.at);
  }

  /** Forgets what was written, keeping the buffer. */
  clear(): void {
    this.at = 0;
  }

  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.bytes.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** Text known to be ASCII (keys, punctuation, digits): a byte per code unit. */
  ascii(text: string): void {
    const n = text.length;
    this.room(n);
    const b = this.bytes;
    let at = this.at;
    for (let i = 0; i < n; i++) b[at++] = text.charCodeAt(i);
    this.at = at;
  }

  /** Any text as UTF-8 (a lone surrogate as U+FFFD, as Buffer and TextEncoder write it). */
  text(text: string): void {
    const n = text.length;
    this.room(n * 3);
    const b = this.bytes;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) b[at++] = c;
      else if (c < 0x800) {
        b[at++] = 0xc0 | (c >> 6);
        b[at++] = 0x80 | (c & 0x3f);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) {
          const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
          if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
            const point = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            b[at++] = 0xf0 | (point >> 18);
            b[at++] = 0x80 | ((point >> 12) & 0x3f);
            b[at++] = 0x80 | ((point >> 6) & 0x3f);
            b[at++] = 0x80 | (point & 0x3f);
            i++;
            continue;
          }
          c = 0xfffd;
        }
        b[at++] = 0xe0 | (c >> 12);
        b[at++] = 0x80 | ((c >> 6) & 0x3f);
        b[at++] = 0x80 | (c & 0x3f);
      }
    }
    this.at = at;
  }

  /**
   * A string as JSON.stringify writes it. Text that needs no escape (the
   * usual id, word and name) is encoded as it stands; the rest is escaped by
   * JSON.stringify itself, whose output holds no lone surrogate.
   */
  string(text: string): void {
    const n = text.length;
    // Three bytes at most per code unit (a pair of them makes four), and the quotes.
    this.room(n * 3 + 2);
    const b = this.bytes;
    let at = this.at;
    b[at++] = QUOTE;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c === QUOTE || c === BACKSLASH) {
          this.text(JSON.stringify(text));
          return;
        }
        b[at++] = c;
      } else if (c < 0x800) {
        b[at++] = 0xc0 | (c >> 6);
        b[at++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        // A lone surrogate is written as an escape (\udxxx).
        if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) {
          this.text(JSON.stringify(text));
          return;
        }
        const point = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        b[at++] = 0xf0 | (point >> 18);
        b[at++] = 0x80 | ((point >> 12) & 0x3f);
        b[at++] = 0x80 | ((point >> 6) & 0x3f);
        b[at++] = 0x80 | (point & 0x3f);
        i++;
      } else {
        b[at++] = 0xe0 | (c >> 12);
        b[at++] = 0x80 | ((c >> 6) & 0x3f);
        b[at++] = 0x80 | (c & 0x3f);
      }
    }
    b[at++] = QUOTE;
    this.at = at;
  }

  /** A number as JSON.stringify writes it: digits of a whole number as bytes, no string made. */
  number(value: number): void {
    if (!(value >= 0 && value <= 0xffffffff && value === Math.floor(value))) {
      this.ascii(JSON.stringify(value));
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.room(digits);
    const b = this.bytes;
    let rest = value;
    for (let d = this.at + digits - 1; d >= this.at; d--) {
      b[d] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.at += digits;
  }

  /** null, a boolean, a number or a string, as JSON.stringify writes it (undefined: null). */
  scalar(value: unknown): void {
    if (typeof value === "string") this.string(value);
    else if (typeof value === "number") this.number(value);
    else if (value === true) this.ascii("true");
    else if (value === false) this.ascii("false");
    else this.ascii(JSON.stringify(value) ?? "null");
  }
}

/** Key lists seen lately and their sorted order: a record's outcomes come in a few shapes. */
const RECENT_SHAPES = 16;
const recentKeys: string[][] = [];
const recentSorted: string[][] = [];

/** Object.keys(object).sort(), remembered for the last few key lists (compared key by key). */
const sortedKeys = (keys: string[]): string[] => {
  search: for (let s = 0; s < recentKeys.length; s++) {
    const seen = recentKeys[s]!;
    if (seen.length !== keys.length) continue;
    for (let k = 0; k < keys.length; k++) if (seen[k] !== keys[k]) continue search;
    return recentSorted[s]!;
  }
  const sorted = [...keys].sort();
  if (recentKeys.length === RECENT_SHAPES) {
    recentKeys.pop();
    recentSorted.pop();
  }
  recentKeys.unshift(keys);
  recentSorted.unshift(sorted);
  return sorted;
};

/** The canonical JSON of a value (canonicalJson's text), written as UTF-8 into `out`. */
export const writeCanonical = (out: JsonBytes, value: unknown): void => {
  if (value === null || typeof value !== "object") {
    out.scalar(value);
    return;
  }
  if (Array.isArray(value)) {
    out.ascii("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.ascii(",");
      writeCanonical(out, value[i]);
    }
    out.ascii("]");
    return;
  }
  const object = value as Record<string, unknown>;
  out.ascii("{");
  let first = true;
  for (const key of sortedKeys(Object.keys(object))) {
    const v = object[key];
    if (v === undefined) continue;
    if (!first) out.ascii(",");
    first = false;
    out.string(key);
    out.ascii(":");
    writeCanonical(out, v);
  }
  out.ascii("}");
};

/** Bytes handed on at a time: few calls into the hash, a buffer that stays small. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * The canonical JSON of a value as UTF-8 in chunks of about CHUNK_BYTES:
 * canonicalPieces's text, encoded. A list (any iterable, read as an array)
 * is written item by item, so a million outcomes are never one buffer.
 * Each chunk is a view of one buffer, filled again once the next is asked
 * for: a hash takes it in at once (a fresh buffer per chunk is external
 * memory that makes V8 collect, and verify holds a million outcomes parsed).
 */
export function* canonicalChunks(value: unknown): Generator<Uint8Array> {
  const out = new JsonBytes(16 * 1024);
  if (value === null || typeof value !== "object" || !(Symbol.iterator in value)) {
    writeCanonical(out, value);
    yield out.view();
    return;
  }
  out.ascii("[");
  let first = true;
  for (const item of value as Iterable<unknown>) {
    if (!first) out.ascii(",");
    first = false;
    writeCanonical(out, item);
    if (out.at >= CHUNK_BYTES) {
      yield out.view();
      out.clear();
    }
  }
  out.ascii("]");
  yield out.view();
}
