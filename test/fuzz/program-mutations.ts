/**
 * Program files mutated from the shipped ones. A mutation is plain data
 * (positions are whole numbers taken modulo what is there), so fast-check can
 * shrink a failing case to a small one, and applying it is deterministic.
 */
import fc from "fast-check";
import { isNode, type Node, parseDocument, visit } from "yaml";

export type ProgramMutation =
  | { kind: "delete-lines"; at: number; count: number }
  | { kind: "duplicate-lines"; at: number; count: number }
  | { kind: "swap-lines"; a: number; b: number }
  | { kind: "reindent"; at: number; delta: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert-text"; at: number; text: string }
  | { kind: "insert-bytes"; at: number; bytes: number[] }
  | { kind: "replace-node"; node: number; text: string }
  | { kind: "delete-key"; node: number }
  | { kind: "deep"; node: number; depth: number; style: "seq" | "map" | "block" }
  | { kind: "huge"; node: number; size: number; style: "plain" | "quoted" | "digits" | "literal" }
  | { kind: "alias"; anchor: number; alias: number }
  | { kind: "alias-bomb"; line: number; width: number; depth: number }
  | { kind: "self-alias"; node: number }
  | { kind: "set-value"; key: string; nth: number; text: string }
  | { kind: "many-modules"; count: number; apart: number }
  | { kind: "wide-enum"; nth: number; count: number };

/** Keys holding counts and date offsets, and values beyond what the engine handles. */
const COUNT_KEYS = ["total", "seats", "min", "max", "years", "months", "days", "weeks"];
const BIG_VALUES = ["1000000000", "999999998", "1e9", "2028", "9007199254740991", "9".repeat(400)];

/** Values of every type, and the odd corners of YAML 1.2 scalars. */
const SCALARS = [
  "42",
  "-1",
  "0",
  "3.5",
  "1e999",
  "-.inf",
  ".nan",
  "0x1F",
  "0o17",
  "true",
  "false",
  "~",
  "null",
  '""',
  "''",
  '"tekst"',
  "tekst med æøå",
  "2027-02-30",
  "2027-13-01",
  "0000-00-00",
  "9999-12-31",
  "2027-04-12T10:00:00Z",
  "12.04.2027",
  "[]",
  "{}",
  "[1, 2, 3]",
  "[a, [b, [c]]]",
  "{ a: 1 }",
  "{ field: x, equals: y }",
  "!!binary aGVp",
  "!custom x",
  "!!str 5",
  "!!int x",
  "? a : b",
  "<<: { a: 1 }",
  "- a",
  "|\n  block",
  "*undefined",
  "&a",
  '"\\u0000"',
  '"\\uD800"',
  "'''",
  "#",
  "`",
  "@",
  "%TAG",
  "---",
  "...",
];

const nat = (max = 1_000_000) => fc.nat({ max });

export const programMutation: fc.Arbitrary<ProgramMutation> = fc.oneof(
  fc.record({
    kind: fc.constant("delete-lines" as const),
    at: nat(),
    count: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({
    kind: fc.constant("duplicate-lines" as const),
    at: nat(),
    count: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ kind: fc.constant("swap-lines" as const), a: nat(), b: nat() }),
  fc.record({
    kind: fc.constant("reindent" as const),
    at: nat(),
    delta: fc.integer({ min: -4, max: 4 }),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: nat() }),
  fc.record({
    kind: fc.constant("insert-text" as const),
    at: nat(),
    text: fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          ":",
          "-",
          "\n",
          " ",
          "#",
          "&",
          "*",
          "!",
          "|",
          ">",
          "'",
          '"',
          "{",
          "[",
          "\t",
          "\r",
          "\u2028",
          "\uFEFF",
        ),
        fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      ),
      maxLength: 12,
    }),
  }),
  fc.record({
    kind: fc.constant("insert-bytes" as const),
    at: nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant("replace-node" as const),
    node: nat(),
    text: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...SCALARS) },
      {
        weight: 1,
        arbitrary: fc.string({ unit: "binary", maxLength: 16 }).map((s) => JSON.stringify(s)),
      },
    ),
  }),
  fc.record({ kind: fc.constant("delete-key" as const), node: nat() }),
  fc.record({
    kind: fc.constant("deep" as const),
    node: nat(),
    depth: fc.constantFrom(20, 100, 1_000, 10_000, 100_000),
    style: fc.constantFrom("seq" as const, "map" as const, "block" as const),
  }),
  fc.record({
    kind: fc.constant("huge" as const),
    node: nat(),
    size: fc.constantFrom(1_000, 100_000, 1_000_000, 4_000_000),
    style: fc.constantFrom(
      "plain" as const,
      "quoted" as const,
      "digits" as const,
      "literal" as const,
    ),
  }),
  fc.record({ kind: fc.constant("alias" as const), anchor: nat(), alias: nat() }),
  fc.record({
    kind: fc.constant("alias-bomb" as const),
    line: nat(),
    width: fc.integer({ min: 2, max: 12 }),
    depth: fc.integer({ min: 1, max: 9 }),
  }),
  fc.record({ kind: fc.constant("self-alias" as const), node: nat() }),
  fc.record({
    kind: fc.constant("set-value" as const),
    key: fc.constantFrom(...COUNT_KEYS),
    nth: nat(20),
    text: fc.constantFrom(...BIG_VALUES),
  }),
  fc.record({
    kind: fc.constant("wide-enum" as const),
    nth: nat(10),
    count: fc.constantFrom(50, 20_000),
  }),
  fc.record({
    kind: fc.constant("many-modules" as const),
    count: fc.constantFrom(30, 500, 2_000),
    apart: fc.constantFrom(0, 0, 2),
  }),
);

