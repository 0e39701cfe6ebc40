/**
 * Reasons where constraints decided together, in every language: the first
 * constraint's sentence as before, then the others the seat is held for at
 * the same time (minimums of other fields, quotas, filling every seat), or
 * the other quotas a leader group's members would pass. With one constraint
 * the sentence is the one it always was.
 */
import { describe, expect, it } from "vitest";
import type { Reason } from "../../../src/core/allocation/types.js";
import { describeReason, type Labels } from "../../../src/core/decision/words.js";
import { LANGUAGES, LOCALES, type Locale } from "../../../src/core/language/index.js";

const QUOTAS: Record<string, string> = {
  kommune: "Kommunehelsetjenesten",
  spesialist: "Spesialisthelsetjenesten",
};
const FIELDS: Record<string, string> = { region: "Region", kjonn: "Kjønn", yrke: "Yrke" };

const quota = (id: string | null) => (id === null ? "-" : (QUOTAS[id] ?? id));
/** One spread field: values stand alone. */
const oneField: Labels = { quota };
/** Several fields: a value with its field's label, as the decision names it. */
const severalFields = (locale: Locale): Labels => ({
  quota,
  value: (field, value) =>
    LANGUAGES[locale].decision.reasons.valueOfField(value, FIELDS[field] ?? field),
});

const held = (params: Partial<Extract<Reason, { code: "HELD_FOR_MIN" }>["params"]>): Reason => ({
  code: "HELD_FOR_MIN",
  params: { field: "region", value: "nord", admitted: 0, min: 2, values: ["nord"], ...params },
});

const CASES: Record<string, { reason: Reason; several: boolean }> = {
  "one field, one minimum": { reason: held({}), several: false },
  "two fields, one minimum of the other field": {
    reason: held({ also: [{ field: "kjonn", value: "kvinne" }] }),
    several: true,
  },
  "three fields, two minimums of the other fields": {
    reason: held({
      also: [
        { field: "kjonn", value: "kvinne" },
        { field: "yrke", value: "lege" },
      ],
    }),
    several: true,
  },
  "a minimum and a quota": {
    reason: held({ admitted: 1, quotas: ["kommune"] }),
    several: false,
  },
  "two fields' minimums, a quota and every seat": {
    reason: held({
      admitted: 1,
      also: [{ field: "kjonn", value: "kvinne" }],
      quotas: ["kommune"],
      total: 12,
    }),
    several: true,
  },
  "a quota and every seat": {
    reason: {
      code: "HELD_FOR_QUOTA",
      params: { quota: "kommune", admitted: 3, target: 6, quotas: ["kommune"], total: 12 },
    },
    several: false,
  },
  "two quotas": {
    reason: {
      code: "HELD_FOR_QUOTA",
      params: { quota: "kommune", admitted: 3, target: 6, quotas: ["kommune", "spesialist"] },
    },
    several: false,
  },
  "a leader group passing two quotas and the open seats": {
    reason: {
      code: "GROUP_FULL",
      params: {
        quota: "kommune",
        admitted: 6,
        seats: 6,
        also: [
          { quota: "spesialist", admitted: 6, seats: 6 },
          { quota: null, admitted: 2, seats: 2 },
        ],
      },
    },
    several: false,
  },
};

