/**
 * A quick first reading of a program file, for the files that need no more:
 * the plain YAML that program files are written in (block maps and lists,
 * one-line flow collections, double-quoted strings without escapes, folded
 * `>` and `>-` text, comments, an anchor on a block and its aliases). It
 * gives the document's value, or undefined as soon as it meets anything
 * else, and then the full parser (yaml.ts) reads the file as ever.
 *
 * Why: a cold `cohort validate` spends about a quarter of its time in the
 * YAML library's lexer, parser and composer, which run in V8's interpreter
 * in a run that short (docs/performance.md, "Start-up").
 *
 * It never disagrees with the full parser: it answers only where the full
 * parser gives the same value with no finding at all (no warning, no changed
 * number, no duplicate key), and undefined wherever it is not sure: tabs,
 * anchors on a scalar, aliases that expand to over 100 nodes, tags, escapes,
 * `|` blocks, multi-line plain or quoted scalars, numbers YAML would write
 * otherwise (`1.0`, `007`, `1e3`), keys that are not plain names. Positions
 * of findings always come from the full parser. test/io/yaml-subset.test.ts
 * proves the agreement on every YAML file of the repository and on
 * generated and mutated documents.
 *
 * Pure: it takes a string.
 */

/** Thrown inside the reader: the text is outside the subset. */
class Outside {}
const OUTSIDE = new Outside();
const outside = (): never => {
  throw OUTSIDE;
};

/**
 * Characters outside the subset anywhere in the file: controls other than
 * the line feed (tabs among them), NEL, the line and paragraph separators,
 * surrogates (characters beyond the BMP), the BOM and noncharacters.
 */
