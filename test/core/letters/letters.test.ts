/** The pure parts of letters: file names, template files, joining outcomes with rows, addresses. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMailAddress } from "../../../src/core/letters/email.js";
import { fileStems } from "../../../src/core/letters/file-names.js";
import { carriedColumns } from "../../../src/core/letters/letter.js";
import { joinOutcomes, type ListRow } from "../../../src/core/letters/match.js";
import { parseTemplateFile } from "../../../src/core/letters/template-file.js";

describe("fileStems", () => {
  it("makes portable, unique names whatever the ids", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", maxLength: 200 }), { maxLength: 40 }),
        (ids) => {
          const stems = fileStems(ids);
          expect(new Set(stems.map((s) => s.toLowerCase())).size).toBe(ids.length);
          for (const s of stems) {
            expect(s).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/);
            expect(s.length).toBeLessThanOrEqual(90);
            expect(s.toLowerCase()).not.toBe("index");
          }
        },
      ),
    );
  });
  it("keeps plain ids and suffixes clashes", () => {
    expect(fileStems(["S1", "s1", "Søker/2", "../x", "S1"])).toEqual([
      "S1",
      "s1-2",
      "Soker_2",
      "__x",
      "S1-3",
    ]);
  });
});

describe("parseTemplateFile", () => {
  it("reads the subject and the body", () => {
    expect(parseTemplateFile("\uFEFFSubject: Hei {{name}}\r\n\r\nBody\r\n\r\n")).toEqual({
      ok: true,
      template: { subject: "Hei {{name}}", body: "Body\n" },
      subjectLine: 1,
      bodyLine: 3,
    });
  });
  it("locates what is wrong", () => {
    expect(parseTemplateFile("Hei\n\nBody")).toMatchObject({ ok: false, line: 1 });
    expect(parseTemplateFile("Subject: x\nBody")).toMatchObject({ ok: false, line: 2 });
    expect(parseTemplateFile("Subject:  \n\nBody")).toMatchObject({ ok: false, line: 1 });
    expect(parseTemplateFile("Subject: x\n\n  \n")).toMatchObject({ ok: false, line: 4 });
  });
});

const row = (id: string, verdict: ListRow["verdict"], line: number): ListRow => ({
  id,
  line,
  verdict,
  reasons: [],
  problems: [],
  carried: [id.toLowerCase()],
  spreadValue: null,
});

describe("joinOutcomes", () => {
  const outcome = (id: string, o: string) => ({
    id,
    outcome: o as "admitted",
    quota: null,
    rank: null,
    position: null,
    code: "X",
  });
  it("joins competing applicants by id and the others in the record's order", () => {
    const rows = [
      row("B", "invalid", 5),
      row("A", "eligible", 2),
      row("B", "invalid", 3),
      row("C", "ineligible", 4),
    ];
    const joined = joinOutcomes(
      [
        outcome("A", "admitted"),
        outcome("C", "ineligible"),
        outcome("B", "invalid"),
        outcome("B", "invalid"),
      ],
      rows,
    );
    expect(joined.ok && joined.entries.map((e) => [e.id, e.line])).toEqual([
      ["A", 2],
      ["C", 4],
      ["B", 3],
      ["B", 5],
    ]);
  });
  it("refuses a record whose applicants are not the list's", () => {
    expect(joinOutcomes([outcome("Z", "admitted")], [row("A", "eligible", 2)])).toEqual({
      ok: false,
      id: "Z",
    });
    expect(joinOutcomes([outcome("A", "ineligible")], [row("A", "invalid", 2)])).toEqual({
      ok: false,
      id: "A",
    });
  });
});

describe("carriedColumns", () => {
  it("carries the named columns once, e-mail and name included", () => {
    const { carry, emailAt, nameAt } = carriedColumns(
      { id: "id", fields: {}, carry: ["Navn", "Arbeidsgiver"], email: "E-post", name: "navn " },
      ["id", "navn", "E-POST"],
    );
    expect(carry).toEqual([
      { column: "Navn", index: 1 },
      { column: "Arbeidsgiver", index: -1 },
      { column: "E-post", index: 2 },
    ]);
    expect([emailAt, nameAt]).toEqual([2, 0]);
  });
});

describe("isMailAddress", () => {
  it("takes one plain address and nothing that could become a header", () => {
    for (const ok of ["ola@example.no", "o.l+a@sub.example.no"])
      expect(isMailAddress(ok)).toBe(true);
    for (const bad of [
      "",
      "ola",
      "ola@",
      "ola@no",
      "a b@x.no",
      "ola@x.no\r\nBcc: x@y.no",
      "øla@x.no",
      "a@x.no, b@x.no",
      "<a@x.no>",
    ])
      expect(isMailAddress(bad)).toBe(false);
  });
});