const EXPECTED: Record<Locale, Record<keyof typeof CASES, string>> = {
  nb: {
    "one field, one minimum": "plassen holdes av til minstetallet for nord, 0/2",
    "two fields, one minimum of the other field":
      "plassen holdes av til minstetallet for nord (Region), 0/2, og samtidig til minstetallet for kvinne (Kjønn)",
    "three fields, two minimums of the other fields":
      "plassen holdes av til minstetallet for nord (Region), 0/2, og samtidig til minstetallene for kvinne (Kjønn) og lege (Yrke)",
    "a minimum and a quota":
      "plassen holdes av til minstetallet for nord, 1/2, og samtidig til kvoten Kommunehelsetjenesten",
    "two fields' minimums, a quota and every seat":
      "plassen holdes av til minstetallet for nord (Region), 1/2, og samtidig til minstetallet for kvinne (Kjønn) og kvoten Kommunehelsetjenesten, og for at alle 12 plassene skal kunne fylles",
    "a quota and every seat":
      "plassen holdes av til kvoten Kommunehelsetjenesten, 3/6, og samtidig for at alle 12 plassene skal kunne fylles",
    "two quotas":
      "plassen holdes av til kvoten Kommunehelsetjenesten, 3/6, og samtidig til kvoten Spesialisthelsetjenesten",
    "a leader group passing two quotas and the open seats":
      "kvoten Kommunehelsetjenesten er full, 6/6, kvoten Spesialisthelsetjenesten har heller ikke plass til alle, 6/6, og de åpne plassene rekker heller ikke til alle, 2/2",
  },
  nn: {
    "one field, one minimum": "plassen blir halden av til minstetalet for nord, 0/2",
    "two fields, one minimum of the other field":
      "plassen blir halden av til minstetalet for nord (Region), 0/2, og samstundes til minstetalet for kvinne (Kjønn)",
    "three fields, two minimums of the other fields":
      "plassen blir halden av til minstetalet for nord (Region), 0/2, og samstundes til minstetala for kvinne (Kjønn) og lege (Yrke)",
    "a minimum and a quota":
      "plassen blir halden av til minstetalet for nord, 1/2, og samstundes til kvoten Kommunehelsetjenesten",
    "two fields' minimums, a quota and every seat":
      "plassen blir halden av til minstetalet for nord (Region), 1/2, og samstundes til minstetalet for kvinne (Kjønn) og kvoten Kommunehelsetjenesten, og for at alle 12 plassane skal kunne fyllast",
    "a quota and every seat":
      "plassen blir halden av til kvoten Kommunehelsetjenesten, 3/6, og samstundes for at alle 12 plassane skal kunne fyllast",
    "two quotas":
      "plassen blir halden av til kvoten Kommunehelsetjenesten, 3/6, og samstundes til kvoten Spesialisthelsetjenesten",
    "a leader group passing two quotas and the open seats":
      "kvoten Kommunehelsetjenesten er full, 6/6, kvoten Spesialisthelsetjenesten har heller ikkje plass til alle, 6/6, og dei opne plassane rekk heller ikkje til alle, 2/2",
  },
  sv: {
    "one field, one minimum": "platsen hålls för minimiantalet för nord, 0/2",
    "two fields, one minimum of the other field":
      "platsen hålls för minimiantalet för nord (Region), 0/2, och samtidigt för minimiantalet för kvinne (Kjønn)",
    "three fields, two minimums of the other fields":
      "platsen hålls för minimiantalet för nord (Region), 0/2, och samtidigt för minimiantalen för kvinne (Kjønn) och lege (Yrke)",
    "a minimum and a quota":
      "platsen hålls för minimiantalet för nord, 1/2, och samtidigt för kvoten Kommunehelsetjenesten",
    "two fields' minimums, a quota and every seat":
      "platsen hålls för minimiantalet för nord (Region), 1/2, och samtidigt för minimiantalet för kvinne (Kjønn) och kvoten Kommunehelsetjenesten, och för att alla 12 platser ska kunna fyllas",
    "a quota and every seat":
      "platsen hålls för kvoten Kommunehelsetjenesten, 3/6, och samtidigt för att alla 12 platser ska kunna fyllas",
    "two quotas":
      "platsen hålls för kvoten Kommunehelsetjenesten, 3/6, och samtidigt för kvoten Spesialisthelsetjenesten",
    "a leader group passing two quotas and the open seats":
      "kvoten Kommunehelsetjenesten är full, 6/6, kvoten Spesialisthelsetjenesten har inte heller plats för alla, 6/6, och de öppna platserna räcker inte heller till alla, 2/2",
  },
  da: {
    "one field, one minimum": "pladsen holdes til minimumsantallet for nord, 0/2",
    "two fields, one minimum of the other field":
      "pladsen holdes til minimumsantallet for nord (Region), 0/2, og samtidig til minimumsantallet for kvinne (Kjønn)",
    "three fields, two minimums of the other fields":
      "pladsen holdes til minimumsantallet for nord (Region), 0/2, og samtidig til minimumsantallene for kvinne (Kjønn) og lege (Yrke)",
    "a minimum and a quota":
      "pladsen holdes til minimumsantallet for nord, 1/2, og samtidig til kvoten Kommunehelsetjenesten",
    "two fields' minimums, a quota and every seat":
      "pladsen holdes til minimumsantallet for nord (Region), 1/2, og samtidig til minimumsantallet for kvinne (Kjønn) og kvoten Kommunehelsetjenesten, og for at alle 12 pladser kan besættes",
    "a quota and every seat":
      "pladsen holdes til kvoten Kommunehelsetjenesten, 3/6, og samtidig for at alle 12 pladser kan besættes",
    "two quotas":
      "pladsen holdes til kvoten Kommunehelsetjenesten, 3/6, og samtidig til kvoten Spesialisthelsetjenesten",
    "a leader group passing two quotas and the open seats":
      "kvoten Kommunehelsetjenesten er fuld, 6/6, kvoten Spesialisthelsetjenesten har heller ikke plads til alle, 6/6, og de åbne pladser rækker heller ikke til alle, 2/2",
  },
  fi: {
    "one field, one minimum": "paikka on varattu arvon nord vähimmäismäärää varten, 0/2",
    "two fields, one minimum of the other field":
      "paikka on varattu arvon nord (Region) vähimmäismäärää varten, 0/2, ja samalla arvon kvinne (Kjønn) vähimmäismäärää varten",
    "three fields, two minimums of the other fields":
      "paikka on varattu arvon nord (Region) vähimmäismäärää varten, 0/2, ja samalla arvojen kvinne (Kjønn) ja lege (Yrke) vähimmäismääriä varten",
    "a minimum and a quota":
      "paikka on varattu arvon nord vähimmäismäärää varten, 1/2, ja samalla kiintiölle Kommunehelsetjenesten",
    "two fields' minimums, a quota and every seat":
      "paikka on varattu arvon nord (Region) vähimmäismäärää varten, 1/2, ja samalla arvon kvinne (Kjønn) vähimmäismäärää varten, kiintiölle Kommunehelsetjenesten ja kaikkien 12 paikan täyttämistä varten",
    "a quota and every seat":
      "paikka on varattu kiintiölle Kommunehelsetjenesten, 3/6, ja samalla kaikkien 12 paikan täyttämistä varten",
    "two quotas":
      "paikka on varattu kiintiölle Kommunehelsetjenesten, 3/6, ja samalla kiintiölle Spesialisthelsetjenesten",
    "a leader group passing two quotas and the open seats":
      "kiintiö Kommunehelsetjenesten on täynnä, 6/6; myöskään kiintiössä Spesialisthelsetjenesten ei ole tilaa kaikille, 6/6; myöskään avoimet paikat eivät riitä kaikille, 2/2",
  },
  en: {
    "one field, one minimum": "seat held for the nord minimum, 0/2",
    "two fields, one minimum of the other field":
      "seat held for the nord (Region) minimum, 0/2, and also for the kvinne (Kjønn) minimum",
    "three fields, two minimums of the other fields":
      "seat held for the nord (Region) minimum, 0/2, and also for the kvinne (Kjønn) and lege (Yrke) minimums",
    "a minimum and a quota":
      "seat held for the nord minimum, 1/2, and also for quota Kommunehelsetjenesten",
    "two fields' minimums, a quota and every seat":
      "seat held for the nord (Region) minimum, 1/2, and also for the kvinne (Kjønn) minimum and quota Kommunehelsetjenesten, and so that all 12 seats can be filled",
    "a quota and every seat":
      "seat held for quota Kommunehelsetjenesten, 3/6, and so that all 12 seats can be filled",
    "two quotas":
      "seat held for quota Kommunehelsetjenesten, 3/6, and also for quota Spesialisthelsetjenesten",
    "a leader group passing two quotas and the open seats":
      "quota Kommunehelsetjenesten full, 6/6, quota Spesialisthelsetjenesten has no room for all of them either, 6/6, and the open seats are not enough for all of them either, 2/2",
  },
};

describe("reasons where constraints decided together", () => {
  for (const locale of LOCALES)
    describe(locale, () => {
      for (const [name, c] of Object.entries(CASES))
        it(name, () => {
          const labels = c.several ? severalFields(locale) : oneField;
          expect(describeReason(c.reason, 0, labels, LANGUAGES[locale].decision.reasons)).toBe(
            EXPECTED[locale][name],
          );
        });
    });

  it("words one constraint as it always was", () => {
    // The sentence of one minimum is the language's heldForMin alone.
    for (const locale of LOCALES) {
      const words = LANGUAGES[locale].decision.reasons;
      expect(EXPECTED[locale]["one field, one minimum"]).toBe(
        words.heldForMin("nord", 0, 2, ["nord"]),
      );
    }
  });
});
