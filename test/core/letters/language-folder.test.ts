/**
 * Which folders of a program's template folder look meant for a language's
 * own templates without being named by a code cohort reads, and which are
 * ordinary folders a coordinator may keep there.
 */
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../../src/core/language/index.js";
import { languageFolderGuess } from "../../../src/core/letters/language-folder.js";

describe("languageFolderGuess", () => {
  it("leaves the folders cohort reads alone: the codes, in lower case", () => {
    for (const code of LOCALES) expect(languageFolderGuess(code), code).toBeUndefined();
  });

  it("knows a code in other letters, a tag with a region or script, and the languages' names", () => {
    const cases: [string, string | undefined][] = [
      ["SV", "sv"],
      ["Nb", "nb"],
      ["EN", "en"],
      ["nb-NO", "nb"],
      ["nb_NO", "nb"],
      ["sv-FI", "sv"],
      ["en-GB", "en"],
      ["nn-Latn-NO", "nn"],
      ["svenska", "sv"],
      ["Svenska", "sv"],
      ["swedish", "sv"],
      ["dansk", "da"],
      ["suomi", "fi"],
      ["english", "en"],
      ["engelsk", "en"],
      ["nynorsk", "nn"],
      ["bokmål", "nb"],
      ["bokma\u030al", "nb"], // as a file system may spell it (NFD)
      ["swe", "sv"],
      ["se", "sv"],
      ["dk", "da"],
      ["uk", "en"],
      ["no-NB", undefined],
    ];
    for (const [name, meant] of cases) expect(languageFolderGuess(name), name).toEqual({ meant });
  });

  it("flags Norwegian, two-letter names and other languages' tags without guessing a code", () => {
    for (const name of [
      "norsk",
      "Norsk",
      "norwegian",
      "no",
      "nor",
      "sw",
      "de",
      "fr",
      "de-DE",
      "pt_BR",
    ])
      expect(languageFolderGuess(name), name).toEqual({ meant: undefined });
  });

  it("leaves ordinary folders alone", () => {
    for (const name of [
      "drafts",
      "old",
      "new",
      "tmp",
      "2026",
      "v2",
      "old-v2",
      "pre-2026",
      "new_en",
      "images",
      "utkast",
      "arkiv",
      ".git",
      "sv.bak",
      "sv ",
      "deutsch",
    ])
      expect(languageFolderGuess(name), name).toBeUndefined();
  });
});
