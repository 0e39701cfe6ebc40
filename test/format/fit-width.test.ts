/**
 * Fitting human output to a terminal: column widths within the budget, lines
 * wrapped to the width with no word lost, tables no wider than asked, and a
 * table of 300,000 rows built without overflowing the stack.
 */
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import type { CheckRun } from "../../src/core/check/run.js";
import type { Verdict } from "../../src/core/check/verdict.js";
import { checkTable } from "../../src/format/check/table.js";
import {
  fitColumns,
  fitLines,
  shorten,
  sliceColumns,
  visibleWidth,
  windowStart,
  wrapLine,
} from "../../src/format/fit-width.js";
import { textTable, textTablePieces } from "../../src/format/text-table.js";

const widest = (text: string): number =>
  text.split("\n").reduce((most, line) => Math.max(most, visibleWidth(line)), 0);

describe("fitColumns", () => {
  it("leaves columns that fit as they are", () => {
    expect(fitColumns([5, 10, 3], 18, [{ columns: [1], floor: 4 }])).toEqual([5, 10, 3]);
  });

  it("narrows the long column first, down to its floor, then the widest", () => {
    expect(fitColumns([8, 4, 10, 70], 50, [{ columns: [3], floor: 16 }])).toEqual([8, 4, 10, 28]);
    expect(fitColumns([8, 4, 10, 70], 20, [{ columns: [3], floor: 16 }])).toEqual([5, 4, 5, 6]);
  });

  it("is never wider than the budget and never widens a column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 10, max: 300 }),
        fc.integer({ min: 1, max: 30 }),
        (natural, budget, floor) => {
          const fitted = fitColumns(natural, budget, [{ columns: [natural.length - 1], floor }]);
          const sum = fitted.reduce((a, b) => a + b, 0);
          expect(sum).toBeLessThanOrEqual(Math.max(budget, natural.length));
          fitted.forEach((w, i) => {
            expect(w).toBeGreaterThanOrEqual(1);
            expect(w).toBeLessThanOrEqual(natural[i]!);
          });
        },
      ),
    );
  });
});

describe("visibleWidth: the columns a terminal gives a text", () => {
  const samples: Record<string, number> = {
    "": 0,
    "Søker-ID æøå ÆØÅ": 16,
    戦略的リーダーシップ: 20,
    "李小龍 Kari": 11,
    ＦＵＬＬ: 8,
    한국어: 6,
    "🏥": 2,
    "👩🏽‍💼": 2,
    "👩‍👩‍👧‍👦": 2,
    "🇳🇴🇸🇪": 4,
    "❤️": 2,
    "e\u0301e\u0301": 2,
    "a\u200bb": 2,
    "✔ ✘ ✖ ⚠ … ─ │": 13,
    "\u001b[31mred\u001b[39m": 3,
  };
  it.each(Object.entries(samples))("%j is %i columns, as string-width measures it", (text, n) => {
    expect(visibleWidth(text)).toBe(n);
    expect(stringWidth(text)).toBe(n);
  });

  it("counts controls as nothing (they reach a terminal only as pictures)", () => {
    expect(visibleWidth("a\u0007b\u0085c")).toBe(3);
  });
});

describe("windowStart and sliceColumns: a code frame's window", () => {
  it("shows a line that fits whole, and windows a longer one around the column", () => {
    expect(windowStart("kort", 2, 10)).toEqual({ start: 0, column: 2 });
    const line = "abcdefghijklmnopqrstuvwxyz";
    const { start, column } = windowStart(line, 20, 10);
    expect({ start, column }).toEqual({ start: 15, column: 20 });
    expect(sliceColumns(line, start, 10)).toEqual({ text: "…pqrstuvwxy…", first: 15 });
  });

  it("counts wide characters as two columns and never cuts one in half", () => {
    const line = "ab戦略的リーダーcd";
    // "c" is at UTF-16 unit 9, column 16.
    expect(windowStart(line, 9, 8)).toEqual({ start: 10, column: 16 });
    // Column 3 is the second half of 戦: it is left out, the window starts at 略.
    expect(sliceColumns(line, 3, 6)).toEqual({ text: "…略的…", first: 4 });
  });

  it("keeps a letter with its accent and an emoji whole", () => {
    expect(sliceColumns("xe\u0301y👩🏽‍💼z", 1, 4).text).toBe("…e\u0301y👩🏽‍💼…");
  });

  it("never shows more than the frame, marks aside", () => {
    const chars = fc.constantFrom("a", "æ", "戦", "👩🏽‍💼", "e\u0301", "🇳🇴");
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 80 }),
        fc.nat(200),
        fc.integer({ min: 2, max: 60 }),
        (parts, at, frame) => {
          const line = parts.join("");
          const { start } = windowStart(line, at, frame);
          const cut = sliceColumns(line, start, frame);
          const marks = (cut.text.startsWith("…") ? 1 : 0) + (cut.text.endsWith("…") ? 1 : 0);
          expect(visibleWidth(cut.text) - marks).toBeLessThanOrEqual(frame);
          if (visibleWidth(line) <= frame) expect(cut.text).toBe(line);
        },
      ),
    );
  });
});

