/**
 * The quick reader of plain program files (src/io/yaml-subset.ts) against the
 * full parser (parseYamlFully): wherever the quick reader gives a value, the
 * full parser gives the same value, keys in the same order, and no finding.
 * On every YAML file of the repository, on the shipped programs mutated, on
 * single characters changed where YAML is most particular, and on documents
 * written from random trees in every style the subset has.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYaml, parseYamlFully } from "../../src/io/yaml.js";
import { readYamlSubset } from "../../src/io/yaml-subset.js";
import { applyProgramMutations, mutatedProgram } from "../fuzz/program-mutations.js";

const ROOT = join(import.meta.dirname, "../..");

/** Every .yaml and .yml file of the repository but node_modules and build output. */
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    if (name === ".git" || name === "node_modules" || name === "dist") return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
const FILES = yamlFiles(ROOT).sort();
const PROGRAMS = FILES.filter((f) => relative(ROOT, f).startsWith("programs/"));

/** JSON with each object's keys in their own order: equal only if the order is too. */
const ordered = (value: unknown): string => JSON.stringify(value);

/**
 * The property: undefined, or the full parser's value with no finding.
 * Returns whether the quick reader answered.
 */
const agrees = (text: string): boolean => {
  const quick = readYamlSubset(text);
  if (quick === undefined) return false;
  const full = parseYamlFully(text);
  expect(full.findings, text).toEqual([]);
  expect(quick, text).toStrictEqual(full.value);
  expect(ordered(quick), text).toBe(ordered(full.value));
  return true;
};

/** LF line breaks, as parseYaml gives the readers. */
const lf = (text: string) => text.replace(/\r\n?/g, "\n");