const OUTSIDE_CHARACTERS = /[^\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;

/**
 * A key: a plain name of up to 64 characters (YAML allows an implicit key
 * 1,024), never one YAML reads as null, a boolean or a number, nor `__proto__`.
 */
const KEY = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
const NOT_A_NAME = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;

/** The scalars of YAML 1.2's core schema that are not strings (the yaml library's own tests). */
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const NUMBER_LIKE =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** The numbers the subset reads: whole numbers of up to 15 digits and decimals written as JavaScript writes them. */
const WHOLE = /^(?:0|[1-9][0-9]{0,14})$/;
const DECIMAL = /^[0-9]+\.[0-9]+$/;

/** Characters a plain scalar may not start with (YAML's indicators). */
const INDICATORS = new Set("-?:,[]{}#&*!|>'\"%@`");

/** A plain scalar's value, as the core schema resolves it. */
const resolvePlain = (raw: string): unknown => {
  if (NULL.test(raw)) return null;
  if (TRUE.test(raw)) return true;
  if (FALSE.test(raw)) return false;
  if (!NUMBER_LIKE.test(raw)) return raw;
  if (WHOLE.test(raw)) return Number(raw);
  // A decimal that YAML would write back otherwise (1.50, 0.10) is a warning to the full parser.
  if (DECIMAL.test(raw) && String(Number(raw)) === raw) return Number(raw);
  return outside();
};

const spacesAt = (text: string, at: number): number => {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  return i - at;
};

/** What may follow a value on its line: nothing, or spaces and a comment. */
const onlyCommentFrom = (text: string, at: number): void => {
  const rest = text.slice(at);
  if (rest.length === 0) return;
  const spaces = spacesAt(rest, 0);
  if (spaces === rest.length) return;
  if (spaces === 0 || rest.charCodeAt(spaces) !== 35) outside();
};

/** A double-quoted scalar starting at `at` (the quote) on one line: its text and where it ends. */
const quoted = (text: string, at: number): [string, number] => {
  const close = text.indexOf('"', at + 1);
  if (close < 0) outside();
  const value = text.slice(at + 1, close);
  if (value.includes("\\")) outside();
  return [value, close + 1];
};

/**
 * Collections nested deeper than this are the full parser's (which says how
 * deep is too deep): a program file nests a few levels, and the reader
 * recurses once a level.
 */
const MAX_DEPTH = 64;

/** An anchor's or an alias's name: a shorter set of characters than YAML allows. */
const ANCHOR = /^[A-Za-z0-9_-]+$/;

/**
 * The anchored values met so far, and how often each was named by an alias:
 * the full parser refuses aliases that expand to over 1,000 nodes (an alias
 * bomb), and this reader stays far below that.
 */
class Anchors {
  private readonly values = new Map<string, { value: unknown; nodes: number; uses: number }>();

  define(name: string, value: unknown): void {
    if (this.values.has(name)) outside();
    this.values.set(name, { value, nodes: nodesOf(value), uses: 0 });
  }

  alias(name: string): unknown {
    const anchor = this.values.get(name);
    if (!anchor || !ANCHOR.test(name)) return outside();
    anchor.uses++;
    if (anchor.nodes * anchor.uses > 100) outside();
    return anchor.value;
  }
}

/** The values a value holds, itself included. */
const nodesOf = (value: unknown): number => {
  if (value === null || typeof value !== "object") return 1;
  let n = 1;
  for (const item of Object.values(value)) n += nodesOf(item);
  return n;
};

/**
 * After an item of a flow collection that ends with `close`, ending at `end`:
 * where the next item starts, or minus where the collection ends.
 */
const nextItem = (text: string, end: number, close: string): number => {
  const j = end + spacesAt(text, end);
  if (text[j] === close) return -(j + 1);
  if (text[j] !== ",") outside();
  // A comma before the bracket, and an empty item, are the full parser's to judge.
  const next = j + 1 + spacesAt(text, j + 1);
  if (text[next] === close || text[next] === ",") outside();
  return j + 1;
};

/** A one-line flow collection or scalar inside one, starting at `at`: its value and where it ends. */
const flowValue = (
  text: string,
  at: number,
  anchors: Anchors,
  depth: number,
): [unknown, number] => {
  const i = at + spacesAt(text, at);
  const c = text[i];
  if (depth > MAX_DEPTH) outside();
  if (c === "[") {
    const list: unknown[] = [];
    let j = i + 1;
    j += spacesAt(text, j);
    if (text[j] === "]") return [list, j + 1];
    for (;;) {
      const [item, end] = flowValue(text, j, anchors, depth + 1);
      list.push(item);
      j = nextItem(text, end, "]");
      if (j < 0) return [list, -j];
    }
  }
  if (c === "{") {
    const map: Record<string, unknown> = {};
    let j = i + 1;
    j += spacesAt(text, j);
    if (text[j] === "}") return [map, j + 1];
    for (;;) {
      j += spacesAt(text, j);
      const colon = text.indexOf(":", j);
      if (colon < 0) outside();
      const key = text.slice(j, colon);
      if (!KEY.test(key) || NOT_A_NAME.test(key) || Object.hasOwn(map, key)) outside();
      if (text[colon + 1] !== " ") outside();
      const valueAt = colon + 1 + spacesAt(text, colon + 1);
      if (text[valueAt] === "," || text[valueAt] === "}") outside();
      const [value, end] = flowValue(text, valueAt, anchors, depth + 1);
      map[key] = value;
      j = nextItem(text, end, "}");
      if (j < 0) return [map, -j];
    }
  }
  if (c === '"') return quoted(text, i);
  // A plain scalar in a flow collection: up to the next indicator of the flow.
  let end = i;
  while (end < text.length && !",[]{}".includes(text[end]!)) end++;
  const raw = text.slice(i, end).replace(/ +$/, "");
  if (c === "*") return [anchors.alias(raw.slice(1)), end];
  if (raw === "" || INDICATORS.has(raw[0]!) || /[:#'"]/.test(raw)) outside();
  return [resolvePlain(raw), end];
};

interface Line {
  indent: number;
  text: string;
}

/** The reader's state: the lines, and the index of the next one to read. */
class Reader {
  private at = 0;
  private readonly lines: string[];
  private readonly anchors = new Anchors();
  /** The block collections open. */
  private depth = 0;

  constructor(lines: string[]) {
    this.lines = lines;
  }

  /** The next line holding content (not blank, not a comment), without taking it. */
  peek(): Line | undefined {
    for (; this.at < this.lines.length; this.at++) {
      const text = this.lines[this.at]!;
      const indent = spacesAt(text, 0);
      if (indent === text.length || text.charCodeAt(indent) === 35) continue;
      // Directives and document markers are the full parser's.
      if (indent === 0 && (text.startsWith("---") || text.startsWith("...") || text[0] === "%"))
        outside();
      return { indent, text };
    }
    return undefined;
  }

  /** Takes the line peek() gave. */
  take(): void {
    this.at++;
  }

  /** Reads the line peek() gave as if its `- ` were spaces: a map that starts on a list item's line. */
  unbullet(indent: number): void {
    const text = this.lines[this.at]!;
    this.lines[this.at] = `${text.slice(0, indent)} ${text.slice(indent + 1)}`;
  }

  /** The block map whose keys stand at `indent`. */
  map(indent: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) outside();
    const map: Record<string, unknown> = {};
    for (let line = this.peek(); line && line.indent >= indent; line = this.peek()) {
      if (line.indent > indent) outside();
      const { text } = line;
      const colon = text.indexOf(":", indent);
      if (colon < 0) outside();
      const key = text.slice(indent, colon);
      if (!KEY.test(key) || NOT_A_NAME.test(key) || Object.hasOwn(map, key)) outside();
      const after = text.charCodeAt(colon + 1);
      if (colon + 1 < text.length && after !== 32) outside();
      this.take();
      map[key] = this.value(indent, text, colon + 1, true);
    }
    this.depth--;
    return map;
  }

  /** The block list whose `-` stand at `indent`. */
  list(indent: number): unknown[] {
    if (++this.depth > MAX_DEPTH) outside();
    const list: unknown[] = [];
    for (let line = this.peek(); line && line.indent >= indent; line = this.peek()) {
      if (line.indent > indent) outside();
      const { text } = line;
      if (text[indent] !== "-") break;
      if (text[indent + 1] !== " ") outside();
      const at = indent + 1 + spacesAt(text, indent + 1);
      if (at === text.length || text[at] === "#" || text[at] === "-") outside();
      const colon = text.indexOf(":", at);
      if (
        colon > at &&
        KEY.test(text.slice(at, colon)) &&
        /^(?: |$)/.test(text.slice(colon + 1, colon + 2))
      ) {
        // `- key: value`: a map whose keys stand where this one does.
        this.unbullet(indent);
        list.push(this.map(at));
      } else {
        this.take();
        list.push(this.value(indent, text, at, false));
      }
    }
    this.depth--;
    return list;
  }

  /**
   * The value that starts at `at` of `text`, a line just taken, of a map
   * entry (`inMap`) or a list item whose key or `-` stands at `indent`.
   */
  private value(indent: number, text: string, at: number, inMap: boolean): unknown {
    let start = at + spacesAt(text, at);
    // `&name` with nothing after it on the line: the block below is anchored.
    let anchor: string | undefined;
    if (text[start] === "&" && inMap) {
      const space = text.indexOf(" ", start);
      anchor = text.slice(start + 1, space < 0 ? text.length : space);
      if (!ANCHOR.test(anchor)) outside();
      start = space < 0 ? text.length : space + spacesAt(text, space);
      if (start < text.length && text[start] !== "#") outside();
    }
    if (start === text.length || text[start] === "#") {
      if (!inMap) outside();
      if (text[start] === "#" && text[start - 1] !== " ") outside();
      // Nothing on the line: a block below it, or null.
      const next = this.peek();
      let block: unknown = null;
      if (next && next.indent > indent)
        block =
          next.text[next.indent] === "-" && next.text[next.indent + 1] === " "
            ? this.list(next.indent)
            : this.map(next.indent);
      else if (
        next &&
        next.indent === indent &&
        next.text[indent] === "-" &&
        next.text[indent + 1] === " "
      )
        block = this.list(indent);
      else if (anchor !== undefined) outside();
      if (anchor !== undefined) this.anchors.define(anchor, block);
      return block;
    }
    let value: unknown;
    const c = text[start]!;
    if (c === ">") value = this.folded(indent, text, start);
    else if (c === "[" || c === "{" || c === '"') {
      const [read, end] =
        c === '"' ? quoted(text, start) : flowValue(text, start, this.anchors, this.depth);
      onlyCommentFrom(text, end);
      value = read;
    } else {
      const comment = text.indexOf(" #", start);
      const raw = (comment < 0 ? text.slice(start) : text.slice(start, comment)).replace(/ +$/, "");
      if (c === "*") value = this.anchors.alias(raw.slice(1));
      else if (INDICATORS.has(c) || raw.includes(": ") || raw.endsWith(":")) outside();
      else value = resolvePlain(raw);
    }
    // A line below that is indented further would continue the value.
    const next = this.peek();
    if (next && next.indent > indent) outside();
    return value;
  }

  /** Folded text (`>` or `>-`) whose header stands at `at` of `text`, under a key or `-` at `indent`. */
  private folded(indent: number, text: string, at: number): string {
    const header = text.slice(at).replace(/ +$/, "");
    if (header !== ">" && header !== ">-") outside();
    const parts: string[] = [];
    let block = -1;
    for (; this.at < this.lines.length; this.at++) {
      const line = this.lines[this.at]!;
      const spaces = spacesAt(line, 0);
      if (spaces === line.length) {
        // Blank lines: allowed after the text only, and no longer than its indentation.
        if (block < 0) outside();
        let k = this.at;
        while (k < this.lines.length && spacesAt(this.lines[k]!, 0) === this.lines[k]!.length) {
          if (this.lines[k]!.length > block) outside();
          k++;
        }
        if (k < this.lines.length && spacesAt(this.lines[k]!, 0) >= block) outside();
        this.at = k;
        break;
      }
      if (block < 0) {
        if (spaces <= indent) outside();
        block = spaces;
      }
      if (spaces < block) break;
      if (spaces > block || line.endsWith(" ")) outside();
      // Text on the file's last line, with no line break after it, ends without one.
      if (this.at === this.lines.length - 1) outside();
      parts.push(line.slice(block));
    }
    if (parts.length === 0) outside();
    return parts.join(" ") + (header === ">" ? "\n" : "");
  }
}

/**
 * The value of `text`, a YAML document whose top is a block map, when it lies
 * within the subset; undefined otherwise. Line breaks must be LFs.
 */
export const readYamlSubset = (text: string): Record<string, unknown> | undefined => {
  if (OUTSIDE_CHARACTERS.test(text)) return undefined;
  const reader = new Reader(text.split("\n"));
  try {
    const first = reader.peek();
    if (first?.indent !== 0) return undefined;
    const value = reader.map(0);
    return reader.peek() === undefined ? value : undefined;
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
};
