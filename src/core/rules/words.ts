/**
 * Words for generated reasons, in the program's language. Rules should carry
 * their own `reason`; these cover the rules that do not.
 */
import type { Locale } from "../program/schema.js";

export interface Words {
  is: string;
  isNot: string;
  oneOf: string;
  notOneOf: string;
  onOrBefore: string;
  onOrAfter: string;
  given: string;
  notGiven: string;
  atLeastOne: string;
  all: string;
  not: string;
  missing: string;
  yes: string;
  no: string;
}

const nb: Words = {
  is: "er",
  isNot: "er ikke",
  oneOf: "er en av",
  notOneOf: "er ingen av",
  onOrBefore: "er på eller før",
  onOrAfter: "er på eller etter",
  given: "er fylt ut",
  notGiven: "er ikke fylt ut",
  atLeastOne: "minst ett av",
  all: "alle",
  not: "ikke",
  missing: "mangler",
  yes: "ja",
  no: "nei",
};

const WORDS: Record<Locale, Words> = {
  nb,
  nn: {
    ...nb,
    isNot: "er ikkje",
    notOneOf: "er ingen av",
    notGiven: "er ikkje fylt ut",
    atLeastOne: "minst eitt av",
    not: "ikkje",
    missing: "manglar",
  },
  da: {
    ...nb,
    notOneOf: "er ingen af",
    oneOf: "er en af",
    given: "er udfyldt",
    notGiven: "er ikke udfyldt",
    atLeastOne: "mindst én af",
    onOrBefore: "er på eller før",
    onOrAfter: "er på eller efter",
    missing: "mangler",
    no: "nej",
  },
  sv: {
    is: "är",
    isNot: "är inte",
    oneOf: "är en av",
    notOneOf: "är ingen av",
    onOrBefore: "är senast",
    onOrAfter: "är tidigast",
    given: "är ifyllt",
    notGiven: "är inte ifyllt",
    atLeastOne: "minst ett av",
    all: "alla",
    not: "inte",
    missing: "saknas",
    yes: "ja",
    no: "nej",
  },
  fi: {
    is: "on",
    isNot: "ei ole",
    oneOf: "on jokin seuraavista",
    notOneOf: "ei ole mikään seuraavista",
    onOrBefore: "on viimeistään",
    onOrAfter: "on aikaisintaan",
    given: "on täytetty",
    notGiven: "ei ole täytetty",
    atLeastOne: "vähintään yksi seuraavista",
    all: "kaikki",
    not: "ei",
    missing: "puuttuu",
    yes: "kyllä",
    no: "ei",
  },
  en: {
    is: "is",
    isNot: "is not",
    oneOf: "is one of",
    notOneOf: "is none of",
    onOrBefore: "is on or before",
    onOrAfter: "is on or after",
    given: "is given",
    notGiven: "is not given",
    atLeastOne: "at least one of",
    all: "all of",
    not: "not",
    missing: "missing",
    yes: "yes",
    no: "no",
  },
};

export const wordsFor = (locale: Locale): Words => WORDS[locale];