describe("the quick YAML reader", () => {
  it("agrees with the full parser on every YAML file of the repository", () => {
    expect(FILES.length).toBeGreaterThan(50);
    let answered = 0;
    for (const file of FILES) if (agrees(lf(readFileSync(file, "utf8")))) answered++;
    // Most files are plain; the rest (syntax errors, tags, aliases bombs) are the full parser's.
    expect(answered).toBeGreaterThan(FILES.length / 2);
  });

  it("reads every shipped program itself, which is what makes validate quick", () => {
    expect(PROGRAMS.length).toBe(9);
    for (const file of PROGRAMS)
      expect(readYamlSubset(readFileSync(file, "utf8")), relative(ROOT, file)).toBeDefined();
  });

  it("agrees on the shipped programs mutated", () => {
    const seeds = PROGRAMS.map((f) => relative(ROOT, f));
    fc.assert(
      fc.property(mutatedProgram(seeds), ({ seed, mutations }) => {
        const bytes = applyProgramMutations(readFileSync(join(ROOT, seed)), mutations);
        agrees(lf(bytes.toString("utf8")));
      }),
      { numRuns: 300 },
    );
  });

  it("agrees where one character is inserted, removed or replaced", () => {
    const texts = PROGRAMS.map((f) => readFileSync(f, "utf8"));
    const SIGNIFICANT = [..." \n-:#,[]{}&*!|>'\"%@`?~\\\t0.1eE+xæ\u00a0"];
    let answered = 0;
    fc.assert(
      fc.property(
        fc.nat(texts.length - 1),
        fc.nat(),
        fc.constantFrom("insert", "remove", "replace"),
        fc.constantFrom(...SIGNIFICANT),
        (which, position, edit, character) => {
          const text = texts[which]!;
          const at = position % text.length;
          const changed =
            edit === "insert"
              ? text.slice(0, at) + character + text.slice(at)
              : edit === "remove"
                ? text.slice(0, at) + text.slice(at + 1)
                : text.slice(0, at) + character + text.slice(at + 1);
          if (agrees(changed)) answered++;
        },
      ),
      { numRuns: 2000 },
    );
    // Most single changes still leave a plain file: the property was tested, not skipped.
    expect(answered).toBeGreaterThan(500);
  });

  it("agrees on documents written from random trees in every style of the subset", () => {
    /** Scalars YAML reads in many ways: numbers, dates, words it resolves, indicators. */
    const scalar = fc.oneof(
      fc.constantFrom(
        "42",
        "0",
        "007",
        "-1",
        "+1",
        "3.5",
        "3.50",
        "1.0",
        ".5",
        "1e3",
        "1_000",
        "0x1F",
        "0o17",
        "123456789012345",
        "1234567890123456",
        "0.1",
        "true",
        "True",
        "FALSE",
        "yes",
        "no",
        "on",
        "~",
        "null",
        "NULL",
        "nUll",
        ".inf",
        ".nan",
        "2027-04-12",
        "2027-04-12T10:00:00Z",
        "12.04.2027",
        "ett år",
        "Helse, omsorg",
        "a: b",
        "a:b",
        "a #b",
        "a#b",
        "C#",
        "-",
        "- x",
        "?x",
        ":x",
        "x:",
        "x :",
        "&a",
        "*a",
        "!tag",
        "%x",
        "@x",
        "`x`",
        "'q'",
        '"q"',
        '"a\\"b"',
        "[x]",
        "{x}",
        "x, y",
        "  lead",
        "trail  ",
        "æøå ÆØÅ",
        "\u00a0nbsp",
        "x\u00a0",
        "<<",
        "=",
      ),
      fc.stringMatching(/^[a-zæø0-9 .,:#-]{1,12}$/),
    );
    const key = fc.oneof(
      fc.constantFrom("id", "name", "role_level", "sor-ost", "_x", "true", "null", "__proto__"),
      fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/),
    );
    type Tree = string | Tree[] | { [key: string]: Tree };
    const { tree } = fc.letrec<{ tree: Tree }>((t) => ({
      tree: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        scalar,
        fc.array(t("tree"), { maxLength: 4 }),
        fc.dictionary(key, t("tree"), { maxKeys: 4 }),
      ),
    }));

    /** A scalar written plain, double-quoted or folded. */
    const writeScalar = (s: string, style: number, indent: number): string => {
      if (style % 3 === 1) return `"${s}"`;
      if (style % 3 === 2) {
        const words = s.split(" ");
        const pad = " ".repeat(indent + 2);
        return `>${style % 2 ? "-" : ""}\n${words.map((w) => pad + w).join("\n")}`;
      }
      return s;
    };
    /** A flow collection on one line. */
    const flow = (t: Tree, style: number): string => {
      if (typeof t === "string") return style % 2 ? `"${t}"` : t;
      if (Array.isArray(t)) return `[${t.map((x) => flow(x, style + 1)).join(", ")}]`;
      return `{ ${Object.entries(t)
        .map(([k, v]) => `${k}: ${flow(v, style + 1)}`)
        .join(", ")} }`;
    };
    /** The tree as a block document; `styles` choose each node's style in turn. */
    const write = (t: Tree, styles: number[], indent: number, at: { i: number }): string => {
      const style = styles[at.i++ % styles.length]!;
      const pad = " ".repeat(indent);
      if (typeof t === "string") return ` ${writeScalar(t, style, indent)}`;
      if (style % 4 === 3) return ` ${flow(t, style)}${style % 8 === 7 ? " # note" : ""}`;
      if (Array.isArray(t)) {
        if (t.length === 0) return " []";
        return t
          .map((x) => {
            if (typeof x === "object" && !Array.isArray(x) && Object.keys(x).length > 0) {
              // `- key: value` with the map's other keys under the first.
              const body = write(x, styles, indent + 2, at).replace(/^\n {2}/, "");
              return `\n${pad}- ${body.trimStart()}`;
            }
            return `\n${pad}-${write(x, styles, indent + 2, at)}`;
          })
          .join("");
      }
      const entries = Object.entries(t);
      if (entries.length === 0) return " {}";
      return entries
        .map(([k, v]) => `\n${pad}${k}:${write(v, styles, indent + 2, at)}`)
        .join(style % 5 === 4 ? "\n" : "");
    };

    let answered = 0;
    fc.assert(
      fc.property(
        fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }),
        fc.array(fc.nat(40), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (top, styles, comment) => {
          const body = write(top, styles, 0, { i: 0 }).replace(/^\n/, "");
          const text = `${comment ? "# a program\n" : ""}${body}\n`;
          if (agrees(text)) answered++;
        },
      ),
      { numRuns: 1500 },
    );
    expect(answered).toBeGreaterThan(150);
  });

  it("gives parseYaml's callers the full parser's positions when a finding needs one", () => {
    const text = readFileSync(PROGRAMS[0]!, "utf8");
    const quick = parseYaml(text);
    const full = parseYamlFully(text);
    expect(quick.findings).toEqual([]);
    for (const path of [[], ["id"], ["applicants", "fields"], ["nowhere", 3]] as const)
      for (const key of [false, true])
        expect(quick.locate(path, { key })).toEqual(full.locate(path, { key }));
    expect(quick.lines).toEqual(full.lines);
  });

  it("leaves to the full parser what it does not read", () => {
    for (const text of [
      "a: 1\na: 2\n",
      "a: !tag x\n",
      "a: 1.0\n",
      "a: |\n  text\n",
      "a: >\n  one\n\n  two\n",
      "a: >\n  text",
      "a:\tb\n",
      "a: b\n  c\n",
      "a: 'single'\n",
      'a: "esc\\n"\n',
      "---\na: b\n",
      "- a\n",
      "a: [x,]\n",
      "a: *nowhere\n",
      "\ufeffa: b\n",
    ])
      expect(readYamlSubset(text), JSON.stringify(text)).toBeUndefined();
  });
});
