/**
 * Eligibility rules as prose for people: a rule's own `reason` when it has
 * one (written in the program's language), otherwise a sentence generated in
 * that language from the test. Dates a rule refers to (the application
 * deadline minus one year) are worked out to calendar dates.
 */
import { addDays, addMonths, type IsoDate } from "../../core/calendar/date.js";
import { programDates } from "../../core/program/model.js";
import type { RuleInput } from "../../core/program/rule-schema.js";
import type { DateOffset, DateRef } from "../../core/program/scalars.js";
import type { Locale, Program } from "../../core/program/schema.js";
import { plainDate } from "./dates.js";
import { labelsFor } from "./labels.js";

export interface ProseItem {
  text: string;
  /** Path of the rule in the program, e.g. "eligibility.all.1", for illustrative marks. */
  path: string;
  children: ProseItem[];
}

interface Words {
  all: string;
  any: string;
  not: string;
  or: string;
  is: (f: string, v: string) => string;
  oneOf: (f: string, v: string) => string;
  noneOf: (f: string, v: string) => string;
  gte: (f: string, v: string) => string;
  gt: (f: string, v: string) => string;
  lte: (f: string, v: string) => string;
  lt: (f: string, v: string) => string;
  onOrBefore: (f: string, v: string) => string;
  onOrAfter: (f: string, v: string) => string;
  present: (f: string) => string;
  absent: (f: string) => string;
}

const nb: Words = {
  all: "Alle disse:",
  any: "Minst ett av disse:",
  not: "Ikke:",
  or: "eller",
  is: (f, v) => `${f} er ${v}`,
  oneOf: (f, v) => `${f} er ${v}`,
  noneOf: (f, v) => `${f} er ikke ${v}`,
  gte: (f, v) => `${f} er minst ${v}`,
  gt: (f, v) => `${f} er mer enn ${v}`,
  lte: (f, v) => `${f} er høyst ${v}`,
  lt: (f, v) => `${f} er mindre enn ${v}`,
  onOrBefore: (f, v) => `${f} er senest ${v}`,
  onOrAfter: (f, v) => `${f} er tidligst ${v}`,
  present: (f) => `${f} er oppgitt`,
  absent: (f) => `${f} er ikke oppgitt`,
};

const WORDS: Record<Locale, Words> = {
  nb,
  nn: {
    ...nb,
    all: "Alle desse:",
    any: "Minst eitt av desse:",
    not: "Ikkje:",
    noneOf: (f, v) => `${f} er ikkje ${v}`,
    gt: (f, v) => `${f} er meir enn ${v}`,
    lte: (f, v) => `${f} er høgst ${v}`,
    onOrBefore: (f, v) => `${f} er seinast ${v}`,
    onOrAfter: (f, v) => `${f} er tidlegast ${v}`,
    absent: (f) => `${f} er ikkje oppgitt`,
  },
  sv: {
    all: "Alla dessa:",
    any: "Minst ett av dessa:",
    not: "Inte:",
    or: "eller",
    is: (f, v) => `${f} är ${v}`,
    oneOf: (f, v) => `${f} är ${v}`,
    noneOf: (f, v) => `${f} är inte ${v}`,
    gte: (f, v) => `${f} är minst ${v}`,
    gt: (f, v) => `${f} är mer än ${v}`,
    lte: (f, v) => `${f} är högst ${v}`,
    lt: (f, v) => `${f} är mindre än ${v}`,
    onOrBefore: (f, v) => `${f} är senast ${v}`,
    onOrAfter: (f, v) => `${f} är tidigast ${v}`,
    present: (f) => `${f} är angiven`,
    absent: (f) => `${f} är inte angiven`,
  },
  da: {
    all: "Alle disse:",
    any: "Mindst ét af disse:",
    not: "Ikke:",
    or: "eller",
    is: (f, v) => `${f} er ${v}`,
    oneOf: (f, v) => `${f} er ${v}`,
    noneOf: (f, v) => `${f} er ikke ${v}`,
    gte: (f, v) => `${f} er mindst ${v}`,
    gt: (f, v) => `${f} er mere end ${v}`,
    lte: (f, v) => `${f} er højst ${v}`,
    lt: (f, v) => `${f} er mindre end ${v}`,
    onOrBefore: (f, v) => `${f} er senest ${v}`,
    onOrAfter: (f, v) => `${f} er tidligst ${v}`,
    present: (f) => `${f} er angivet`,
    absent: (f) => `${f} er ikke angivet`,
  },
  fi: {
    all: "Kaikki seuraavat:",
    any: "Vähintään yksi seuraavista:",
    not: "Ei:",
    or: "tai",
    is: (f, v) => `${f}: ${v}`,
    oneOf: (f, v) => `${f}: ${v}`,
    noneOf: (f, v) => `${f}: ei ${v}`,
    gte: (f, v) => `${f}: vähintään ${v}`,
    gt: (f, v) => `${f}: yli ${v}`,
    lte: (f, v) => `${f}: enintään ${v}`,
    lt: (f, v) => `${f}: alle ${v}`,
    onOrBefore: (f, v) => `${f}: viimeistään ${v}`,
    onOrAfter: (f, v) => `${f}: aikaisintaan ${v}`,
    present: (f) => `${f}: annettu`,
    absent: (f) => `${f}: puuttuu`,
  },
  en: {
    all: "All of these:",
    any: "At least one of these:",
    not: "Not:",
    or: "or",
    is: (f, v) => `${f} is ${v}`,
    oneOf: (f, v) => `${f} is ${v}`,
    noneOf: (f, v) => `${f} is not ${v}`,
    gte: (f, v) => `${f} is at least ${v}`,
    gt: (f, v) => `${f} is more than ${v}`,
    lte: (f, v) => `${f} is at most ${v}`,
    lt: (f, v) => `${f} is less than ${v}`,
    onOrBefore: (f, v) => `${f} is on or before ${v}`,
    onOrAfter: (f, v) => `${f} is on or after ${v}`,
    present: (f) => `${f} is given`,
    absent: (f) => `${f} is not given`,
  },
};

