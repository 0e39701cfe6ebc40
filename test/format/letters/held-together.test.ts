/**
 * A waitlist letter for a seat held for more than one target: a quota
 * together with a minimum, or so that every seat can be filled (the
 * allocation's HELD_FOR_MIN / HELD_FOR_QUOTA with `quotas` and `total`). The
 * .eml is read back by an independent parser (mailparser) and says so, in
 * every language; a seat held for a minimum alone keeps the general sentence.
 */
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { LANGUAGES, LOCALES, type Locale } from "../../../src/core/language/index.js";
import type { LetterEntry, LettersDocument } from "../../../src/core/letters/letter.js";
import type { Program } from "../../../src/core/program/schema.js";
import { letterFiles } from "../../../src/format/letters/index.js";

const program = (locale: Locale) =>
  ({
    id: "p",
    kind: "program",
    name: "Ledelse i praksis",
    owner: "Regionalt kompetansesenter",
    status: "active",
    locale,
    country: "NO",
    modules: [{ id: "a", title: "Første samling", start: "2027-09-07", days: 3 }],
    applicants: { id: "id", fields: {}, email: "E-post", name: "Navn" },
    seats: {
      total: 40,
      quotas: [
        { id: "kommune", label: "Kommunehelsetjenesten", seats: 10 },
        { id: "spesialist", label: "Spesialisthelsetjenesten", seats: 10 },
      ],
      unfilled: "transfer",
      ties: "lottery",
    },
  }) as unknown as Program;

const waiting = (
  id: string,
  code: "HELD_FOR_MIN" | "HELD_FOR_QUOTA",
  heldWith?: LetterEntry["heldWith"],
): LetterEntry => ({
  id,
  line: 2,
  outcome: "waitlisted",
  code,
  quota: null,
  rank: 41,
  position: { overall: 1, inGroup: 1 },
  reasons: [],
  problems: [],
  carried: [`${id.toLowerCase()}@example.no`, "Kari Nordmann"],
  spreadValue: null,
  class: null,
  ...(heldWith ? { heldWith } : {}),
});

const ENTRIES = [
  waiting("MIN", "HELD_FOR_MIN"),
  waiting("MINQ", "HELD_FOR_MIN", { quotas: ["kommune"], total: null }),
  waiting("MINQQ", "HELD_FOR_MIN", { quotas: ["kommune", "spesialist"], total: null }),
  waiting("MINQT", "HELD_FOR_MIN", { quotas: ["kommune"], total: 40 }),
  waiting("QUOTAT", "HELD_FOR_QUOTA", { quotas: ["spesialist"], total: 40 }),
  waiting("QUOTA", "HELD_FOR_QUOTA"),
];

const document = (locale: Locale): LettersDocument => {
  const letters = LANGUAGES[locale].letters;
  return {
    classes: [],
    program: program(locale),
    inputs: [],
    auditSha256: "0".repeat(64),
    list: "list.csv",
    idColumn: "id",
    carry: [
      { column: "E-post", index: 1 },
      { column: "Navn", index: 2 },
    ],
    emailAt: 0,
    nameAt: 1,
    entries: ENTRIES,
    templates: Object.fromEntries(
      Object.entries(letters.templates).map(([k, template]) => [
        k,
        { template, file: null, subjectLine: 1, bodyLine: 1 },
      ]),
    ) as LettersDocument["templates"],
  };
};

/** Each letter's text as mailparser reads it, by applicant id. */
const mails = async (locale: Locale): Promise<Map<string, string>> => {
  const out = new Map<string, string>();
  const files = letterFiles(document(locale), {
    format: "eml",
    date: "2027-04-12",
    from: { name: "Opptak", address: "opptak@example.no" },
  });
  for (const file of files) {
    if (!file.name.endsWith(".eml")) continue;
    const mail = await simpleParser(Buffer.from(file.bytes));
    const to = mail.to && "value" in mail.to ? mail.to.value[0]?.address : undefined;
    const entry = ENTRIES.find((e) => `${e.id.toLowerCase()}@example.no` === to)!;
    out.set(entry.id, (mail.text ?? "").replace(/\s+/g, " "));
  }
  expect(out.size).toBe(ENTRIES.length);
  return out;
};