/** One to three mutations of one shipped program. */
export const mutatedProgram = (seeds: readonly string[]) =>
  fc.record({
    seed: fc.constantFrom(...seeds),
    mutations: fc.array(programMutation, { minLength: 1, maxLength: 3 }),
  });

const splitLines = (text: string): string[] => text.split("\n");

/** Nodes of the document with their text ranges, outermost first; none if it does not parse. */
const nodesOf = (text: string): Node[] => {
  const doc = parseDocument(text, { keepSourceTokens: false, logLevel: "silent" });
  const nodes: Node[] = [];
  visit(doc, {
    Node(_key, node) {
      if (isNode(node) && node.range) nodes.push(node);
    },
  });
  return nodes.slice(1);
};

const splice = (text: string, node: Node, replacement: string): string =>
  text.slice(0, node.range![0]) + replacement + text.slice(node.range![1]);

const withNode = (text: string, index: number, edit: (node: Node) => string): string => {
  const nodes = nodesOf(text);
  if (nodes.length === 0) return text;
  return edit(nodes[index % nodes.length]!);
};

const deep = (depth: number, style: "seq" | "map" | "block"): string => {
  if (style === "seq") return `${"[".repeat(depth)}x${"]".repeat(depth)}`;
  if (style === "map") return `${"{a: ".repeat(depth)}x${"}".repeat(depth)}`;
  // Block nesting needs a line per level; keep it below a few MB of indentation.
  const levels = Math.min(depth, 2_000);
  const lines: string[] = [""];
  for (let i = 0; i < levels; i++) lines.push(`${" ".repeat(i + 2)}k${i}:`);
  lines.push(`${" ".repeat(levels + 2)}x`);
  return lines.join("\n");
};

const huge = (size: number, style: "plain" | "quoted" | "digits" | "literal"): string => {
  switch (style) {
    case "plain":
      return "x".repeat(size);
    case "quoted":
      return `"${"å".repeat(size / 2)}"`;
    case "digits":
      return "9".repeat(size);
    case "literal":
      return `|\n${"  linje\n".repeat(Math.ceil(size / 8))}`;
  }
};

