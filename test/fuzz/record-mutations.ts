/**
 * Mutations of the two inputs a coordinator keeps beside a result: the audit
 * record that `verify` re-runs, and the declines file of `allocate --declined`.
 *
 * Record mutations are structure-aware (a value anywhere replaced, a key or an
 * outcome removed, outcomes swapped or duplicated, an input path pointed
 * outside the record's folder) or keep the content (re-indented, keys in
 * another order, a byte-order mark, UTF-16). Each says whether it changed the
 * record, so the fuzzer knows what verify must say.
 *
 * Declines files are built from ids (admitted, unknown, many), with LF, CRLF
 * or lone CR line ends, a BOM, UTF-16 with or without its BOM, NUL bytes.
 */
import fc from "fast-check";

export type RecordMutation =
  | { kind: "set"; at: number; value: unknown }
  | { kind: "delete"; at: number }
  | { kind: "swap-outcomes"; i: number; j: number }
  | { kind: "duplicate-outcome"; i: number }
  | { kind: "remove-outcome"; i: number }
  | { kind: "outside"; role: "program" | "applicants"; path: string; realHash: boolean }
  | { kind: "drop-hashes" }
  /** The record as the oldest cohorts wrote it: version 1, no language, no params, no hashes. */
  | { kind: "older-record" };

export type RecordEncoding = "compact" | "indented" | "reordered" | "bom" | "utf16le" | "utf16be";

const ODD_VALUES: unknown[] = [
  0,
  -1,
  41,
  1e308,
  "",
  "x",
  "cohort 0.0.1",
  "0000000000000000",
  null,
  true,
  false,
  [],
  {},
  { total: 40 },
  "../secret.txt",
];

/** Paths a hostile record may name: outside the folder by name, or through a link. */
export const OUTSIDE_PATHS = [
  "/etc/passwd",
  "../secret.txt",
  "../../secret.txt",
  "sub/../../secret.txt",
  "link.yaml",
];

export const recordMutation: fc.Arbitrary<RecordMutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      at: fc.nat(),
      value: fc.constantFrom(...ODD_VALUES),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("swap-outcomes" as const), i: fc.nat(), j: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("duplicate-outcome" as const), i: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("remove-outcome" as const), i: fc.nat() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("outside" as const),
      role: fc.constantFrom("program" as const, "applicants" as const),
      path: fc.constantFrom(...OUTSIDE_PATHS),
      realHash: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "drop-hashes" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "older-record" as const }) },
);

export const mutatedRecord = fc.record({
  mutations: fc.array(recordMutation, { minLength: 0, maxLength: 2 }),
  encoding: fc.constantFrom<RecordEncoding>(
    "compact",
    "indented",
    "reordered",
    "bom",
    "utf16le",
    "utf16be",
  ),
});

type Json = unknown;

/** Every place in a value, as key paths (the root excluded), in a fixed order. */
const places = (value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) => {
  if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      const key = Array.isArray(value) ? Number(k) : k;
      out.push([...prefix, key]);
      places(v, [...prefix, key], out);
    }
  return out;
};

const parentOf = (root: Json, path: (string | number)[]) => {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  return node;
};

/** A record value mutated in place; returns whether an input now lies outside the folder. */
export const applyRecordMutation = (
  record: Record<string, Json>,
  m: RecordMutation,
  secretHash: string,
): { outside: boolean } => {
  const outcomes = Array.isArray(record.outcomes) ? (record.outcomes as Json[]) : [];
  switch (m.kind) {
    case "set":
    case "delete": {
      const all = places(record);
      if (all.length === 0) return { outside: false };
      const path = all[m.at % all.length]!;
      const parent = parentOf(record, path);
      const key = path[path.length - 1]!;
      if (m.kind === "set") parent[key] = structuredClone(m.value);
      else if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return { outside: false };
    }
    case "swap-outcomes": {
      if (outcomes.length < 2) return { outside: false };
      const i = m.i % outcomes.length;
      const j = m.j % outcomes.length;
      [outcomes[i], outcomes[j]] = [outcomes[j], outcomes[i]];
      return { outside: false };
    }
    case "remove-outcome":
      if (outcomes.length > 0) outcomes.splice(m.i % outcomes.length, 1);
      return { outside: false };
    case "duplicate-outcome":
      if (outcomes.length > 0)
        outcomes.splice(m.i % outcomes.length, 0, outcomes[m.i % outcomes.length]);
      return { outside: false };
    case "outside": {
      const input = (record.inputs as Record<string, Record<string, Json>> | undefined)?.[m.role];
      if (!input || typeof input !== "object") return { outside: false };
      input.path = m.path;
      if (m.realHash) input.sha256 = secretHash;
      return { outside: true };
    }
    case "drop-hashes":
      delete record.sha256;
      return { outside: false };
    case "older-record":
      asOlderRecord(record);
      return { outside: false };
  }
};

