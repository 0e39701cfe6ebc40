import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  choiceReader,
  MAX_CHOICE_PROBLEMS,
  splitChoiceList,
} from "../../../src/core/applicants/choices.js";
import { layoutFor, readRow } from "../../../src/core/applicants/layout.js";
import type { ChoicesSpec, ProgramClass } from "../../../src/core/program/schema.js";
import { programWithFields } from "../builders.js";

const CLASSES: ProgramClass[] = [
  { id: "oslo-a", label: "Oslo A", site: "Oslo", seats: 10 },
  { id: "oslo-b", label: "Oslo B", site: "Oslo", seats: 10 },
  { id: "bergen-a", label: "Bergen A", site: "Bergen", seats: 10 },
  // The label is also the site: the site wins (the same class here, another id).
  { id: "tromso", label: "Tromsø", site: "Tromsø", seats: 5 },
];
const ANY = ["hvor som helst", "alle"];

const spec = (over: Partial<ChoicesSpec> = {}): ChoicesSpec => ({
  column: "Ønsket studiested",
  any: ANY,
  required: true,
  ...over,
});

const ids = (text: string, s: ChoicesSpec = spec()) => {
  const result = choiceReader(s, CLASSES).read([text]);
  return result.ok ? result.choices.map((c) => `${c.kind}:${c.id}:${c.classes.join("+")}`) : result;
};

describe("splitting a one-column list", () => {
  it("splits on commas, semicolons, slashes and line breaks, dropping empty parts", () => {
    expect(splitChoiceList("Bergen, Oslo; Tromsø / alle\nOslo A\r\nOslo B,,")).toEqual([
      "Bergen",
      "Oslo",
      "Tromsø",
      "alle",
      "Oslo A",
      "Oslo B",
    ]);
    expect(splitChoiceList("   ")).toEqual([]);
  });

  it("drops list numbers (1. and 1)) and keeps the order of appearance, not the numbers'", () => {
    expect(splitChoiceList("1. Bergen 2. Tromsø")).toEqual(["Bergen", "Tromsø"]);
    expect(splitChoiceList("1) Bergen, 2) Tromsø")).toEqual(["Bergen", "Tromsø"]);
    expect(splitChoiceList("2. Oslo 1. Bergen")).toEqual(["Oslo", "Bergen"]);
    expect(splitChoiceList("1.Bergen\n2.Oslo A")).toEqual(["Bergen", "Oslo A"]);
    // Digits inside a name are not list numbers.
    expect(splitChoiceList("Kull 2.5, Oslo 2029")).toEqual(["Kull 2.5", "Oslo 2029"]);
  });
});

