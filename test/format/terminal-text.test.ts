import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { terminalLine, terminalText } from "../../src/format/terminal-text.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const OBEYED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /\p{Cs}/u;

describe("terminalText", () => {
  it("shows controls as control pictures, C1 and bidi overrides as U+FFFD", () => {
    expect(terminalText("a\u001b[8mb\u0007c\rd\u0000e\u007f")).toBe("a␛[8mb␇c␍d␀e␡");
    expect(terminalText("\u009b31m\u202eevil\u2066")).toBe("\ufffd31m\ufffdevil\ufffd");
    expect(terminalText("x\ud800y")).toBe("x\ufffdy");
  });

  it("keeps line feeds and tabs; terminalLine shows line feeds too", () => {
    expect(terminalText("a\nb\tc")).toBe("a\nb\tc");
    expect(terminalLine("a\nb")).toBe("a␊b");
  });

  it("leaves ordinary text as it is, emoji and Nordic letters included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        fc.pre(!OBEYED.test(text));
        expect(terminalText(text)).toBe(text);
      }),
    );
    expect(terminalText("Søker-ID 😀 æøå")).toBe("Søker-ID 😀 æøå");
  });

  it("leaves nothing a terminal obeys, whatever the input, one character for one", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const safe = terminalText(text);
        expect(OBEYED.test(safe)).toBe(false);
        expect(LONE_SURROGATE.test(safe)).toBe(false);
        expect(safe.length).toBe(text.length);
      }),
    );
  });
});
