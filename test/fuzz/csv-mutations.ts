/**
 * Applicant lists mutated from the CSV fixtures: random bytes, truncated rows,
 * stray quotes, mixed delimiters, overlong fields, NUL bytes, other encodings
 * and line endings. Mutations are plain data, applied deterministically.
 */
import fc from "fast-check";

export type CsvMutation =
  | { kind: "insert-bytes"; at: number; bytes: number[] }
  | { kind: "overwrite-bytes"; at: number; bytes: number[] }
  | { kind: "truncate"; at: number }
  | { kind: "cut-row"; line: number; at: number }
  | { kind: "drop-fields"; line: number; count: number }
  | { kind: "extra-fields"; line: number; count: number }
  | { kind: "stray-quote"; at: number; count: number }
  | { kind: "mix-delimiters"; line: number; to: string; every: number }
  | { kind: "overlong-field"; line: number; size: number; quoted: boolean }
  | { kind: "nul"; at: number }
  | { kind: "utf16"; littleEndian: boolean; bom: boolean }
  | { kind: "windows-1252" }
  | { kind: "delete-lines"; at: number; count: number }
  | { kind: "duplicate-lines"; at: number; count: number }
  | { kind: "line-endings"; to: "\r\n" | "\r" | "\n" | "\u2028" }
  | { kind: "bom"; bytes: number[] }
  | { kind: "empty-lines"; at: number; count: number }
  | { kind: "header-cell"; at: number; text: string }
  | { kind: "cell"; line: number; field: number; text: string }
  | { kind: "long-cell"; line: number; field: number; unit: string; count: number }
  | { kind: "many-rows"; count: number }
  | { kind: "nfd" }
  | { kind: "invisible-id"; line: number; char: string };

/** Characters that show as nothing. */
export const INVISIBLE_CHARS = [
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\ufeff",
  "\u00ad",
  "\u200e",
];

const nat = (max = 1_000_000) => fc.nat({ max });

/** Cell values that are almost right, or wrong in a way people produce. */
const CELLS = [
  "",
  " ",
  "ja",
  "JA ",
  "nej",
  "x",
  "X",
  "1",
  "0",
  "2",
  "true",
  "yes",
  "kanskje",
  "12,5",
  "12.5",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "0x10",
  "1 000",
  "2027-02-30",
  "2027-02-28",
  "29.02.2027",
  "31.12.9999",
  "0000-01-01",
  "2027-1-1",
  '=HYPERLINK("x")',
  "+1",
  "@SUM(A1)",
  "\t",
  '"',
  '""',
  '"quoted"',
  "a\nb",
  "T-001",
  "spesialist",
  "kommune",
  "strategisk",
  "🧑‍⚕️",
  "\u0085",
  "\uFEFF",
];

export const csvMutation: fc.Arbitrary<CsvMutation> = fc.oneof(
  fc.record({
    kind: fc.constant("insert-bytes" as const),
    at: nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant("overwrite-bytes" as const),
    at: nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: nat() }),
  fc.record({ kind: fc.constant("cut-row" as const), line: nat(), at: nat() }),
  fc.record({
    kind: fc.constant("drop-fields" as const),
    line: nat(),
    count: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    kind: fc.constant("extra-fields" as const),
    line: nat(),
    count: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant("stray-quote" as const),
    at: nat(),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant("mix-delimiters" as const),
    line: nat(),
    to: fc.constantFrom(";", "\t", ",", "|"),
    every: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant("overlong-field" as const),
    line: nat(),
    size: fc.constantFrom(1_000, 70_000, 300_000, 5_000_000),
    quoted: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("nul" as const), at: nat() }),
  fc.record({ kind: fc.constant("utf16" as const), littleEndian: fc.boolean(), bom: fc.boolean() }),
  fc.record({ kind: fc.constant("windows-1252" as const) }),
  fc.record({
    kind: fc.constant("delete-lines" as const),
    at: nat(),
    count: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant("duplicate-lines" as const),
    at: nat(),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant("line-endings" as const),
    to: fc.constantFrom("\r\n" as const, "\r" as const, "\n" as const, "\u2028" as const),
  }),
  fc.record({
    kind: fc.constant("bom" as const),
    bytes: fc.constantFrom<number[]>(
      [0xef, 0xbb, 0xbf],
      [0xef, 0xbb],
      [0xfe, 0xff],
      [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
    ),
  }),
  fc.record({
    kind: fc.constant("empty-lines" as const),
    at: nat(),
    count: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kind: fc.constant("header-cell" as const),
    at: nat(),
    text: fc.oneof(fc.constantFrom(...CELLS), fc.string({ unit: "binary", maxLength: 8 })),
  }),
  fc.record({
    kind: fc.constant("cell" as const),
    line: nat(),
    field: nat(),
    text: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...CELLS) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
    ),
  }),
  fc.record({
    kind: fc.constant("long-cell" as const),
    line: nat(),
    field: nat(),
    unit: fc.constantFrom("x\n", "w", "ø ", "\r\n"),
    count: fc.constantFrom(1_000, 100_000, 200_000),
  }),
  fc.record({
    kind: fc.constant("many-rows" as const),
    count: fc.constantFrom(100, 5_000, 50_000),
  }),
  fc.record({ kind: fc.constant("nfd" as const) }),
  fc.record({
    kind: fc.constant("invisible-id" as const),
    line: nat(),
    char: fc.constantFrom(...INVISIBLE_CHARS),
  }),
);

