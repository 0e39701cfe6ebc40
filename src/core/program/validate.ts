/**
 * Validation of one program: schema, then the semantic checks. Returns
 * findings and never throws, so every problem of a file is reported at once.
 */
import type { Finding } from "../findings.js";
import { DOCUMENT_CHECKS, INTAKE_CHECKS, MODULE_CHECKS, PROGRAM_CHECKS } from "./checks/index.js";
import { perIntakeFindings } from "./checks/intakes.js";
import { type Program, programSchema } from "./schema.js";
import { schemaFindings } from "./schema-findings.js";

export interface ProgramValidation {
  /** The program, when it passed the schema (semantic errors may remain). */
  program: Program | undefined;
  findings: Finding[];
}

/**
 * Deeper than any real program (rules nest a handful of levels). The schema
 * and the checks recurse once per level, so a document nested hundreds of
 * levels would overflow the stack instead of getting a finding.
 */
export const MAX_DEPTH = 64;

/** The path to the first value nested deeper than `max` levels, if any (without recursion). */
export const tooDeep = (data: unknown, max = MAX_DEPTH): (string | number)[] | undefined => {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (path.length >= max) return path;
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, i) => [i, item])
      : Object.entries(value);
    for (const [key, item] of entries) stack.push({ value: item, path: [...path, key] });
  }
  return undefined;
};

export const validateProgram = (data: unknown): ProgramValidation => {
  const deep = tooDeep(data);
  if (deep) {
    return {
      program: undefined,
      findings: [
        {
          code: "schema-value",
          severity: "error",
          message: `the document nests more than ${MAX_DEPTH} levels deep here; a program needs far fewer (rules nest a handful of levels)`,
          path: deep,
        },
      ],
    };
  }
  const parsed = programSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return { program: undefined, findings: schemaFindings(programSchema, parsed.error.issues) };
  }
  const program = parsed.data;
  if (!program.intakes)
    return { program, findings: PROGRAM_CHECKS.flatMap((check) => check(program)) };
  const perIntake = PROGRAM_CHECKS.filter((check) => !DOCUMENT_CHECKS.includes(check));
  return {
    program,
    findings: [
      ...DOCUMENT_CHECKS.flatMap((check) => check(program)),
      ...INTAKE_CHECKS.flatMap((check) => check(program)),
      ...perIntakeFindings(program, perIntake, MODULE_CHECKS),
    ],
  };
};

export interface DuplicateProgramId {
  /** The file that repeats the id. */
  file: string;
  id: string;
  /** The first file with the id. */
  previous: string;
  finding: Finding;
}

/**
 * Program ids must be unique across a folder: commands find programs by id.
 * Validate reports each repeat as a finding; the loaders refuse the first.
 */
export const duplicateProgramIds = (
  programs: readonly { file: string; program: Program }[],
): DuplicateProgramId[] => {
  const first = new Map<string, string>();
  const result: DuplicateProgramId[] = [];
  for (const { file, program } of programs) {
    const previous = first.get(program.id);
    if (previous === undefined) {
      first.set(program.id, file);
    } else {
      result.push({
        file,
        id: program.id,
        previous,
        finding: {
          code: "program-duplicate-id",
          severity: "error",
          message: `program id "${program.id}" is also used by ${previous}`,
          path: ["id"],
        },
      });
    }
  }
  return result;
};
