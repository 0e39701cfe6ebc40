/**
 * Checks of the requirements: ids unique, the record fields declared as
 * fields are (enum values, one column each), rules over declared record
 * fields in the rule language of eligibility, and attendance that names
 * modules the program has and asks for no more than its modules give.
 */
import type { Finding } from "../../findings.js";
import { datedModules, recordFieldsOf } from "../model.js";
import type { Attendance } from "../schema.js";
import { suggest } from "../suggest.js";
import { error, type ProgramCheck } from "./check.js";
import { checkRuleTree } from "./rules.js";

type Path = (string | number)[];

const unknownRecordField = (field: string, known: string[], path: Path): Finding =>
  error(
    "requirement-unknown-field",
    known.length === 0
      ? `field "${field}" is not declared: the program has no records.fields`
      : `field "${field}" is not declared in records.fields${suggest(field, known)}`,
    path,
  );

export const requirementRules: ProgramCheck = (program) => {
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  const columns = new Map<string, string>();
  const idColumn = program.applicants?.id.trim().toLowerCase();
  for (const [name, spec] of Object.entries(program.records?.fields ?? {})) {
    const path = ["records", "fields", name];
    if (spec.type === "enum" && !spec.values)
      findings.push(
        error("field-enum-values", `record field "${name}" is an enum but lists no values`, [
          ...path,
          "type",
        ]),
      );
    if (spec.type !== "enum" && spec.values)
      findings.push(
        error(
          "field-enum-values",
          `record field "${name}" lists values but is a ${spec.type}; use type: enum`,
          [...path, "values"],
        ),
      );
    const column = (spec.column ?? name).trim().toLowerCase();
    const other = columns.get(column);
    if (other)
      findings.push(
        error(
          "field-duplicate-column",
          `record fields "${other}" and "${name}" read the same column "${column}"`,
          path,
        ),
      );
    if (column === idColumn)
      findings.push(
        error(
          "field-duplicate-column",
          `record field "${name}" reads the id column "${column}"`,
          path,
        ),
      );
    columns.set(column, name);
  }
  const fields = recordFieldsOf(program);
  for (const [i, requirement] of (program.requirements ?? []).entries()) {
    const first = seen.get(requirement.id);
    if (first !== undefined)
      findings.push(
        error(
          "requirement-duplicate-id",
          `requirement id "${requirement.id}" is already used by requirement ${first + 1}`,
          ["requirements", i, "id"],
        ),
      );
    else seen.set(requirement.id, i);
    if (requirement.rule)
      findings.push(
        ...checkRuleTree(program, requirement.rule, ["requirements", i, "rule"], {
          fields,
          unknown: unknownRecordField,
        }),
      );
  }
  return findings;
};

const measureWords = (attendance: Attendance): string =>
  attendance.modules !== undefined
    ? `${attendance.modules} modules`
    : attendance.days !== undefined
      ? `${attendance.days} days`
      : "";

/** Attendance against the modules: run on the program, each intake, and each class with its own dates. */
export const requirementModules: ProgramCheck = (program) => {
  const findings: Finding[] = [];
  const modules = datedModules(program);
  const ids = modules.map((m) => m.id);
  for (const [i, requirement] of (program.requirements ?? []).entries()) {
    const attendance = requirement.attendance;
    if (!attendance) continue;
    const path = ["requirements", i, "attendance"];
    let counted = modules;
    if (attendance.among) {
      const unknown = attendance.among
        .map((id, j) => ({ id, j }))
        .filter(({ id }) => !ids.includes(id));
      for (const { id, j } of unknown)
        findings.push(
          error(
            "requirement-unknown-module",
            ids.length === 0
              ? `module "${id}" does not exist: the program has no modules`
              : `module "${id}" does not exist${suggest(id, ids)}`,
            [...path, "among", j],
          ),
        );
      if (unknown.length > 0) continue;
      counted = modules.filter((m) => attendance.among!.includes(m.id));
    }
    const days = counted.reduce((sum, m) => sum + m.days, 0);
    const unreachable = (message: string, key: string) =>
      findings.push(error("requirement-unreachable", message, [...path, key]));
    if (counted.length === 0) {
      unreachable(
        "attendance is required, but the program has no modules to attend",
        attendance.modules !== undefined
          ? "modules"
          : attendance.days !== undefined
            ? "days"
            : attendance.percent !== undefined
              ? "percent"
              : "mandatory",
      );
      continue;
    }
    if (attendance.modules !== undefined && attendance.modules > counted.length)
      unreachable(
        `${measureWords(attendance)} are required, but ${attendance.among ? "`among` names" : "the program has"} only ${counted.length}`,
        "modules",
      );
    if (attendance.days !== undefined && attendance.days > days)
      unreachable(
        `${measureWords(attendance)} are required, but the modules counted have only ${days}`,
        "days",
      );
    if (attendance.mandatory === true && !counted.some((m) => m.mandatory))
      unreachable(
        "every mandatory module is required, but no module counted is marked mandatory: true",
        "mandatory",
      );
  }
  return findings;
};