describe("wrapLine", () => {
  it("wraps at spaces, indents what follows, and cuts words wider than the line", () => {
    expect(wrapLine("  alpha beta gamma delta", 14, 2)).toEqual([
      "  alpha beta",
      "    gamma",
      "    delta",
    ]);
    expect(wrapLine("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("does not count colours as width", () => {
    const red = "\u001b[31mred\u001b[39m";
    expect(wrapLine(`${red} ${red} ${red}`, 7)).toEqual([`${red} ${red}`, red]);
  });

  it("keeps every word and no line passes the width", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .string({ minLength: 1, maxLength: 30 })
            .filter((w) => !/\s/.test(w) && !w.includes("\u001b")),
          {
            maxLength: 30,
          },
        ),
        fc.integer({ min: 10, max: 120 }),
        (words, width) => {
          const line = words.join(" ");
          const lines = wrapLine(line, width, 2);
          for (const l of lines) expect(visibleWidth(l)).toBeLessThanOrEqual(width);
          expect(lines.join("").replace(/ /g, "")).toBe(line.replace(/ /g, ""));
        },
      ),
    );
  });

  it("never passes the width with wide characters, tabs and deep indentation", () => {
    const piece = fc.constantFrom(
      "ord",
      "x".repeat(70),
      "戦略的",
      "👩🏽‍💼",
      "e\u0301",
      "\t",
      " ",
      "  ",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.nat(150),
        fc.integer({ min: 4, max: 120 }),
        fc.nat(30),
        (parts, lead, width, hang) => {
          const line = " ".repeat(lead) + parts.join("");
          for (const l of wrapLine(line, width, hang)) {
            expect(visibleWidth(l)).toBeLessThanOrEqual(width);
            expect(stringWidth(l)).toBeLessThanOrEqual(width);
          }
        },
      ),
    );
  });

  it("cuts a long first word so that its pieces fit the indented lines too", () => {
    expect(wrapLine(`  ${"x".repeat(20)} y`, 10, 2)).toEqual([
      "  xxxxxxxx",
      "    xxxxxx",
      "    xxxxxx",
      "    y",
    ]);
  });

  it("drops the spaces where a line breaks, and shows tabs as spaces", () => {
    expect(wrapLine("alpha  beta  gamma", 11)).toEqual(["alpha  beta", "gamma"]);
    expect(wrapLine("a\tb", 10)).toEqual(["a b"]);
  });

  it("fitLines leaves text alone without a width", () => {
    const text = `${"x".repeat(300)}\n${"word ".repeat(100)}`;
    expect(fitLines(text, undefined)).toBe(text);
    expect(widest(fitLines(text, 40))).toBeLessThanOrEqual(40);
  });

  it("shorten marks the cut with an ellipsis", () => {
    expect(shorten("Spesialisthelsetjenesten", 10)).toBe("Spesialis…");
    expect(shorten("kort", 10)).toBe("kort");
    expect(shorten("戦略的リーダーシップ", 7)).toBe("戦略的…");
    expect(visibleWidth(shorten("👩🏽‍💼👩🏽‍💼👩🏽‍💼", 4))).toBeLessThanOrEqual(4);
  });
});

describe("textTable with a width", () => {
  const head = ["id", "line", "verdict", "why"];
  const rows = [
    ["A-1", "2", "eligible", ""],
    [
      "A-2",
      "3",
      "ineligible",
      "• Minst ett års ledererfaring ved søknadsfristen\n• Nominert av leder, eller egen søknad bekreftet av leder",
    ],
    ["A-3", "4", "invalid", `${"x".repeat(150)}`],
  ];

  it("is as without one when the table fits", () => {
    expect(textTable(head, rows, { width: 500 })).toBe(textTable(head, rows));
  });

  it.each([40, 60, 80])(
    "is at most %i columns wide, the reasons wrapped under their bullet",
    (w) => {
      const table = textTable(head, rows, { width: w, giveWay: [{ columns: [3], floor: 16 }] });
      expect(widest(table)).toBeLessThanOrEqual(w);
      expect(table).toContain("│ • Minst");
      // Nothing of the reasons is lost: the words are all there, in order.
      const why = table
        .split("\n")
        .map((l) => l.split("│")[4] ?? "")
        .join(" ")
        .replace(/\s+/g, "");
      expect(why).toContain("•Minstettårsledererfaringvedsøknadsfristen");
      expect(why).toContain("x".repeat(150));
    },
  );

  it("hands a long table on in pieces that join to the whole", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => [
      `A-${i}`,
      String(i + 2),
      "eligible",
      "",
    ]);
    const pieces = [...textTablePieces(head, many)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(textTable(head, many));
  });
});

describe("a check table of 300,000 rows", () => {
  it("is written whole, without overflowing the stack", async () => {
    const verdicts: Verdict[] = Array.from({ length: 300_000 }, (_, i) => ({
      id: `A-${i}`,
      line: i + 2,
      verdict: i % 3 === 0 ? "ineligible" : "eligible",
      reasons: i % 3 === 0 ? ["Minst ett års ledererfaring ved søknadsfristen"] : [],
      problems: [],
      values: [],
    }));
    const run: CheckRun = {
      program: "topplederprogrammet",
      locale: "nb",
      verdicts: (async function* () {
        for (let i = 0; i < verdicts.length; i += 1000) yield verdicts.slice(i, i + 1000);
      })(),
      summary: () => ({ eligible: 200_000, ineligible: 100_000, invalid: 0 }),
    };
    let lines = 0;
    let last = "";
    for await (const piece of checkTable(run, { color: false })) {
      const text = String(piece);
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
      last = text;
    }
    // The program's name, the top rule, the head and its rule, the bottom rule, the counts; a line a row.
    expect(lines).toBe(300_000 + 6);
    expect(last).toContain("300000 søkere");
  }, 120_000);
});
