import { describe, expect, it } from "vitest";
import {
  AUDIT_SECTIONS,
  type AuditRecord,
  editedSections,
  sectionHashes,
  sectionsOf,
} from "../../../src/core/decision/audit.js";
import {
  canonicalJson,
  canonicalPieces,
  nestsDeeperThan,
} from "../../../src/core/decision/canonical.js";

describe("canonical JSON (RFC 8785)", () => {
  it("sorts keys at every level, drops undefined, writes no spaces", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, "x", null], c: true }, u: undefined })).toBe(
      '{"a":{"c":true,"d":[1,"x",null]},"b":1}',
    );
  });

  it("is the same for a value parsed back from its indented JSON with keys in another order", () => {
    const value = { z: [{ y: 1, x: 2 }], a: "ø\u0000" };
    const reordered = JSON.parse(JSON.stringify({ a: value.a, z: [{ x: 2, y: 1 }] }, null, 2));
    expect(canonicalJson(reordered)).toBe(canonicalJson(value));
  });

  it("comes in pieces for a list, the same text joined", () => {
    const list = [{ b: 1, a: 2 }, 3, "x"];
    expect([...canonicalPieces(list)].join("")).toBe(canonicalJson(list));
    expect([...canonicalPieces({ a: 1 })].join("")).toBe('{"a":1}');
  });

  it("reads a list made as it is read (the outcomes being written) as the array it makes", () => {
    const list = [{ b: 1, a: 2 }, [3], "x"];
    const made = {
      *[Symbol.iterator]() {
        yield* list;
      },
    };
    expect([...canonicalPieces(made)].join("")).toBe(canonicalJson(list));
    expect([...canonicalPieces({ [Symbol.iterator]: () => [][Symbol.iterator]() })].join("")).toBe(
      "[]",
    );
  });

  it("tells deep nesting without recursing past the limit", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nestsDeeperThan(deep, 64)).toBe(true);
    expect(nestsDeeperThan({ a: [{ b: 1 }] }, 64)).toBe(false);
  });
});

describe("the section hashes of an audit record", () => {
  const record = {
    version: 1,
    tool: "cohort 1.0.0",
    program: "p",
    inputs: {
      program: { path: "p.yaml", sha256: "a" },
      applicants: { path: "l.csv", sha256: "b" },
    },
    seed: "s",
    seedGiven: false,
    parameters: { total: 2 },
    outcomes: [{ id: "x" }],
    summary: { admitted: 1 },
  } as AuditRecord;
  const digest = (pieces: Iterable<string | Uint8Array>) =>
    [...pieces].map((p) => (typeof p === "string" ? p : Buffer.from(p).toString("utf8"))).join("");

  it("hash every section but the version, each of its canonical JSON", () => {
    const hashes = sectionHashes({ ...record, version: 2, language: "nb" }, digest);
    expect(Object.keys(hashes)).toEqual([...AUDIT_SECTIONS]);
    expect(hashes.language).toBe('"nb"');
    expect(hashes.parameters).toBe('{"total":2}');
    expect(hashes.outcomes).toBe('[{"id":"x"}]');
    expect(hashes.seedGiven).toBe("false");
  });

  it("a version 1 record has the sections it had: no language", () => {
    expect(Object.keys(sectionHashes(record, digest))).toEqual(
      AUDIT_SECTIONS.filter((s) => s !== "language"),
    );
    expect(sectionsOf(1)).not.toContain("language");
  });

  it("edited sections: none for a version 1 record without hashes, every one for a later one", () => {
    expect(editedSections(record, digest)).toEqual([]);
    const v2 = { ...record, version: 2, language: "nb" } as AuditRecord;
    expect(editedSections(v2, digest).map((e) => e.section)).toEqual([...AUDIT_SECTIONS]);
    const sealed = { ...v2, sha256: sectionHashes(v2, digest) } as AuditRecord;
    expect(editedSections(sealed, digest)).toEqual([]);
    const retold = { ...sealed, language: "sv" } as AuditRecord;
    expect(editedSections(retold, digest)).toEqual([
      { section: "language", recorded: '"nb"', actual: '"sv"' },
    ]);
  });
});
