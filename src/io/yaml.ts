/**
 * YAML text -> plain value plus a way back from a path in that value to a line
 * and column in the text. Pure: it takes a string, never a file, so schema and
 * semantic findings can point at the exact key or value they are about.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseAllDocuments, visit } from "yaml";
import type { Finding, Position } from "../core/findings.js";
import { readYamlSubset } from "./yaml-subset.js";

export type YamlPath = readonly (string | number)[];

export interface YamlSource {
  /** The document as plain data; undefined when it could not be read at all. */
  value: unknown;
  /** Findings of the YAML layer: syntax, duplicate keys, tags, aliases, changed values. */
  findings: Finding[];
  /** Position of the value at `path`, or of its nearest existing ancestor. */
  locate(path: YamlPath, options?: { key?: boolean }): Position;
  /** The source lines, for code frames. */
  lines: string[];
}

/** Aliases expanded beyond this count are treated as an alias bomb. */
const MAX_ALIAS_COUNT = 1000;

const SYNTAX_CODES: Record<string, string> = {
  DUPLICATE_KEY: "yaml-duplicate-key",
  TAG_RESOLVE_FAILED: "yaml-unknown-tag",
  BAD_ALIAS: "yaml-bad-alias",
};

/** What a program file nested beyond what the parser's recursion can take is told. */
const TOO_DEEP =
  "the document nests too deeply to be read (hundreds of levels of lists or maps); a program file needs only a few";

const isStackOverflow = (error: unknown): boolean =>
  error instanceof RangeError && /call stack/i.test(error.message);

/** The documents of the text; undefined when the parser's recursion overflowed the stack. */
const parseDocuments = (text: string, lineCounter: LineCounter) => {
  try {
    const docs = parseAllDocuments(text, {
      lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
      logLevel: "silent",
    });
    return Array.isArray(docs) ? docs : [];
  } catch (error) {
    // The parser recurses once per level of block nesting.
    if (isStackOverflow(error)) return undefined;
    throw error;
  }
};

export const parseYaml = (input: string): YamlSource => {
  // YAML counts a lone CR (old Mac files) as a line break; the parser does
  // not, and read such a file as one comment line ("holds no document").
  const text = input.includes("\r") ? input.replace(/\r\n?/g, "\n") : input;
  // Most program files are plain YAML that the quick reader reads to the
  // same value with no finding (yaml-subset.ts); the full parser then runs
  // only if a later finding needs a position.
  const value = readYamlSubset(text);
  if (value === undefined) return parseYamlFully(text);
  let full: YamlSource | undefined;
  return {
    value,
    findings: [],
    locate: (path, options) => {
      full ??= parseYamlFully(text);
      return full.locate(path, options);
    },
    lines: text.split("\n"),
  };
};

/** The full parser's reading of `text` (LF line breaks): every finding, and positions. */
export const parseYamlFully = (text: string): YamlSource => {
  const lineCounter = new LineCounter();
  const findings: Finding[] = [];
  const lines = text.split("\n");
  const documents = parseDocuments(text, lineCounter);
  if (!documents) {
    findings.push({
      code: "yaml-syntax",
      severity: "error",
      message: TOO_DEEP,
      position: { line: 1, column: 1 },
    });
    return { value: undefined, findings, locate: () => ({ line: 1, column: 1 }), lines };
  }
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const doc = documents[0];

  const empty: YamlSource = {
    value: undefined,
    findings,
    locate: () => ({ line: 1, column: 1 }),
    lines,
  };
  if (!doc) {
    findings.push({
      code: "yaml-empty",
      severity: "error",
      message: "the file holds no YAML document",
      position: { line: 1, column: 1 },
    });
    return empty;
  }
  for (const extra of documents.slice(1)) {
    findings.push({
      code: "yaml-multiple-documents",
      severity: "error",
      message: "one program per file: this file holds more than one YAML document",
      position: at(extra.range[0]),
    });
  }

  let fatal = false;
  const syntaxLines = new Set<number>();
  for (const error of [...doc.errors, ...doc.warnings]) {
    const code = SYNTAX_CODES[error.code] ?? "yaml-syntax";
    if (code === "yaml-syntax" || code === "yaml-bad-alias") fatal = true;
    // One broken line often yields several parser errors; the first says it best.
    const line = at(error.pos[0]).line;
    if (code === "yaml-syntax" && syntaxLines.has(line)) continue;
    if (code === "yaml-syntax") syntaxLines.add(line);
    // The tag, for the warning's words in a program's language where the parser names it.
    const tag =
      code === "yaml-unknown-tag" ? /^Unresolved tag: (\S+)/.exec(error.message)?.[1] : undefined;
    findings.push({
      code,
      severity: code === "yaml-unknown-tag" ? "warning" : "error",
      message: describeYamlError(error.code, error.message),
      position: at(error.pos[0]),
      ...(tag ? { detail: { kind: "yaml-unknown-tag" as const, tag } } : {}),
    });
  }

  const locate = (path: YamlPath, options: { key?: boolean } = {}): Position => {
    let node: unknown = doc.contents;
    let best: number = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      const isLast = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (isLast && options.key) return at(keyNode.range?.[0] ?? best);
        best = (pair.value as Node | null)?.range?.[0] ?? keyNode.range?.[0] ?? best;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        best = item.range?.[0] ?? best;
        node = item;
      } else {
        break;
      }
    }
    return at(best);
  };

  if (fatal || !doc.contents) {
    if (!doc.contents && !fatal) {
      findings.push({
        code: "yaml-empty",
        severity: "error",
        message: "the file holds no YAML document",
        position: { line: 1, column: 1 },
      });
    }
    return { ...empty, locate };
  }

  try {
    visitNumbers(doc, text, findings, at);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    findings.push({ code: "yaml-syntax", severity: "error", message: TOO_DEEP, position: at(0) });
    return { ...empty, locate };
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (isStackOverflow(error)) {
      findings.push({ code: "yaml-syntax", severity: "error", message: TOO_DEEP, position: at(0) });
      return { ...empty, locate };
    }
    const firstAlias = findFirstAlias(doc.contents);
    const message = (error as Error).message;
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(message);
    findings.push(
      unresolved
        ? {
            code: "yaml-bad-alias",
            severity: "error",
            message: `alias *${unresolved[1]} refers to no anchor &${unresolved[1]} before it`,
            position: at(findFirstAlias(doc.contents, unresolved[1]) ?? 0),
          }
        : {
            code: "yaml-alias-limit",
            severity: "error",
            message: /alias/i.test(message)
              ? `aliases expand to more than ${MAX_ALIAS_COUNT} nodes (an alias bomb?); write the values out instead`
              : `the document cannot be read: ${message}`,
            position: at(firstAlias ?? 0),
          },
    );
    return { ...empty, locate };
  }
  return { value, findings, locate, lines };
};

