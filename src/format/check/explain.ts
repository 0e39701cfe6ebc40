import { Chalk } from "chalk";
import { describeProblem } from "../../core/applicants/problem-words.js";
import type { Explanation } from "../../core/check/run.js";
import { languageOf } from "../../core/language/index.js";
import type { ExplainNode } from "../../core/rules/compile.js";
import { fitLines, visibleWidth } from "../fit-width.js";
import { type TextRenderer, whole } from "../formatter.js";
import { terminalText as safe } from "../terminal-text.js";

/**
 * The rule tree for one applicant: each node with pass/fail and the actual
 * value; for an invalid row, what is wrong with it instead.
 *
 * On a terminal (`options.width`) every line wraps at spaces: a node's
 * text goes on under its label, past where its children start, so a
 * wrapped node never reads as one of them; a heading or a problem goes on
 * two spaces in.
 */
const renderExplanation: TextRenderer<Explanation> = (data, options) => {
  const words = languageOf(data.locale).decision;
  const w = words.explain;
  const wrapped = (text: string, hang: number) => fitLines(text, options.width, hang);
  if ("problems" in data) {
    const problems = data.problems.map((p) =>
      wrapped(safe(`  ${describeProblem(p, { language: languageOf(data.locale) })}`), 2),
    );
    return `${wrapped(safe(w.invalid(data.program, data.id, data.line)), 2)}\n${problems.join("\n")}\n`;
  }
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [wrapped(safe(w.heading(data.program, data.id, data.line)), 2)];
  const walk = (node: ExplainNode, depth: number) => {
    const word = node.passed ? `✔ ${w.pass}` : `✘ ${w.fail}`;
    const mark = node.passed ? paint.green(word) : paint.red(word);
    const shown = [
      node.actual !== undefined ? `${w.value}: ${safe(node.actual)}` : "",
      node.test ? `${w.rule}: ${safe(node.test)}` : "",
    ].filter(Boolean);
    const actual = shown.length > 0 ? paint.dim(`  [${shown.join("; ")}]`) : "";
    lines.push(
      wrapped(`${"  ".repeat(depth)}${mark}  ${safe(node.label)}${actual}`, visibleWidth(word) + 2),
    );
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(data.tree, 1);
  lines.push(wrapped(data.tree.passed ? words.verdicts.eligible : words.verdicts.ineligible, 2));
  return `${lines.join("\n")}\n`;
};

export const formatExplanation = whole(renderExplanation);