/** The sentences, as a careful reader of each language would write them. */
const SAID: Record<Locale, Record<string, string>> = {
  nb: {
    MINQ: "De siste plassene er holdt av for å sikre den spredningen blant deltakerne som programmet krever, og samtidig for å fylle kvoten for Kommunehelsetjenesten.",
    MINQQ:
      "De siste plassene er holdt av for å sikre den spredningen blant deltakerne som programmet krever, og samtidig for å fylle kvotene for Kommunehelsetjenesten og Spesialisthelsetjenesten.",
    MINQT:
      "De siste plassene er holdt av for å sikre den spredningen blant deltakerne som programmet krever, og samtidig for å fylle kvoten for Kommunehelsetjenesten og for at alle de 40 plassene skal kunne fylles.",
    QUOTAT:
      "De siste plassene er holdt av for å fylle kvotene programmet har, og samtidig for at alle de 40 plassene skal kunne fylles.",
  },
  nn: {
    MINQ: "Dei siste plassane er haldne av for å sikre den spreiinga blant deltakarane som programmet krev, og samstundes for å fylle kvoten for Kommunehelsetjenesten.",
    MINQQ:
      "Dei siste plassane er haldne av for å sikre den spreiinga blant deltakarane som programmet krev, og samstundes for å fylle kvotane for Kommunehelsetjenesten og Spesialisthelsetjenesten.",
    MINQT:
      "Dei siste plassane er haldne av for å sikre den spreiinga blant deltakarane som programmet krev, og samstundes for å fylle kvoten for Kommunehelsetjenesten og for at alle dei 40 plassane skal kunne fyllast.",
    QUOTAT:
      "Dei siste plassane er haldne av for å fylle kvotane programmet har, og samstundes for at alle dei 40 plassane skal kunne fyllast.",
  },
  sv: {
    MINQ: "De sista platserna är reserverade för att deltagarna ska få den spridning som programmet kräver, och samtidigt för att fylla kvoten för Kommunehelsetjenesten.",
    MINQQ:
      "De sista platserna är reserverade för att deltagarna ska få den spridning som programmet kräver, och samtidigt för att fylla kvoterna för Kommunehelsetjenesten och Spesialisthelsetjenesten.",
    MINQT:
      "De sista platserna är reserverade för att deltagarna ska få den spridning som programmet kräver, och samtidigt för att fylla kvoten för Kommunehelsetjenesten och för att alla 40 platser ska kunna fyllas.",
    QUOTAT:
      "De sista platserna är reserverade för att fylla programmets kvoter, och samtidigt för att alla 40 platser ska kunna fyllas.",
  },
  da: {
    MINQ: "De sidste pladser er holdt tilbage for at sikre den spredning blandt deltagerne, som programmet kræver, og samtidig for at fylde kvoten for Kommunehelsetjenesten.",
    MINQQ:
      "De sidste pladser er holdt tilbage for at sikre den spredning blandt deltagerne, som programmet kræver, og samtidig for at fylde kvoterne for Kommunehelsetjenesten og Spesialisthelsetjenesten.",
    MINQT:
      "De sidste pladser er holdt tilbage for at sikre den spredning blandt deltagerne, som programmet kræver, og samtidig for at fylde kvoten for Kommunehelsetjenesten og for at alle 40 pladser kan blive besat.",
    QUOTAT:
      "De sidste pladser er holdt tilbage for at fylde programmets kvoter, og samtidig for at alle 40 pladser kan blive besat.",
  },
  fi: {
    MINQ: "Viimeiset paikat on varattu, jotta osallistujat jakautuvat ohjelman edellyttämällä tavalla, ja lisäksi kiintiön Kommunehelsetjenesten täyttämiseen.",
    MINQQ:
      "Viimeiset paikat on varattu, jotta osallistujat jakautuvat ohjelman edellyttämällä tavalla, ja lisäksi kiintiöiden Kommunehelsetjenesten ja Spesialisthelsetjenesten täyttämiseen.",
    MINQT:
      "Viimeiset paikat on varattu, jotta osallistujat jakautuvat ohjelman edellyttämällä tavalla, ja lisäksi kiintiön Kommunehelsetjenesten täyttämiseen ja siihen, että kaikki 40 paikkaa saadaan täytettyä.",
    QUOTAT:
      "Viimeiset paikat on varattu ohjelman kiintiöiden täyttämiseen, ja lisäksi siihen, että kaikki 40 paikkaa saadaan täytettyä.",
  },
  en: {
    MINQ: "The last places are held back to give the spread of participants that the program requires, and also to fill the Kommunehelsetjenesten quota.",
    MINQQ:
      "The last places are held back to give the spread of participants that the program requires, and also to fill the Kommunehelsetjenesten and Spesialisthelsetjenesten quotas.",
    MINQT:
      "The last places are held back to give the spread of participants that the program requires, and also to fill the Kommunehelsetjenesten quota and to make sure all 40 places can be filled.",
    QUOTAT:
      "The last places are held back to fill the program's quotas, and also to make sure all 40 places can be filled.",
  },
};

describe.each(LOCALES)(
  "the %s waitlist letter of a seat held for more than one target",
  (locale) => {
    const words = LANGUAGES[locale].letters.waitlist;

    it("says that the quota (and T) decided together with the minimum", async () => {
      const text = await mails(locale);
      for (const [id, sentence] of Object.entries(SAID[locale]))
        expect(text.get(id), `${locale} ${id}`).toContain(sentence);
    });

    it("a seat held for a minimum alone, or a quota alone, keeps the general sentence", async () => {
      const text = await mails(locale);
      expect(text.get("MIN")).toContain(words.heldForMin);
      expect(text.get("QUOTA")).toContain(words.heldForQuota);
      for (const id of ["MIN", "QUOTA"])
        expect(text.get(id)).not.toMatch(/Kommunehelsetjenesten|40/);
    });
  },
);
