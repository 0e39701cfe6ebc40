/**
 * Checks of a program with intakes. The intakes' own keys (ids, classes and
 * their seats) are checked here; the other checks run on each intake's view
 * (src/core/program/intakes.ts) and on each class with its own modules, and
 * their findings are moved to the place in the file the intake or class
 * gave, with "intake 2027, class bergen-a:" in front. A finding every intake
 * shares word for word is said once, as it would be without intakes.
 */
import type { Finding } from "../../findings.js";
import { classView, intakeSeats, intakeView } from "../intakes.js";
import type { Intake, Program } from "../schema.js";
import { error, type ProgramCheck } from "./check.js";

const duplicateIds = (
  items: readonly { id: string }[],
  code: string,
  what: string,
  path: (string | number)[],
): Finding[] => {
  const seen = new Map<string, number>();
  return items.flatMap((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, i);
      return [];
    }
    return [
      error(code, `${what} id "${item.id}" is already used by ${what} ${first + 1}`, [
        ...path,
        i,
        "id",
      ]),
    ];
  });
};

/** Intake ids are unique in the file, class ids within their intake. */
export const intakeIdsUnique: ProgramCheck = (program) => {
  const intakes = program.intakes ?? [];
  return [
    ...duplicateIds(intakes, "intake-duplicate-id", "intake", ["intakes"]),
    ...intakes.flatMap((intake, i) =>
      duplicateIds(intake.classes ?? [], "class-duplicate-id", "class", [
        "intakes",
        i,
        "classes",
      ]).map((f) => ({ ...f, message: `intake ${intake.id}: ${f.message}` })),
    ),
  ];
};

/** The classes of an intake share out exactly its seats. */
export const classSeatsAddUp: ProgramCheck = (program) =>
  (program.intakes ?? []).flatMap((intake, i) => {
    const seats = intakeSeats(program, intake);
    if (!intake.classes || seats === undefined) return [];
    const sum = intake.classes.reduce((total, c) => total + c.seats, 0);
    if (sum === seats) return [];
    const from = intake.seats !== undefined ? "its seats" : "seats.total";
    const parts = intake.classes.map((c) => `${c.id} ${c.seats}`).join(" + ");
    return [
      error(
        "class-seats-sum",
        `intake ${intake.id}: the classes' seats add up to ${sum} (${parts}), but the intake has ${seats} (${from}); make them equal`,
        ["intakes", i, "classes"],
      ),
    ];
  });

type Path = readonly (string | number)[];

/** Where in the file a finding of an intake's view is about. */
const intakePath = (intake: Intake, i: number, path: Path): Path | undefined => {
  const [head, key] = path;
  if (head === "modules" && intake.modules) return ["intakes", i, ...path];
  if (head === "application" && typeof key === "string" && intake.application?.[key as "opens"])
    return ["intakes", i, ...path];
  if (head === "seats" && key === "total" && intake.seats !== undefined)
    return ["intakes", i, "seats"];
  return undefined;
};

interface ViewFinding {
  finding: Finding;
  /** Moved into the intake or class: it is that unit's own. */
  own: boolean;
  intake: number;
}

const keyOf = (f: Finding): string =>
  `${f.code}\u0000${(f.path ?? []).join(".")}\u0000${f.message}`;

/**
 * The findings of `checks` over every intake, and of `moduleChecks` over every
 * class that has its own modules.
 */
export const perIntakeFindings = (
  program: Program,
  checks: readonly ProgramCheck[],
  moduleChecks: readonly ProgramCheck[],
): Finding[] => {
  const intakes = program.intakes ?? [];
  const found: ViewFinding[] = [];
  intakes.forEach((intake, i) => {
    const view = intakeView(program, intake);
    for (const finding of checks.flatMap((check) => check(view))) {
      const moved = intakePath(intake, i, finding.path ?? []);
      found.push({
        finding: moved
          ? {
              ...finding,
              path: moved,
              message: `intake ${intake.id}: ${finding.message}`,
              scope: { intake: intake.id },
            }
          : finding,
        own: moved !== undefined,
        intake: i,
      });
    }
    (intake.classes ?? []).forEach((cls, j) => {
      if (!cls.modules) return;
      const classProgram = classView(view, cls, j);
      for (const finding of moduleChecks.flatMap((check) => check(classProgram))) {
        const path = finding.path ?? [];
        const own = path[0] === "modules";
        found.push({
          finding: {
            ...finding,
            path: own ? ["intakes", i, "classes", j, ...path] : path,
            message: `intake ${intake.id}, class ${cls.id}: ${finding.message}`,
            scope: { intake: intake.id, class: cls.id },
          },
          own: true,
          intake: i,
        });
      }
    });
  });
  // A top-level finding that every intake has, word for word, is the file's own.
  const intakesWith = new Map<string, Set<number>>();
  for (const f of found) {
    if (f.own) continue;
    const key = keyOf(f.finding);
    const set = intakesWith.get(key) ?? new Set<number>();
    set.add(f.intake);
    intakesWith.set(key, set);
  }
  const said = new Set<string>();
  const result: Finding[] = [];
  for (const f of found) {
    let finding = f.finding;
    if (!f.own && intakesWith.get(keyOf(finding))!.size < intakes.length)
      finding = {
        ...finding,
        message: `intake ${intakes[f.intake]!.id}: ${finding.message}`,
        scope: { intake: intakes[f.intake]!.id },
      };
    const key = keyOf(finding);
    if (said.has(key)) continue;
    said.add(key);
    result.push(finding);
  }
  return result;
};
