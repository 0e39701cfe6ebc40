/**
 * Checks of `applicants.team`: the group column is a column of its own. A
 * column read as the id, a field or a choice too would make the group id
 * follow whatever that column holds (every applicant a group of one, or
 * everyone of one region one group).
 */
import type { Finding } from "../../findings.js";
import { error, type ProgramCheck } from "./check.js";

const HERE = ["applicants", "team", "column"];

const key = (header: string): string => header.trim().toLowerCase();

export const teamDeclaration: ProgramCheck = (program) => {
  const applicants = program.applicants;
  const team = applicants?.team;
  if (!applicants || !team) return [];
  const findings: Finding[] = [];
  const column = key(team.column);
  const readAs: string[] = [];
  if (key(applicants.id) === column) readAs.push("the applicant id");
  for (const [name, field] of Object.entries(applicants.fields))
    if (key(field.column ?? name) === column) readAs.push(`field "${name}"`);
  const choices = applicants.choices;
  for (const c of choices?.columns ?? (choices?.column !== undefined ? [choices.column] : []))
    if (key(c) === column) readAs.push(`the choice column "${c}"`);
  for (const what of readAs)
    findings.push(
      error(
        "team-declaration",
        `the leader group column "${team.column}" is also read as ${what}; a column holds one thing, so give the group id its own column`,
        HERE,
      ),
    );
  return findings;
};