export const mutatedList = (seeds: readonly string[]) =>
  fc.record({
    seed: fc.constantFrom(...seeds),
    mutations: fc.array(csvMutation, { minLength: 1, maxLength: 3 }),
  });

/** The byte lines of a list (split at LF, the LF dropped). */
const linesOf = (bytes: Buffer): Buffer[] => {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, start)) {
    lines.push(bytes.subarray(start, i));
    start = i + 1;
  }
  lines.push(bytes.subarray(start));
  return lines;
};
const joinLines = (lines: Buffer[]): Buffer => {
  const parts: Buffer[] = [];
  lines.forEach((line, i) => {
    if (i > 0) parts.push(Buffer.from([0x0a]));
    parts.push(line);
  });
  return Buffer.concat(parts);
};

/** The delimiter of the header line, as the scanner would guess it. */
const delimiterOf = (bytes: Buffer): string => {
  const header = linesOf(bytes)[0]!.toString("latin1");
  const count = (c: string) => header.split(c).length - 1;
  if (count("\t") > 0 && count("\t") >= count(";") && count("\t") >= count(",")) return "\t";
  if (count(";") > 0 && count(";") >= count(",")) return ";";
  return ",";
};

const editLine = (bytes: Buffer, index: number, edit: (text: string) => string): Buffer => {
  const lines = linesOf(bytes);
  const at = index % lines.length;
  lines[at] = Buffer.from(edit(lines[at]!.toString("utf8")), "utf8");
  return joinLines(lines);
};