describe("resolving choices against an intake's classes", () => {
  it("names a class by id or label, a site (every class there), or any class", () => {
    expect(ids("oslo-a, Bergen A")).toEqual(["class:oslo-a:0", "class:bergen-a:2"]);
    expect(ids("Oslo / Bergen")).toEqual(["site:Oslo:0+1", "site:Bergen:2"]);
    expect(ids("1. Bergen 2. hvor som helst")).toEqual(["site:Bergen:2", "any:*:0+1+2+3"]);
    expect(ids("ALLE")).toEqual(["any:*:0+1+2+3"]);
  });

  it("ignores case, surrounding and doubled space, invisible characters and Unicode form", () => {
    expect(ids("  OSLO   b ,\u00a0bergen-A\u200b ")).toEqual([
      "class:oslo-b:1",
      "class:bergen-a:2",
    ]);
    expect(ids("Tromsø".normalize("NFD"))).toEqual(["site:Tromsø:3"]);
  });

  it("a word that is both a site and a class label means the site", () => {
    expect(ids("Tromsø")).toEqual(["site:Tromsø:3"]);
    // The class is still named by its id.
    expect(ids("tromso")).toEqual(["class:tromso:3"]);
  });

  it("the any words win over a site of the same name", () => {
    const reader = choiceReader(spec({ any: ["Oslo"] }), CLASSES);
    const result = reader.read(["Oslo"]);
    expect(result.ok && result.choices[0]!.kind).toBe("any");
  });

  it("an unknown choice is a problem naming the word, the choices known and a near one", () => {
    expect(ids("Bergen, Trondheim")).toEqual({
      ok: false,
      problems: [
        {
          column: "Ønsket studiested",
          value: "Bergen, Trondheim",
          message:
            '"Trondheim" names no class or site of the intake; expected Oslo A (oslo-a), Oslo B (oslo-b), Bergen A (bergen-a), Tromsø (tromso), Oslo, Bergen, Tromsø, "hvor som helst" or "alle"',
          // What the words in another language need: the classes and sites, the word, no near one, the any words.
          code: "choice-unknown",
          values: [
            "Oslo A (oslo-a)",
            "Oslo B (oslo-b)",
            "Bergen A (bergen-a)",
            "Tromsø (tromso)",
            "Oslo",
            "Bergen",
            "Tromsø",
          ],
          words: ["Trondheim", "", "hvor som helst", "alle"],
        },
      ],
    });
    const near = ids("Bregen");
    expect(!Array.isArray(near) && near.problems[0]!.message).toContain('did you mean "Bergen"?');
  });

  it("a choice that adds no class the choices before it allowed is repeated", () => {
    const problem = (text: string) => {
      const result = ids(text);
      return Array.isArray(result) ? result : result.problems.map((p) => p.message);
    };
    expect(problem("Oslo, oslo")[0]).toBe(
      '"oslo" repeats choice 1 ("Oslo"): it adds no class the choices before it did not already allow',
    );
    expect(problem("Oslo, Oslo A")[0]).toContain('"Oslo A" repeats choice 1 ("Oslo")');
    expect(problem("Oslo A, oslo-a")[0]).toContain('"oslo-a" repeats choice 1 ("Oslo A")');
    expect(problem("alle, Bergen")[0]).toContain('"Bergen" repeats choice 1 ("alle")');
    expect(problem("Oslo A, Oslo B, Oslo")[0]).toContain(
      '"Oslo" repeats choices 1 ("Oslo A") and 2 ("Oslo B")',
    );
    // A site after one of its classes adds the others: a real second choice.
    expect(ids("Oslo A, Oslo")).toEqual(["class:oslo-a:0", "site:Oslo:0+1"]);
    // So does any class after a site.
    expect(ids("Bergen, alle")).toEqual(["site:Bergen:2", "any:*:0+1+2+3"]);
  });

  it("an empty list is a problem when required, any class when not", () => {
    expect(ids(" , ")).toEqual({
      ok: false,
      problems: [
        {
          column: "Ønsket studiested",
          value: "",
          message: "no choice is given; name at least one class or site",
          code: "choice-none",
        },
      ],
    });
    expect(ids("", spec({ required: false }))).toEqual(["any:*:0+1+2+3"]);
  });

  it("a hostile cell gets at most MAX_CHOICE_PROBLEMS problems, each quoting a word cut short", () => {
    const result = ids(Array.from({ length: 10_000 }, (_, i) => `x${i}`).join(","));
    expect(!Array.isArray(result) && result.problems).toHaveLength(MAX_CHOICE_PROBLEMS);
    const huge = ids(`Oslo, ${"x".repeat(1_000_000)}`);
    const [problem] = !Array.isArray(huge) ? huge.problems : [];
    expect(problem!.message.length).toBeLessThan(400);
    expect(problem!.message).toContain(`"${"x".repeat(100)}…" names no class or site`);
    // A long cell is read every time, and reads the same.
    const reader = choiceReader(spec(), CLASSES);
    const long = `${" ".repeat(600)}Oslo`;
    expect(reader.read([long])).toEqual(reader.read([long]));
  });

  it("one choice per column: empty columns may follow the last choice, not come before one", () => {
    const reader = choiceReader(
      { columns: ["1. valg", "2. valg", "3. valg"], any: ANY, required: true },
      CLASSES,
    );
    const read = (cells: string[]) => {
      const r = reader.read(cells);
      return r.ok ? r.choices.map((c) => c.id) : r.problems;
    };
    expect(read(["Bergen", " oslo a ", ""])).toEqual(["Bergen", "oslo-a"]);
    expect(read(["Oslo", "", ""])).toEqual(["Oslo"]);
    // A cell is one choice: no splitting inside it.
    expect(read(["Oslo, Bergen", "", ""])[0]).toMatchObject({
      column: "1. valg",
      value: "Oslo, Bergen",
    });
    expect(read(["", "Bergen", ""])).toEqual([
      {
        column: "1. valg",
        value: "",
        message:
          'choice 1 is empty while choice 2 ("Bergen") is given; fill the choices in order, from "1. valg"',
        code: "choice-gap",
        numbers: [1, 2],
        words: ["Bergen", "1. valg"],
      },
    ]);
    expect(read(["Bergen", "Oslo", "bergen"])).toEqual([
      {
        column: "3. valg",
        value: "bergen",
        message:
          '"bergen" repeats choice 1 ("Bergen"): it adds no class the choices before it did not already allow',
        code: "choice-repeated",
        numbers: [1],
        words: ["bergen", "Bergen"],
      },
    ]);
    expect(read(["", "", ""])).toEqual([
      {
        column: "1. valg",
        value: "",
        message: "no choice is given; name at least one class or site",
        code: "choice-none",
      },
    ]);
  });

  it("reads the same the second time (the cache gives what a fresh reading gives)", () => {
    const reader = choiceReader(spec(), CLASSES);
    for (const text of ["Oslo, Bergen", "Tromsø, x", "", "Oslo, Bergen"]) {
      expect(reader.read([text])).toEqual(choiceReader(spec(), CLASSES).read([text]));
    }
  });
});

