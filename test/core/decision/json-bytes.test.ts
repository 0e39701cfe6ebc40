/**
 * The byte writer of the audit record's canonical form against its
 * definition, canonicalJson (and JSON.stringify for strings and numbers):
 * the same text, as UTF-8, for any value.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, canonicalPieces } from "../../../src/core/decision/canonical.js";
import {
  CHUNK_BYTES,
  canonicalChunks,
  JsonBytes,
  writeCanonical,
} from "../../../src/core/decision/json-bytes.js";

const utf8 = (bytes: Uint8Array): Buffer => Buffer.from(bytes);
const written = (write: (out: JsonBytes) => void, size?: number): Buffer => {
  const out = new JsonBytes(size);
  write(out);
  return utf8(out.view());
};

/** Any string: lone surrogates, control characters, quotes and backslashes too. */
const anyString = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({
    unit: fc.constantFrom("a", '"', "\\", "\n", "\u0000", "\u001f", "ø", "€", "\ud83d", "\ude00"),
  }),
);

/** JSON-like values with any strings, and what JSON has no word for (undefined keys and items). */
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.oneof(fc.integer(), fc.nat(), fc.double(), fc.constantFrom(-0, 2 ** 40, 1e21, 0.1)),
    anyString,
    fc.constant(undefined),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(anyString, tie("value"), { maxKeys: 5 }),
  ),
})).value;

describe("JsonBytes", () => {
  it("writes a string as JSON.stringify does, in UTF-8", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(written((o) => o.string(s), 1)).toEqual(Buffer.from(JSON.stringify(s), "utf8"));
      }),
      { numRuns: 2000 },
    );
  });

  it("writes text as Buffer encodes it in UTF-8 (a lone surrogate as U+FFFD)", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(written((o) => o.text(s), 1)).toEqual(Buffer.from(s, "utf8"));
      }),
      { numRuns: 2000 },
    );
  });

  it("writes a number as JSON.stringify does", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.nat(), fc.double(), fc.constantFrom(-0, 2 ** 32, 2 ** 53, 1e21)),
        (n) => {
          expect(written((o) => o.number(n), 1).toString()).toBe(JSON.stringify(n));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("grows past its size and hands over what it holds", () => {
    const out = new JsonBytes(2);
    out.ascii("abc");
    out.string("défg");
    const taken = out.take();
    expect(utf8(taken).toString()).toBe('abc"défg"');
    out.ascii("x");
    expect(utf8(taken).toString()).toBe('abc"défg"');
    expect(utf8(out.view()).toString()).toBe("x");
  });
});

describe("writeCanonical", () => {
  it("writes canonicalJson's text as UTF-8, for any value", () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(written((o) => writeCanonical(o, v), 1)).toEqual(
          Buffer.from(canonicalJson(v), "utf8"),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("sorts the keys of objects of one shape and of many alike (the sorted orders it remembers)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("b", "a", "c", "aa", "B", "é", "10", "2"), { maxLength: 6 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        (names, seeds) => {
          // Many objects with the keys in orders of their own, a few shapes recurring.
          const objects = seeds.map((seed) => {
            const keys = [...new Set(names)];
            for (let i = keys.length - 1; i > 0; i--) {
              const j = (seed + i * 7) % (i + 1);
              [keys[i], keys[j]] = [keys[j]!, keys[i]!];
            }
            return Object.fromEntries(keys.slice(0, 1 + (seed % 6)).map((k, i) => [k, i]));
          });
          for (const o of objects)
            expect(written((out) => writeCanonical(out, o)).toString()).toBe(canonicalJson(o));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("in chunks: canonicalPieces's text, a list item by item", () => {
    fc.assert(
      fc.property(fc.oneof(value, fc.array(value, { maxLength: 30 })), (v) => {
        const chunks = Array.from(canonicalChunks(v), (c) => Buffer.from(c));
        expect(Buffer.concat(chunks)).toEqual(
          Buffer.from([...canonicalPieces(v)].join(""), "utf8"),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("hands a long list over in chunks of about CHUNK_BYTES, each taken in before the next", () => {
    const list = Array.from({ length: 40_000 }, (_, i) => ({
      id: `a${i}`,
      reason: "ø".repeat(i % 7),
    }));
    const chunks = Array.from(canonicalChunks(list), (c) => Buffer.from(c));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks.slice(0, -1))
      expect(chunk.length).toBeGreaterThanOrEqual(CHUNK_BYTES);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(canonicalJson(list));
  });
});
