/**
 * The bridge from checked applicants to the allocation problem with classes:
 * the intake's classes become `problem.classes`, each candidate's resolved
 * choices `candidate.choices` (class indexes into them), and a program
 * without classes gives the very problem it gave before.
 */
import { describe, expect, it } from "vitest";
import { layoutFor } from "../../../src/core/applicants/layout.js";
import { createChecker } from "../../../src/core/check/verdict.js";
import { buildProblem, Pool } from "../../../src/core/decision/problem.js";
import type { ProgramClass } from "../../../src/core/program/schema.js";
import { program } from "../builders.js";

const CLASSES: ProgramClass[] = [
  { id: "oslo-a", label: "Oslo A", site: "Oslo", seats: 2 },
  { id: "oslo-b", label: "Oslo B", site: "Oslo", seats: 2 },
  { id: "bergen", label: "Bergen-klassen", site: "Bergen", seats: 2 },
];

const fields = { score: { type: "number" as const, column: "Poeng" } };
const seats = { total: 6, ranking: [{ field: "score", order: "desc" as const }] };

const poolOf = (
  p: ReturnType<typeof program>,
  header: string[],
  rows: string[][],
  classes?: ProgramClass[],
) => {
  const result = layoutFor(p, header, classes);
  if (!result.ok) throw new Error(`layout: ${result.missing.join(", ")}`);
  const checker = createChecker(p, result.layout);
  const pool = new Pool(p, result.layout);
  rows.forEach((cells, i) => {
    const v = checker.check(cells, i + 2);
    if (v.verdict === "eligible") pool.add(v.id, v.values, v.choices);
  });
  return pool;
};

describe("buildProblem with classes", () => {
  const withChoices = program({
    applicants: { id: "id", fields, choices: { column: "Studiested", any: ["alle"] } },
    seats,
  });
  const header = ["id", "Poeng", "Studiested"];
  const rows = [
    ["a", "5", "Bergen, Oslo A"],
    ["b", "9", "alle"],
    ["c", "7", "oslo-b"],
  ];

  it("fills problem.classes in the intake's order and each candidate's choices, in rank order", () => {
    const problem = buildProblem(
      withChoices,
      poolOf(withChoices, header, rows, CLASSES),
      "seed",
      CLASSES,
    );
    expect(problem.classes).toEqual([
      { id: "oslo-a", site: "Oslo", seats: 2 },
      { id: "oslo-b", site: "Oslo", seats: 2 },
      { id: "bergen", site: "Bergen", seats: 2 },
    ]);
    expect(problem.candidates.map((c) => [c.id, c.choices])).toEqual([
      ["b", [{ id: "*", kind: "any", classes: [0, 1, 2] }]],
      ["c", [{ id: "oslo-b", kind: "class", classes: [1] }]],
      [
        "a",
        [
          { id: "Bergen", kind: "site", classes: [2] },
          { id: "oslo-a", kind: "class", classes: [0] },
        ],
      ],
    ]);
  });

  it("an intake with classes but no choices declared: every candidate accepts any class", () => {
    const plain = program({ applicants: { id: "id", fields }, seats });
    const problem = buildProblem(
      plain,
      poolOf(
        plain,
        ["id", "Poeng"],
        [
          ["a", "1"],
          ["b", "2"],
        ],
        CLASSES,
      ),
      "seed",
      CLASSES,
    );
    expect(problem.classes).toHaveLength(3);
    for (const c of problem.candidates)
      expect(c.choices).toEqual([{ id: "*", kind: "any", classes: [0, 1, 2] }]);
  });

  it("without classes the problem has no classes and no choices, as before", () => {
    const pool = poolOf(
      withChoices,
      ["id", "Poeng"],
      [
        ["a", "5"],
        ["b", "9"],
      ],
    );
    const problem = buildProblem(withChoices, pool, "seed");
    expect("classes" in problem).toBe(false);
    expect(problem.candidates).toEqual([
      { id: "b", group: null, values: [] },
      { id: "a", group: null, values: [] },
    ]);
    expect(buildProblem(withChoices, pool, "seed", [])).toEqual(problem);
  });
});
