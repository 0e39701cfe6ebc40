/** The check use cases: a verdict for every applicant, or the rule tree of one. */
import type { CheckRun, Explanation } from "../core/check/run.js";
import { inputError } from "../errors.js";
import type { OpenedCheck } from "./open-check.js";
import { verdicts } from "./verdicts.js";

export const checkRun = (opened: OpenedCheck): CheckRun => ({
  program: opened.program.id,
  locale: opened.program.locale,
  verdicts: verdicts(opened),
  summary: () => opened.checker.summary(),
});

export const explainApplicant = async (opened: OpenedCheck, id: string): Promise<Explanation> => {
  for await (const batch of verdicts(opened)) {
    for (const verdict of batch) {
      if (verdict.id !== id) continue;
      const found = {
        program: opened.program.id,
        locale: opened.program.locale,
        id,
        line: verdict.line,
      };
      return verdict.verdict === "invalid"
        ? { ...found, problems: verdict.problems }
        : { ...found, tree: opened.checker.rule.explain(verdict.values) };
    }
  }
  throw inputError(`no applicant with id "${id}" in ${opened.source.display}`);
};