/** Applies one mutation to program text (as bytes, since some insert invalid UTF-8). */
export const applyProgramMutation = (input: Buffer, m: ProgramMutation): Buffer => {
  const text = input.toString("utf8");
  const lines = splitLines(text);
  const line = (n: number) => n % Math.max(1, lines.length);
  const asText = (t: string) => Buffer.from(t, "utf8");
  switch (m.kind) {
    case "delete-lines": {
      lines.splice(line(m.at), m.count);
      return asText(lines.join("\n"));
    }
    case "duplicate-lines": {
      const at = line(m.at);
      lines.splice(at, 0, ...lines.slice(at, at + m.count));
      return asText(lines.join("\n"));
    }
    case "swap-lines": {
      const a = line(m.a);
      const b = line(m.b);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return asText(lines.join("\n"));
    }
    case "reindent": {
      const at = line(m.at);
      const current = lines[at]!;
      lines[at] = m.delta > 0 ? " ".repeat(m.delta) + current : current.slice(-m.delta);
      return asText(lines.join("\n"));
    }
    case "truncate":
      return input.subarray(0, m.at % (input.length + 1));
    case "insert-text": {
      const at = m.at % (text.length + 1);
      return asText(text.slice(0, at) + m.text + text.slice(at));
    }
    case "insert-bytes": {
      const at = m.at % (input.length + 1);
      return Buffer.concat([input.subarray(0, at), Buffer.from(m.bytes), input.subarray(at)]);
    }
    case "replace-node":
      return asText(withNode(text, m.node, (node) => splice(text, node, m.text)));
    case "delete-key": {
      // A key and its value, cut out of the text wherever they are.
      const doc = parseDocument(text, { logLevel: "silent" });
      const spans: [number, number][] = [];
      visit(doc, {
        Pair(_key, pair) {
          const key = pair.key as Node | null;
          const value = pair.value as Node | null;
          const end = value?.range?.[2] ?? key?.range?.[2];
          if (key?.range && end !== undefined) spans.push([key.range[0], end]);
        },
      });
      if (spans.length === 0) return input;
      const [from, to] = spans[m.node % spans.length]!;
      return asText(text.slice(0, from) + text.slice(to));
    }
    case "deep":
      return asText(withNode(text, m.node, (node) => splice(text, node, deep(m.depth, m.style))));
    case "huge":
      return asText(withNode(text, m.node, (node) => splice(text, node, huge(m.size, m.style))));
    case "alias": {
      const nodes = nodesOf(text);
      if (nodes.length < 2) return input;
      const a = nodes[m.anchor % nodes.length]!;
      const b = nodes[m.alias % nodes.length]!;
      // Edit the later range first so the earlier offsets stay right.
      const edits = [
        { at: a.range![0], end: a.range![0], text: "&fuzz " },
        { at: b.range![0], end: b.range![1], text: "*fuzz" },
      ].sort((x, y) => y.at - x.at);
      let out = text;
      for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.end);
      return asText(out);
    }
    case "alias-bomb": {
      const bomb = [`bomb0: &b0 [${Array(m.width).fill("lol").join(", ")}]`];
      for (let i = 1; i <= m.depth; i++)
        bomb.push(
          `bomb${i}: &b${i} [${Array(m.width)
            .fill(`*b${i - 1}`)
            .join(", ")}]`,
        );
      lines.splice(line(m.line), 0, ...bomb);
      return asText(lines.join("\n"));
    }
    case "self-alias":
      return asText(withNode(text, m.node, (node) => splice(text, node, "&self [a, *self]")));
    case "set-value": {
      // The nth `key: value` of the text, block or flow style, gets the value.
      const pattern = new RegExp(`(\\b${m.key}:[ \\t]*)([^,}\\n#]+)`, "g");
      const found = [...text.matchAll(pattern)];
      if (found.length === 0) return input;
      const hit = found[m.nth % found.length]!;
      const at = hit.index! + hit[1]!.length;
      return asText(text.slice(0, at) + m.text + text.slice(at + hit[2]!.length));
    }
    case "wide-enum": {
      // The nth enum's values replaced by many others (the list's cells then match none).
      const found = [...text.matchAll(/values: \[[^\]\n]*\]/g)];
      if (found.length === 0) return input;
      const hit = found[m.nth % found.length]!;
      const values = Array.from({ length: m.count }, (_, i) => `v${i}`).join(", ");
      return asText(
        `${text.slice(0, hit.index!)}values: [${values}]${text.slice(hit.index! + hit[0].length)}`,
      );
    }
    case "many-modules": {
      // Modules after the last deadline of the shipped programs, on one day or m.apart days apart.
      const items: string[] = [];
      for (let i = 0; i < m.count; i++) {
        const day = new Date(Date.UTC(2029, 0, 1) + i * m.apart * 86_400_000).toISOString();
        items.push(`  - { id: fuzz-${i}, title: Fuzz ${i}, start: ${day.slice(0, 10)}, days: 1 }`);
      }
      const at = lines.findIndex((l) => /^modules:\s*$/.test(l));
      if (at < 0) return asText(`${text}\nmodules:\n${items.join("\n")}\n`);
      lines.splice(at + 1, 0, ...items);
      return asText(lines.join("\n"));
    }
  }
};

/**
 * Applies mutations in turn. A mutation that needs the YAML structure of a
 * text nested too deeply for the yaml package (a stack overflow here, in the
 * test) leaves the text as it is.
 */
export const applyProgramMutations = (
  seed: Buffer,
  mutations: readonly ProgramMutation[],
): Buffer =>
  mutations.reduce((bytes, m) => {
    try {
      return applyProgramMutation(bytes, m);
    } catch (error) {
      if (error instanceof RangeError) return bytes;
      throw error;
    }
  }, seed);
