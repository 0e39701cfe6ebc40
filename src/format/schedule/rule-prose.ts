/**
 * Eligibility rules as prose for people: a rule's own `reason` when it has
 * one (written in the program's language), otherwise the sentence the core's
 * rule describer (src/core/rules/describe.ts) words in that language, in the
 * page style. Dates a rule refers to (the application deadline minus one year)
 * are worked out to calendar dates.
 */
import { languageOf } from "../../core/language/index.js";
import { programDates, resolveDateRef } from "../../core/program/model.js";
import type { RuleInput } from "../../core/program/rule-schema.js";
import type { Program } from "../../core/program/schema.js";
import { describeTest, type Operand } from "../../core/rules/describe.js";
import { plainDate } from "./dates.js";

export interface ProseItem {
  text: string;
  /** Path of the rule in the program, e.g. "eligibility.all.1", for illustrative marks. */
  path: string;
  children: ProseItem[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const valueText = (program: Program, value: Operand): string => {
  const words = languageOf(program.locale).rules;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "number") return String(value);
  if (typeof value === "string")
    return ISO_DATE.test(value) ? plainDate(value, program.locale) : value;
  const date = resolveDateRef(programDates(program), value);
  return date ? plainDate(date, program.locale) : value.ref;
};

const fieldSentence = (program: Program, rule: RuleInput): string => {
  const name = rule.field ?? "";
  const spec = program.applicants?.fields[name];
  const label = spec?.column ?? name;
  const dated = spec?.type === "date" || spec?.type === "datetime";
  return describeTest({ rule, label, dated }, languageOf(program.locale).rules, "page", (v) =>
    valueText(program, v),
  );
};

const describe = (program: Program, rule: RuleInput, path: string): ProseItem => {
  const words = languageOf(program.locale).rules.page;
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
