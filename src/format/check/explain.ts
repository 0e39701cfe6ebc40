import { Chalk } from "chalk";
import { describeProblem } from "../../core/applicants/problem-words.js";
import type { Explanation } from "../../core/check/run.js";
import { languageOf } from "../../core/language/index.js";
import type { ExplainNode } from "../../core/rules/compile.js";
import { type TextRenderer, whole } from "../formatter.js";
import { terminalText as safe } from "../terminal-text.js";

/**
 * The rule tree for one applicant: each node with pass/fail and the actual
 * value; for an invalid row, what is wrong with it instead.
 */
const renderExplanation: TextRenderer<Explanation> = (data, options) => {
  const words = languageOf(data.locale).decision;
  const w = words.explain;
  if ("problems" in data) {
    const problems = data.problems.map(
      (p) => `  ${describeProblem(p, { language: languageOf(data.locale) })}`,
    );
    return safe(`${w.invalid(data.program, data.id, data.line)}\n${problems.join("\n")}\n`);
  }
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [safe(w.heading(data.program, data.id, data.line))];
  const walk = (node: ExplainNode, depth: number) => {
    const mark = node.passed ? paint.green(`✔ ${w.pass}`) : paint.red(`✘ ${w.fail}`);
    const shown = [
      node.actual !== undefined ? `${w.value}: ${safe(node.actual)}` : "",
      node.test ? `${w.rule}: ${safe(node.test)}` : "",
    ].filter(Boolean);
    const actual = shown.length > 0 ? paint.dim(`  [${shown.join("; ")}]`) : "";
    lines.push(`${"  ".repeat(depth)}${mark}  ${safe(node.label)}${actual}`);
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(data.tree, 1);
  lines.push(data.tree.passed ? words.verdicts.eligible : words.verdicts.ineligible);
  return `${lines.join("\n")}\n`;
};

export const formatExplanation = whole(renderExplanation);