/** What each name means, worked out by hand: kind, id, classes (the precedence: any, site, id, label). */
const MEANING: Record<string, [string, string, number[]]> = {
  "oslo-a": ["class", "oslo-a", [0]],
  "Oslo A": ["class", "oslo-a", [0]],
  "oslo-b": ["class", "oslo-b", [1]],
  "Oslo B": ["class", "oslo-b", [1]],
  "bergen-a": ["class", "bergen-a", [2]],
  "Bergen A": ["class", "bergen-a", [2]],
  tromso: ["class", "tromso", [3]],
  Tromsø: ["site", "Tromsø", [3]],
  Oslo: ["site", "Oslo", [0, 1]],
  Bergen: ["site", "Bergen", [2]],
  "hvor som helst": ["any", "*", [0, 1, 2, 3]],
  alle: ["any", "*", [0, 1, 2, 3]],
};

/** The expected reading: the meanings in order, or "invalid" at the first choice that adds no class. */
const expected = (names: readonly string[]) => {
  const allowed = new Set<number>();
  const out: string[] = [];
  for (const name of names) {
    const [kind, id, classes] = MEANING[name]!;
    if (classes.every((i) => allowed.has(i))) return "invalid";
    for (const i of classes) allowed.add(i);
    out.push(`${kind}:${id}:${classes.join("+")}`);
  }
  return out.length === 0 ? "invalid" : out;
};

const spelling = (name: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }),
      fc.constantFrom("", " ", "  ", "\t", "\u00a0"),
      fc.constantFrom("", " ", "   ", "\u00a0"),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([upper, before, after, nfd, doubled]) => {
      let text = [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join("");
      if (doubled) text = text.replace(/ /g, "  ");
      if (nfd) text = text.normalize("NFD");
      return `${before}${text}${after}`;
    });

const SEPARATORS = [",", ", ", ";", " ; ", "/", " / ", "\n", "\r\n"];

describe("property: any spelling and any documented separator give the same choices", () => {
  it("resolves a list of known names as worked out by hand", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(...Object.keys(MEANING)), { minLength: 1, maxLength: 4 })
          .chain((names) =>
            fc.tuple(
              fc.constant(names),
              fc.tuple(...names.map(spelling)),
              fc.array(fc.constantFrom(...SEPARATORS), {
                minLength: names.length,
                maxLength: names.length,
              }),
              fc.constantFrom("none", "dot", "paren"),
            ),
          ),
        ([names, spelt, separators, numbering]) => {
          const text = spelt
            .map((word, i) => {
              const mark =
                numbering === "dot" ? `${i + 1}. ` : numbering === "paren" ? `${i + 1}) ` : "";
              // Numbered items may also follow each other with just a space.
              const gap = i === 0 ? "" : numbering === "none" ? separators[i]! : " ";
              return `${gap}${mark}${word}`;
            })
            .join("");
          const result = choiceReader(spec(), CLASSES).read([text]);
          const want = expected(names);
          if (want === "invalid") expect(result.ok, text).toBe(false);
          else {
            expect(result.ok, text).toBe(true);
            if (result.ok)
              expect(result.choices.map((c) => `${c.kind}:${c.id}:${c.classes.join("+")}`)).toEqual(
                want,
              );
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe("the list's layout with choices", () => {
  const program = programWithFields({ score: { type: "number", column: "Poeng" } }, undefined, {
    applicants: {
      id: "id",
      fields: { score: { type: "number", column: "Poeng" } },
      choices: spec(),
    },
  });

  it("reads the choice column only for an intake with classes", () => {
    const without = layoutFor(program, ["id", "Poeng"]);
    expect(without.ok && without.layout.choices).toBeUndefined();
    const missing = layoutFor(program, ["id", "Poeng"], CLASSES);
    expect(missing).toEqual({ ok: false, missing: ["Ønsket studiested"], found: ["id", "Poeng"] });
    const result = layoutFor(program, ["ID", "Poeng", " ønsket STUDIESTED "], CLASSES);
    if (!result.ok) throw new Error("layout");
    const row = readRow(result.layout, ["a1", "7", "Bergen, Oslo A"]);
    expect(row.problems).toBeUndefined();
    expect(row.choices?.map((c) => c.id)).toEqual(["Bergen", "oslo-a"]);
    const bad = readRow(result.layout, ["a2", "x", "Oslo, Oslo"]);
    expect(bad.problems?.map((p) => p.column)).toEqual(["Poeng", "Ønsket studiested"]);
  });

  it("an optional choice column may be missing: everyone accepts any class", () => {
    const optional = programWithFields({ score: { type: "number" } }, undefined, {
      applicants: {
        id: "id",
        fields: { score: { type: "number" } },
        choices: spec({ required: false }),
      },
    });
    const result = layoutFor(optional, ["id", "score"], CLASSES);
    if (!result.ok) throw new Error("layout");
    expect(readRow(result.layout, ["a1", "1"]).choices?.map((c) => c.id)).toEqual(["*"]);
  });
});