export const applyCsvMutation = (bytes: Buffer, m: CsvMutation): Buffer => {
  const at = (n: number) => n % (bytes.length + 1);
  const d = delimiterOf(bytes);
  switch (m.kind) {
    case "insert-bytes":
      return Buffer.concat([
        bytes.subarray(0, at(m.at)),
        Buffer.from(m.bytes),
        bytes.subarray(at(m.at)),
      ]);
    case "overwrite-bytes": {
      const out = Buffer.from(bytes);
      const from = at(m.at);
      for (let i = 0; i < m.bytes.length && from + i < out.length; i++) out[from + i] = m.bytes[i]!;
      return out;
    }
    case "truncate":
      return bytes.subarray(0, at(m.at));
    case "cut-row":
      return editLine(bytes, m.line, (line) => line.slice(0, m.at % (line.length + 1)));
    case "drop-fields":
      return editLine(bytes, m.line, (line) => {
        const fields = line.split(d);
        return fields.slice(0, Math.max(0, fields.length - m.count)).join(d);
      });
    case "extra-fields":
      return editLine(bytes, m.line, (line) => `${line}${d.repeat(m.count)}extra`);
    case "stray-quote": {
      let out = bytes;
      for (let i = 0; i < m.count; i++) {
        const p = (m.at * (i + 1) * 7919) % (out.length + 1);
        out = Buffer.concat([out.subarray(0, p), Buffer.from('"'), out.subarray(p)]);
      }
      return out;
    }
    case "mix-delimiters":
      return editLine(bytes, m.line, (line) =>
        line
          .split(d)
          .map((field, i) => (i === 0 ? field : (i % m.every === 0 ? m.to : d) + field))
          .join(""),
      );
    case "overlong-field":
      return editLine(bytes, m.line, (line) => {
        const fields = line.split(d);
        const long = "ø".repeat(m.size / 2);
        fields[Math.min(1, fields.length - 1)] = m.quoted ? `"${long}"` : long;
        return fields.join(d);
      });
    case "nul":
      return Buffer.concat([
        bytes.subarray(0, at(m.at)),
        Buffer.from([0]),
        bytes.subarray(at(m.at)),
      ]);
    case "utf16": {
      const text = bytes.toString("utf8");
      const le = Buffer.from(text, "utf16le");
      const encoded = m.littleEndian ? le : Buffer.from(le).swap16();
      const bom = m.littleEndian ? [0xff, 0xfe] : [0xfe, 0xff];
      return m.bom ? Buffer.concat([Buffer.from(bom), encoded]) : encoded;
    }
    case "windows-1252":
      return Buffer.from(bytes.toString("utf8"), "latin1");
    case "delete-lines": {
      const lines = linesOf(bytes);
      lines.splice(m.at % lines.length, m.count);
      return joinLines(lines);
    }
    case "duplicate-lines": {
      const lines = linesOf(bytes);
      const from = m.at % lines.length;
      lines.splice(from, 0, ...lines.slice(from, from + m.count));
      return joinLines(lines);
    }
    case "line-endings": {
      const text = bytes.toString("latin1").replace(/\r?\n/g, "\n");
      return Buffer.from(
        text.split("\n").join(m.to === "\u2028" ? "\u00e2\u0080\u00a8" : m.to),
        "latin1",
      );
    }
    case "bom":
      return Buffer.concat([Buffer.from(m.bytes), bytes]);
    case "empty-lines": {
      const lines = linesOf(bytes);
      lines.splice(m.at % lines.length, 0, ...Array(m.count).fill(Buffer.alloc(0)));
      return joinLines(lines);
    }
    case "header-cell":
      return editLine(bytes, 0, (line) => {
        const fields = line.split(d);
        fields[m.at % fields.length] = m.text;
        return fields.join(d);
      });
    case "cell":
      return editLine(bytes, m.line, (line) => {
        const fields = line.split(d);
        const value = /["\n\r,;\t]/.test(m.text) ? `"${m.text.replaceAll('"', '""')}"` : m.text;
        fields[m.field % fields.length] = value;
        return fields.join(d);
      });
    case "long-cell":
      // A cell of `unit` many times: 200,000 line breaks, or 100,000 characters without a space.
      return editLine(bytes, m.line, (line) => {
        const fields = line.split(d);
        fields[m.field % fields.length] = `"${m.unit.repeat(m.count).replaceAll('"', '""')}"`;
        return fields.join(d);
      });
    case "many-rows": {
      // The data rows again and again, with fresh ids in the first column.
      const lines = linesOf(bytes).filter((l) => l.length > 0);
      const [header, ...rows] = lines;
      if (!header || rows.length === 0) return bytes;
      const out: Buffer[] = [header];
      for (let i = 0; i < m.count; i++) {
        const row = rows[i % rows.length]!.toString("utf8");
        const cut = row.indexOf(d);
        out.push(Buffer.from(`F${i}${cut === -1 ? "" : row.slice(cut)}`, "utf8"));
      }
      return joinLines(out);
    }
    case "nfd":
      return Buffer.from(bytes.toString("utf8").normalize("NFD"), "utf8");
    case "invisible-id":
      // An id that looks like an other: the invisible character after its first letter.
      return editLine(bytes, 1 + (m.line % Math.max(1, linesOf(bytes).length - 1)), (line) =>
        line.length === 0 ? line : line[0] + m.char + line.slice(1),
      );
  }
};

export const applyCsvMutations = (seed: Buffer, mutations: readonly CsvMutation[]): Buffer =>
  mutations.reduce(applyCsvMutation, seed);
