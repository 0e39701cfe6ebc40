/**
 * The floor of every language module: each has every key of the registry's
 * shape, and no word is empty; and the locale lists the schema, the JSON
 * Schema file and the CLI offer are exactly the registry's keys.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/cli/command-table.js";
import { LANGUAGES, LOCALES } from "../../../src/core/language/index.js";
import { programSchema } from "../../../src/core/program/schema.js";
import { plainDate } from "../../../src/format/schedule/dates.js";

type Leaf = [path: string, value: unknown];

const leaves = (value: unknown, path: string): Leaf[] => {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}.${i}`));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
};

/** Sample calls of every function in a language, and the text each result must contain. */
const samples = (path: string): [args: unknown[], contains: string[]][] => {
  if (/^rules\.(reason|page)\.(present|absent)$/.test(path)) return [[["«F»"], ["«F»"]]];
  if (/^rules\.(reason|page)\.\w+$/.test(path))
    return [
      [
        ["«F»", "«V»"],
        ["«F»", "«V»"],
      ],
    ];
  switch (path) {
    case "schedule.totals":
      return [
        [[1, 1], ["1"]],
        [
          [2, 3],
          ["2", "3"],
        ],
      ];
    case "schedule.omitted":
    case "schedule.seatsTotal":
      return [
        [[1], ["1"]],
        [[7], ["7"]],
      ];
    case "schedule.limit":
      return [
        [[4, undefined], ["4"]],
        [[undefined, 9], ["9"]],
        [
          [4, 9],
          ["4", "9"],
        ],
      ];
    case "letters.waitlist.groupFull":
      return [
        [["«Q»"], ["«Q»"]],
        [[null], []],
      ];
    case "letters.waitlist.spreadCap":
    case "letters.problem.missing":
      return [[["«V»"], ["«V»"]]];
    case "letters.problem.unreadable":
    case "letters.problem.duplicate":
      return [
        [
          ["«C»", "«V»"],
          ["«C»", "«V»"],
        ],
      ];
    default:
      throw new Error(`no sample call for the function ${path}: add one to this test`);
  }
};

const shapeOf = (language: unknown): string[] => leaves(language, "").map(([path]) => path);

describe("the language registry", () => {
  it.each(LOCALES)("%s has every key the other languages have", (locale) => {
    // Lists of example values (regions, modules) have a fixed length in the type.
    expect(shapeOf(LANGUAGES[locale])).toEqual(shapeOf(LANGUAGES.en));
  });

  it.each(LOCALES)("%s has no empty word", (locale) => {
    for (const [path, value] of leaves(LANGUAGES[locale], "")) {
      if (typeof value === "function") {
        for (const [args, contains] of samples(path)) {
          const text = (value as (...a: unknown[]) => unknown)(...args);
          expect(typeof text, `${locale} ${path}`).toBe("string");
          expect((text as string).trim(), `${locale} ${path}`).not.toBe("");
          for (const part of contains) expect(text, `${locale} ${path}`).toContain(part);
        }
      } else {
        expect(typeof value, `${locale} ${path}`).toBe("string");
        expect((value as string).trim(), `${locale} ${path}`).not.toBe("");
      }
    }
  });

  it.each(LOCALES)("%s has a date-fns locale", (locale) => {
    expect(plainDate("2027-09-07", locale)).toMatch(/2027/);
  });

  it("is what the schema, the JSON Schema file and `cohort init --locale` offer", () => {
    const keys = Object.keys(LANGUAGES);
    expect(LOCALES).toEqual(keys);
    expect(programSchema.shape.locale.options).toEqual(keys);
    const file = JSON.parse(
      readFileSync(new URL("../../../schema/program.schema.json", import.meta.url), "utf8"),
    );
    expect(file.properties.locale.enum).toEqual(keys);
    const init = COMMANDS.find((c) => c.name === "init")!;
    const option = init.options!.map((make) => make()).find((o) => o.long === "--locale")!;
    expect(option.argChoices).toEqual(keys);
  });
});