const withoutKey = (o: Json, key: string): Json => {
  if (o === null || typeof o !== "object" || Array.isArray(o)) return o;
  const { [key]: _, ...rest } = o as Record<string, Json>;
  return rest;
};

/**
 * A record of version 2 made one of version 1 without section hashes, as
 * the oldest cohorts wrote it (docs/output-formats.md, Versions of the audit
 * record): what was decided is the same, so verify must verify it.
 */
export const asOlderRecord = (record: Record<string, Json>): Record<string, Json> => {
  record.version = 1;
  delete record.language;
  delete record.sha256;
  if (Array.isArray(record.outcomes))
    record.outcomes = record.outcomes.map((o) => {
      const out = withoutKey(o, "params");
      if (out === null || typeof out !== "object" || Array.isArray(out)) return out;
      const choices = (out as Record<string, Json>).choiceReasons;
      return Array.isArray(choices)
        ? { ...out, choiceReasons: choices.map((c) => withoutKey(c, "params")) }
        : out;
    });
  return record;
};

/** The bytes of a record as a tool or an editor might save it; none of these change its content. */
export const encodeRecord = (record: Record<string, Json>, encoding: RecordEncoding): Buffer => {
  const text =
    encoding === "compact"
      ? JSON.stringify(record)
      : encoding === "reordered"
        ? JSON.stringify(Object.fromEntries(Object.entries(record).reverse()), null, 1)
        : JSON.stringify(record, null, 2);
  switch (encoding) {
    case "bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    case "utf16le":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf16be":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
    default:
      return Buffer.from(text);
  }
};

/** Canonical JSON (sorted keys), to tell whether a mutation changed the content. */
export const canonical = (value: Json): string => {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, Json>)[k])}`)
    .join(",")}}`;
};

export type LineEnd = "\n" | "\r\n" | "\r";
export type DeclinesEncoding = "utf8" | "utf8-bom" | "utf16le-bom" | "utf16be-bom" | "utf16le";

export interface DeclinesCase {
  /** Indexes into the admitted ids (taken modulo their number). */
  admitted: number[];
  /** Ids that are nobody's, and how many more of them (up to 200,000 lines). */
  unknown: number;
  heading: boolean;
  comment: boolean;
  lineEnd: LineEnd;
  encoding: DeclinesEncoding;
  /** A NUL byte put into the n-th line (none when undefined). */
  nulAt: number | undefined;
}

export const declinesCase: fc.Arbitrary<DeclinesCase> = fc.record({
  admitted: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
  unknown: fc.oneof(fc.constant(0), fc.constant(0), fc.nat(30), fc.constantFrom(5_000, 50_000)),
  heading: fc.boolean(),
  comment: fc.boolean(),
  lineEnd: fc.constantFrom<LineEnd>("\n", "\r\n", "\r"),
  encoding: fc.constantFrom<DeclinesEncoding>(
    "utf8",
    "utf8",
    "utf8-bom",
    "utf16le-bom",
    "utf16be-bom",
    "utf16le",
  ),
  nulAt: fc.option(fc.nat(), { nil: undefined, freq: 4 }),
});

/** The lines of a declines file, as text, before encoding. */
export const declinesLines = (
  c: DeclinesCase,
  admitted: readonly string[],
  idColumn: string,
): string[] => {
  const ids = [...new Set(c.admitted.map((i) => admitted[i % admitted.length]!))];
  return [
    ...(c.comment ? ["# declined by phone"] : []),
    ...(c.heading ? [idColumn] : []),
    ...ids,
    ...Array.from({ length: c.unknown }, (_, i) => `NOBODY-${i}`),
  ];
};

export const encodeDeclines = (c: DeclinesCase, lines: readonly string[]): Buffer => {
  const text = lines.map((l) => l + c.lineEnd).join("");
  let bytes: Buffer;
  switch (c.encoding) {
    case "utf8":
      bytes = Buffer.from(text);
      break;
    case "utf8-bom":
      bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
      break;
    case "utf16le-bom":
      bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
      break;
    case "utf16be-bom":
      bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
      break;
    case "utf16le":
      bytes = Buffer.from(text, "utf16le");
      break;
  }
  if (c.nulAt === undefined || c.encoding.startsWith("utf16")) return bytes;
  // The NUL goes after the first character of a line (never in UTF-16, where it is normal).
  const line = c.nulAt % lines.length;
  const offset =
    Buffer.byteLength(
      lines
        .slice(0, line)
        .map((l) => l + c.lineEnd)
        .join(""),
    ) +
    (c.encoding === "utf8-bom" ? 3 : 0) +
    1;
  return Buffer.concat([bytes.subarray(0, offset), Buffer.from([0]), bytes.subarray(offset)]);
};
