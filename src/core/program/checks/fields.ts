import type { Finding } from "../../findings.js";
import { error, type ProgramCheck } from "./check.js";

export const fieldDeclarations: ProgramCheck = (program) => {
  const findings: Finding[] = [];
  const columns = new Map<string, string>();
  const idColumn = program.applicants?.id.trim().toLowerCase();
  for (const [name, spec] of Object.entries(program.applicants?.fields ?? {})) {
    const path = ["applicants", "fields", name];
    if (spec.type === "enum" && !spec.values) {
      findings.push(
        error("field-enum-values", `field "${name}" is an enum but lists no values`, [
          ...path,
          "type",
        ]),
      );
    }
    if (spec.type !== "enum" && spec.values) {
      findings.push(
        error(
          "field-enum-values",
          `field "${name}" lists values but is a ${spec.type}; use type: enum`,
          [...path, "values"],
        ),
      );
    }
    const column = (spec.column ?? name).trim().toLowerCase();
    const other = columns.get(column);
    if (other)
      findings.push(
        error(
          "field-duplicate-column",
          `fields "${other}" and "${name}" read the same column "${column}"`,
          path,
        ),
      );
    if (column === idColumn)
      findings.push(
        error("field-duplicate-column", `field "${name}" reads the id column "${column}"`, path),
      );
    columns.set(column, name);
  }
  return findings;
};
