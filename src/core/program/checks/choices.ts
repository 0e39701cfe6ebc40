/**
 * Checks of `applicants.choices`, on the file as a whole (choices are read
 * against the classes of whichever intake a command works on).
 */
import { choiceKey } from "../../applicants/choices.js";
import type { Finding } from "../../findings.js";
import { error, type ProgramCheck, warning } from "./check.js";

const HERE = ["applicants", "choices"];

/** Where the choices are read from, and whether any intake has classes to choose. */
export const choiceDeclarations: ProgramCheck = (program) => {
  const applicants = program.applicants;
  const spec = applicants?.choices;
  const intakes = program.intakes ?? [];
  const withClasses = intakes.filter((i) => (i.classes ?? []).length > 0);
  const findings: Finding[] = [];
  if (!applicants) return findings;
  if (!spec) {
    for (const intake of withClasses) {
      const n = intake.classes!.length;
      findings.push({
        ...warning(
          "choices-undeclared",
          `intake ${intake.id}: the intake has ${n} class${n === 1 ? "" : "es"} but applicants.choices is not declared, so every applicant accepts any class; declare the column that holds their ranked choices`,
          ["intakes", intakes.indexOf(intake), "classes"],
          { kind: "choices-undeclared", classes: n },
        ),
        // The message names its intake.
        scope: { intake: intake.id },
      });
    }
    return findings;
  }
  if (spec.column === undefined && spec.columns === undefined)
    findings.push(
      error(
        "choices-declaration",
        "applicants.choices names no column; give `column` (one cell holding the ranked list) or `columns` (one choice per column)",
        HERE,
      ),
    );
  if (spec.column !== undefined && spec.columns !== undefined)
    findings.push(
      error(
        "choices-declaration",
        "applicants.choices gives both `column` and `columns`; keep one",
        [...HERE, "columns"],
      ),
    );
  const readBy = new Map<string, string>();
  readBy.set(applicants.id.trim().toLowerCase(), "the applicant id");
  for (const [name, field] of Object.entries(applicants.fields))
    readBy.set((field.column ?? name).trim().toLowerCase(), `field "${name}"`);
  const columns: [string, (string | number)[]][] =
    spec.columns?.map((c, i) => [c, [...HERE, "columns", i]]) ??
    (spec.column !== undefined ? [[spec.column, [...HERE, "column"]]] : []);
  for (const [column, path] of columns) {
    const key = column.trim().toLowerCase();
    const other = readBy.get(key);
    if (other)
      findings.push(
        error(
          "choices-declaration",
          `the choice column "${column}" is also read as ${other}; a column holds one thing`,
          path,
        ),
      );
    readBy.set(key, "an earlier choice column");
  }
  (spec.any ?? []).forEach((word, i) => {
    const key = choiceKey(word);
    for (const intake of withClasses) {
      const named = intake.classes!.find(
        (c) => choiceKey(c.site) === key || choiceKey(c.id) === key || choiceKey(c.label) === key,
      );
      if (!named) continue;
      const what =
        choiceKey(named.site) === key ? `the site ${named.site}` : `the class ${named.id}`;
      findings.push(
        error(
          "choices-declaration",
          `intake ${intake.id}: the "any class" word "${word}" is also ${what}; written in a list it would mean any class, so use another word`,
          [...HERE, "any", i],
        ),
      );
      break;
    }
  });
  if (withClasses.length === 0)
    findings.push(
      warning(
        "choices-without-classes",
        `applicants.choices is declared, but ${intakes.length === 0 ? "the program has no intakes with classes" : "no intake has classes"}, so no choice is read; give an intake classes or remove applicants.choices`,
        HERE,
        { kind: "choices-without-classes", intakes: intakes.length > 0 },
      ),
    );
  return findings;
};
