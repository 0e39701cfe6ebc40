/**
 * An input error fitted to a terminal: wrapped at spaces to the width, the
 * lines it wraps into indented, no word cut and no file name broken at its
 * spaces (one wider than the terminal stands alone, whole); into a file the
 * same bytes as ever. Widths are measured by string-width, an independent
 * measure of the columns a terminal gives a text.
 */
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { inputError } from "../../src/errors.js";
import { fitError, inputErrorText, keptWhole } from "../../src/format/input-error.js";

const long = inputError({
  code: "columns-missing",
  missing: ["Søker-ID", "Arbeidsgiver", "Region", "Leder siden"],
  found: ["Navn", "E-post"],
  sheet: "Ark 1",
  others: { fitting: ["Søkere 2027"], all: ["Søkere 2027"], option: "'Søkere 2027'" },
});

describe("an input error on a terminal", () => {
  it("is wrapped to 40 columns at spaces, with a hanging indent", () => {
    const text = `cohort: mine lister/søkere 2027.csv:1: ${inputErrorText(long, "nb")}`;
    const fitted = fitError(text, 40, ["mine lister/søkere 2027.csv:1:", ...keptWhole(long)]);
    const lines = fitted.split("\n");
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}\S/);
    // Only spaces became line breaks: the words are all there, in order.
    expect(fitted.replace(/\n +/g, " ")).toBe(text);
    // The file name with a space is kept on one line.
    expect(lines.some((l) => l.includes("mine lister/søkere 2027.csv:1:"))).toBe(true);
  });

  it("never breaks a file name, even one wider than the terminal", () => {
    const name = "a folder with a very long name/and a list in it.csv";
    const text = `cohort: ${inputErrorText(inputError({ code: "file-missing", file: name }), "sv")}`;
    const fitted = fitError(text, 40, [name]);
    expect(fitted.split("\n")).toContain(`  ${name}`);
    expect(fitted.replace(/\n +/g, " ")).toBe(text);
  });

  it("keeps the lines of a message its own, each wrapped with its indent", () => {
    const text =
      'cohort: x.txt: bare søkere som er tatt opp, kan takke nei:\n  linje 1: "A-1" står på ventelisten og har aldri fått tilbud om plass';
    const lines = fitError(text, 40).split("\n");
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(lines.find((l) => l.startsWith("  linje 1"))).toBeDefined();
    expect(lines.slice(lines.findIndex((l) => l.startsWith("  linje 1")) + 1)[0]).toMatch(
      /^ {4}\S/,
    );
  });

  it("is unchanged without a width (stderr is not a terminal)", () => {
    const text = `cohort: ${inputErrorText(long, "da")}`;
    expect(fitError(text, undefined, keptWhole(long))).toBe(text);
    expect(fitError("short", 40)).toBe("short");
  });
});
