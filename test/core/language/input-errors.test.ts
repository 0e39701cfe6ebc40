/**
 * The floor of the input errors' words: every code has words in every
 * language, for every branch the samples take; none is empty or shows a
 * value that was never given; the languages other than English say it in
 * their own words; counts are written the local way; and the English words
 * are the error's message.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGES, LOCALES } from "../../../src/core/language/index.js";
import { inputProblemWords } from "../../../src/core/language/input-error-words.js";
import { inputError } from "../../../src/errors.js";
import { ALL_SAMPLES, SAMPLES } from "./input-problem-samples.js";

describe("the words of input errors", () => {
  it("have a sample of every code", () => {
    for (const [code, samples] of Object.entries(SAMPLES)) {
      expect(samples.length, code).toBeGreaterThan(0);
      for (const sample of samples) expect(sample.code).toBe(code);
    }
  });

  it.each(LOCALES)("%s words every problem, without a missing value", (locale) => {
    const words = LANGUAGES[locale].inputErrors;
    for (const problem of ALL_SAMPLES) {
      const text = inputProblemWords(words, problem);
      expect(text.trim(), problem.code).not.toBe("");
      expect(text, problem.code).not.toMatch(/\bundefined\b|\bNaN\b|\[object|\bnull\b/);
    }
    const { invalidProgram } = LANGUAGES[locale];
    for (const text of [
      invalidProgram.heading("p.yaml", 2),
      invalidProgram.more(4),
      invalidProgram.validate("cohort validate p.yaml"),
    ])
      expect(text).not.toMatch(/undefined|NaN/);
  });

  it.each(LOCALES.filter((l) => l !== "en"))("%s says every problem in its own words", (locale) => {
    const own = LANGUAGES[locale].inputErrors;
    const english = LANGUAGES.en.inputErrors;
    for (const problem of ALL_SAMPLES) {
      // A template's problem is the template checker's words, passed on.
      if (problem.code === "template-invalid") continue;
      expect(inputProblemWords(own, problem), problem.code).not.toBe(
        inputProblemWords(english, problem),
      );
    }
  });

  it("word a system fault by its code, or as the system said it", () => {
    const [known, unknown] = SAMPLES["write-failed"];
    expect(inputProblemWords(LANGUAGES.nb.inputErrors, known!)).toBe(
      "kan ikke skrive ut.csv: disken er full",
    );
    expect(inputProblemWords(LANGUAGES.sv.inputErrors, unknown!)).toBe(
      "kan inte skriva ut.csv: EWEIRD: strange; filen lämnades som den var",
    );
    // English shows the system's text, as it did before the words had codes.
    expect(inputProblemWords(LANGUAGES.en.inputErrors, known!)).toBe(
      "cannot write ut.csv: ENOSPC: no space left on device",
    );
  });

  it("write counts and sizes the local way", () => {
    const rows = SAMPLES["xlsx-too-many-rows"][0]!;
    expect(inputProblemWords(LANGUAGES.en.inputErrors, rows)).toContain("1,048,576");
    expect(inputProblemWords(LANGUAGES.nb.inputErrors, rows)).toContain("1\u00a0048\u00a0576");
    expect(inputProblemWords(LANGUAGES.da.inputErrors, rows)).toContain("1.048.576");
    expect(inputProblemWords(LANGUAGES.fi.inputErrors, rows)).toContain("1\u00a0048\u00a0576");
    const size = SAMPLES["file-too-large"][0]!;
    expect(inputProblemWords(LANGUAGES.en.inputErrors, size)).toContain("16.7 MiB");
    expect(inputProblemWords(LANGUAGES.sv.inputErrors, size)).toContain("16,7\u00a0MiB");
  });

  it("make the error's message from the English words", () => {
    for (const problem of ALL_SAMPLES) {
      const error = inputError(problem);
      expect(error.message).toBe(inputProblemWords(LANGUAGES.en.inputErrors, problem));
      expect(error.problem).toBe(problem);
      expect(error.kind).toBe("input");
    }
  });
});
