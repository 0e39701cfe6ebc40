/**
 * Letter templates are Mustache (logic-less: a template file of a program
 * can name values and show or hide parts, never run code). Every name a
 * template uses is checked against the placeholders a letter has, so that a
 * misspelt `{{nmae}}` is an error with its line and column, not an empty gap
 * in a thousand letters.
 */
import Mustache from "mustache";
import { type Locale, languageOf } from "../../core/language/index.js";
import { mustacheFault, type TemplateFault } from "../../core/letters/template-faults.js";

export interface TemplateProblem {
  /** 1-based, within the text checked. */
  line: number;
  column: number;
  fault: TemplateFault;
}

/** What a template may name, at the top and inside a section. */
export interface Placeholders {
  /** Top-level names; a value of `Set` names the keys below it (`program.name`). */
  top: ReadonlyMap<string, ReadonlySet<string> | null>;
  /** Sections whose items are objects with these keys (`firstModule`, `modules`). */
  objects: ReadonlyMap<string, ReadonlySet<string>>;
}

const position = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
};

type Token = [string, string, number, number, Token[]?];

export const checkTemplate = (text: string, names: Placeholders): TemplateProblem[] => {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(text) as unknown as Token[];
  } catch (error) {
    const message = (error as Error).message;
    const at = /at (\d+)\s*$/.exec(message);
    const fault = mustacheFault(message.replace(/\s*at \d+\s*$/, ""));
    let offset = at ? Number(at[1]) : 0;
    // A section still open at the end is reported at the end: point at its opening tag instead.
    if (fault.code === "unclosed-section" && offset >= text.trimEnd().length) {
      const open = new RegExp(
        `\\{\\{[#^]\\s*${fault.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\}\\}`,
        "g",
      );
      const found = [...text.matchAll(open)].pop();
      if (found?.index !== undefined) offset = found.index;
    }
    return [{ ...position(text, offset), fault }];
  }
  const problems: TemplateProblem[] = [];
  const walk = (list: Token[], scopes: ReadonlySet<string>[]) => {
    for (const token of list) {
      const [type, value, start] = token;
      if (type === "text" || type === "!" || type === "=") continue;
      if (type === ">") {
        problems.push({
          ...position(text, start),
          fault: { code: "partial" },
        });
        continue;
      }
      const known = value === "." || isKnown(value, names, scopes);
      if (!known) {
        problems.push({
          ...position(text, start),
          fault: { code: "unknown-placeholder", name: value },
        });
      }
      if ((type === "#" || type === "^") && token[4]) {
        const inner = names.objects.get(value);
        walk(token[4], inner && type === "#" ? [inner, ...scopes] : scopes);
      }
    }
  };
  walk(tokens, []);
  return problems;
};

const isKnown = (
  value: string,
  names: Placeholders,
  scopes: readonly ReadonlySet<string>[],
): boolean => {
  const [head, ...rest] = value.split(".");
  if (rest.length === 0 && scopes.some((s) => s.has(head!))) return true;
  if (!names.top.has(head!)) return false;
  const below = names.top.get(head!);
  if (rest.length === 0) return true;
  const object = names.objects.get(head!);
  if (object) return rest.length === 1 && object.has(rest[0]!);
  return below?.has(rest.join(".")) === true;
};

/** Renders as plain text: values are not escaped here, a format escapes what it must. */
export const renderText = (template: string, view: object): string =>
  Mustache.render(template, view, {}, { escape: (value: string) => value });

/** A template's problem, located in its file (or named as the language's default). */
export interface LocatedTemplateProblem {
  file: string;
  line: number;
  column: number;
  fault: TemplateFault;
}

/**
 * The first problem of a set of templates, subject before body, in the
 * order given; undefined when every one renders with known placeholders.
 */
export const templatesProblem = (
  templates: Readonly<
    Record<
      string,
      {
        template: { subject: string; body: string };
        file: string | null;
        subjectLine: number;
        bodyLine: number;
      }
    >
  >,
  names: Placeholders,
  /** The language of the run, to name a shipped default in: "standardbrevmalen for «tilbudt plass»". */
  locale: Locale,
): LocatedTemplateProblem | undefined => {
  const language = languageOf(locale);
  // Decision letters are named by outcome, completion letters by standing.
  const words = (outcome: string): string =>
    (language.letters.outcome as Record<string, string>)[outcome] ??
    (language.progress.status as Record<string, string>)[outcome] ??
    outcome;
  for (const [outcome, source] of Object.entries(templates)) {
    const parts = [
      { text: source.template.subject, line: source.subjectLine },
      { text: source.template.body, line: source.bodyLine },
    ];
    for (const part of parts) {
      const problem = checkTemplate(part.text, names)[0];
      if (!problem) continue;
      return {
        file:
          source.file ??
          language.templateFaults.shipped({ outcome, words: words(outcome), locale }),
        line: part.line + problem.line - 1,
        column: problem.column,
        fault: problem.fault,
      };
    }
  }
  return undefined;
};