const BINARY_TAG = "tag:yaml.org,2002:binary";

/** A scalar as a message quotes it: long ones cut, with their length. */
const shorten = (raw: string): string =>
  raw.length <= 40 ? raw : `${raw.slice(0, 20)}… (${raw.length} characters)`;

/** Numbers whose text says something else (`1_000`, `0o17`, `1e3`): a warning each. */
const visitNumbers = (
  doc: Parameters<typeof visit>[0],
  text: string,
  findings: Finding[],
  at: (offset: number) => Position,
): void => {
  visit(doc, {
    Scalar(_key, node) {
      if (node.tag === BINARY_TAG && node.range) {
        // Read as bytes, which a program has no use for, and then described
        // as "a mapping": keep the text, as for any other tag cohort does not read.
        const raw = text.slice(node.range[0], node.range[1]).trim();
        findings.push({
          code: "yaml-unknown-tag",
          severity: "warning",
          message:
            "!!binary (base64 data) has no place in a program file; it is read as the text after the tag",
          position: at(node.range[0]),
          detail: { kind: "yaml-binary" },
        });
        node.value = raw;
        node.tag = undefined;
        return;
      }
      if (typeof node.value !== "number" || node.type !== "PLAIN" || !node.range) return;
      const raw = text.slice(node.range[0], node.range[1]).trim();
      if (!Number.isFinite(node.value) && !/^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(raw)) {
        findings.push({
          code: "yaml-number-out-of-range",
          severity: "error",
          message: `${shorten(raw)} is too large to be a number (it would be read as ${node.value}); no count or limit needs more than 15 digits`,
          position: at(node.range[0]),
        });
        return;
      }
      if (raw !== String(node.value)) {
        findings.push({
          code: "yaml-value-changed",
          severity: "warning",
          message: `${shorten(raw)} is read as the number ${node.value}; quote it ("${shorten(raw)}") to keep it as written`,
          position: at(node.range[0]),
          detail: { kind: "yaml-value-changed", raw: shorten(raw), value: String(node.value) },
        });
      }
    },
  });
};

const findFirstAlias = (root: unknown, name?: string): number | undefined => {
  let found: number | undefined;
  visit(root as Node, {
    Alias(_key, node) {
      if (name !== undefined && node.source !== name) return undefined;
      found = node.range?.[0];
      return visit.BREAK;
    },
  });
  return found;
};

const describeYamlError = (code: string, message: string): string => {
  // The yaml library's messages end with a code frame of their own; keep the first line.
  const first = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  // The parser reports its own stack overflow on deep flow collections as an error.
  if (/maximum call stack/i.test(first)) return TOO_DEEP;
  switch (code) {
    case "DUPLICATE_KEY":
      return "duplicate key: map keys must be unique (the later value would silently win)";
    case "TAG_RESOLVE_FAILED":
      return `${first}; cohort reads plain YAML without custom tags`;
    default:
      return first;
  }
};