const shift = (date: IsoDate, offset: DateOffset | undefined, sign: 1 | -1): IsoDate => {
  if (!offset) return date;
  const months = (offset.years ?? 0) * 12 + (offset.months ?? 0);
  const days = (offset.weeks ?? 0) * 7 + (offset.days ?? 0);
  return addDays(addMonths(date, sign * months), sign * days);
};

/** The calendar date a reference stands for, when the program has that date. */
export const resolveDateRef = (program: Program, ref: DateRef): IsoDate | undefined => {
  const base = programDates(program).get(ref.ref);
  return base === undefined ? undefined : shift(shift(base, ref.plus, 1), ref.minus, -1);
};

type Value = string | number | boolean | DateRef;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const valueText = (program: Program, value: Value): string => {
  const labels = labelsFor(program.locale);
  if (typeof value === "boolean") return value ? labels.yes : labels.no;
  if (typeof value === "number") return String(value);
  if (typeof value === "string")
    return ISO_DATE.test(value) ? plainDate(value, program.locale) : value;
  const date = resolveDateRef(program, value);
  return date ? plainDate(date, program.locale) : value.ref;
};

const fieldSentence = (program: Program, rule: RuleInput): string => {
  const words = WORDS[program.locale];
  const name = rule.field ?? "";
  const label = program.applicants?.fields[name]?.column ?? name;
  const text = (v: Value) => valueText(program, v);
  const list = (vs: (string | number)[]) => {
    const texts = vs.map(text);
    return texts.length <= 1
      ? (texts[0] ?? "")
      : `${texts.slice(0, -1).join(", ")} ${words.or} ${texts[texts.length - 1]}`;
  };
  if (rule.equals !== undefined) return words.is(label, text(rule.equals));
  if (rule.in !== undefined) return words.oneOf(label, list(rule.in));
  if (rule.notIn !== undefined) return words.noneOf(label, list(rule.notIn));
  if (rule.gte !== undefined) return words.gte(label, text(rule.gte));
  if (rule.gt !== undefined) return words.gt(label, text(rule.gt));
  if (rule.lte !== undefined) return words.lte(label, text(rule.lte));
  if (rule.lt !== undefined) return words.lt(label, text(rule.lt));
  if (rule.onOrBefore !== undefined) return words.onOrBefore(label, text(rule.onOrBefore));
  if (rule.onOrAfter !== undefined) return words.onOrAfter(label, text(rule.onOrAfter));
  return rule.present === false ? words.absent(label) : words.present(label);
};

const describe = (program: Program, rule: RuleInput, path: string): ProseItem => {
  const words = WORDS[program.locale];
  const children = (rules: RuleInput[], key: string) =>
    rules.map((r, i) => describe(program, r, `${path}.${key}.${i}`));
  if (rule.reason) return { text: rule.reason, path, children: [] };
  if (rule.all) return { text: words.all, path, children: children(rule.all, "all") };
  if (rule.any) return { text: words.any, path, children: children(rule.any, "any") };
  if (rule.not)
    return { text: words.not, path, children: [describe(program, rule.not, `${path}.not`)] };
  return { text: fieldSentence(program, rule), path, children: [] };
};

/** The program's eligibility as a list of items; a top-level `all` is the list itself. */
export const eligibilityProse = (program: Program): ProseItem[] => {
  const root = program.eligibility;
  if (!root) return [];
  if (!root.reason && root.all) {
    return root.all.map((r, i) => describe(program, r, `eligibility.all.${i}`));
  }
  return [describe(program, root, "eligibility")];
};
