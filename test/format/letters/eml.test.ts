/**
 * The .eml encoding read back by an independent parser (mailparser): any
 * subject, name and body, in any script, comes back as it went in.
 */
import fc from "fast-check";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { emlLetter, mailDate } from "../../../src/format/letters/eml.js";
import { quotedPrintable } from "../../../src/format/letters/mime.js";

const text = fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 });
const headers = (name: string) => ({
  from: { name: "Opptak, KS", address: "opptak@example.no" },
  to: { name, address: "ola@example.no" },
  date: "2027-04-12",
  messageId: "abc.S1@cohort.invalid",
  language: "nb",
});

describe("eml letters", () => {
  it("round-trip subject, recipient name and body through mailparser", async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        text,
        fc.array(text, { minLength: 1, maxLength: 6 }),
        async (subject, name, lines) => {
          const cleanSubject = subject.replace(/\s+/g, " ").trim() || "x";
          const cleanName = name.replace(/\s+/g, " ").trim();
          const body = `${lines.map((l) => l.replace(/[\r\n]/g, " ")).join("\n")}\n`;
          const eml = emlLetter({ subject: cleanSubject, body }, headers(cleanName));
          const mail = await simpleParser(Buffer.from(eml));
          expect(mail.subject).toBe(cleanSubject);
          const to = mail.to && "value" in mail.to ? mail.to.value[0] : undefined;
          expect(to?.address).toBe("ola@example.no");
          if (cleanName !== "" && !/[<>@,;:"\\()[\]]/.test(cleanName))
            expect(to?.name).toBe(cleanName);
          expect(mail.text?.trimEnd()).toBe(body.trimEnd());
        },
      ),
      { numRuns: 150 },
    );
  });

  it("keeps every line within 78 characters and uses CRLF", () => {
    const long = `${"Søknaden oppfyller ikke følgende krav, «æøå» – ".repeat(20)}\n`;
    const eml = emlLetter(
      { subject: "Tilbud om plass: ".repeat(10), body: long },
      headers("Øystein Ødegård"),
    );
    for (const line of eml.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    expect(eml.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect([...eml].every((c) => c.charCodeAt(0) < 128)).toBe(true);
  });

  it("encodes trailing spaces and '=' in quoted-printable", () => {
    expect(quotedPrintable("a = b \nc\t")).toBe("a =3D b=20\r\nc=09");
  });

  it("dates the message at noon UTC with the weekday", () => {
    expect(mailDate("2027-04-12")).toBe("Mon, 12 Apr 2027 12:00:00 +0000");
    expect(mailDate("2028-02-29")).toBe("Tue, 29 Feb 2028 12:00:00 +0000");
  });
});
