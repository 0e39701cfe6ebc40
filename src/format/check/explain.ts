import { Chalk } from "chalk";
import { describeProblem } from "../../core/applicants/problem-words.js";
import type { Explanation } from "../../core/check/run.js";
import type { ExplainNode } from "../../core/rules/compile.js";
import { type TextRenderer, whole } from "../formatter.js";
import { terminalText as safe } from "../terminal-text.js";

/**
 * The rule tree for one applicant: each node with pass/fail and the actual
 * value; for an invalid row, what is wrong with it instead.
 */
const renderExplanation: TextRenderer<Explanation> = (data, options) => {
  if ("problems" in data) {
    const problems = data.problems.map((p) => `  ${describeProblem(p)}`);
    return safe(
      `${data.program}: applicant ${data.id} (line ${data.line}) is invalid:\n${problems.join("\n")}\n`,
    );
  }
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [safe(`${data.program}: applicant ${data.id} (line ${data.line})`)];
  const walk = (node: ExplainNode, depth: number) => {
    const mark = node.passed ? paint.green("✔ pass") : paint.red("✘ fail");
    const shown = [
      node.actual !== undefined ? `value: ${safe(node.actual)}` : "",
      node.test ? `rule: ${safe(node.test)}` : "",
    ].filter(Boolean);
    const actual = shown.length > 0 ? paint.dim(`  [${shown.join("; ")}]`) : "";
    lines.push(`${"  ".repeat(depth)}${mark}  ${safe(node.label)}${actual}`);
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(data.tree, 1);
  lines.push(data.tree.passed ? "eligible" : "ineligible");
  return `${lines.join("\n")}\n`;
};

export const formatExplanation = whole(renderExplanation);
