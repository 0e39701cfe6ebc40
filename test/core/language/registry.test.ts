/**
 * The floor of every language module: each has every key of the registry's
 * shape, and no word is empty; and the locale lists the schema, the JSON
 * Schema file and the CLI offer are exactly the registry's keys.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/cli/command-table.js";
import { LANGUAGES, LOCALES } from "../../../src/core/language/index.js";
import { programSchema } from "../../../src/core/program/schema.js";
import { plainDate } from "../../../src/format/schedule/dates.js";
import { SAMPLES } from "./input-problem-samples.js";
import { TEMPLATE_FAULT_SAMPLES } from "./template-fault-samples.js";
import { XLSX_DAMAGE_BY_KIND } from "./xlsx-damage-samples.js";

type Leaf = [path: string, value: unknown];

const leaves = (value: unknown, path: string): Leaf[] => {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}.${i}`));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
};

/** Every argument of a decision sentence must show in it: numbers, labels, lists. */
const DECISION_SAMPLES: Record<string, [unknown[], string[]][]> = {
  "reasons.admittedQuota": [
    [
      ["«Q»", 7],
      ["«Q»", "7"],
    ],
  ],
  "reasons.admittedOpen": [[[7], ["7"]]],
  "reasons.admittedTransferred": [
    [
      [7, "«Q»"],
      ["7", "«Q»"],
    ],
    [[7, null], ["7"]],
  ],
  "reasons.openSeatsFull": [[[3, 5], ["3/5"]]],
  "reasons.quotaFull": [
    [
      ["«Q»", 5, 5, 0],
      ["«Q»", "5/5"],
    ],
    [
      ["«Q»", 5, 5, 1],
      ["«Q»", "5/5", "1"],
    ],
    [
      ["«Q»", 5, 5, 2],
      ["«Q»", "5/5", "2"],
    ],
  ],
  "reasons.spreadCap": [
    [
      ["«V»", 2, 2],
      ["«V»", "2/2"],
    ],
  ],
  "reasons.classFull": [
    [
      [12, 12],
      ["12", "12/12"],
    ],
  ],
  "reasons.heldForMin": [
    [
      ["«V»", 1, 2, ["«V»"]],
      ["«V»", "1/2"],
    ],
    [
      ["«V»", 1, 2, ["«V»", "«W»"]],
      ["«V»", "1/2", "«W»"],
    ],
  ],
  "reasons.valueOfField": [
    [
      ["«V»", "«F»"],
      ["«V»", "«F»"],
    ],
  ],
  "reasons.heldForQuota": [
    [
      ["«Q»", 1, 4],
      ["«Q»", "1/4"],
    ],
  ],
  "reasons.together.heldAlso": [
    [[["«V»"], [], null], ["«V»"]],
    [
      [["«V»", "«W»"], ["«Q»"], null],
      ["«V»", "«W»", "«Q»"],
    ],
    [
      [[], ["«Q»"], 12],
      ["«Q»", "12"],
    ],
    [[[], [], 12], ["12"]],
    [
      [["«V»"], ["«Q»"], 1],
      ["«V»", "«Q»"],
    ],
  ],
  "reasons.together.quotaShortToo": [
    [
      ["«Q»", 6, 6],
      ["«Q»", "6/6"],
    ],
  ],
  "reasons.together.openSeatsShortToo": [[[3, 3], ["3/3"]]],
  "reasons.together.clauses": [
    [[["«A»"]], ["«A»"]],
    [[["«A»", "«B»", "«C»"]], ["«A»", "«B»", "«C»"]],
  ],
  "reasons.seatsHeld": [[[8, 10], ["8/10"]]],
  "reasons.seatsFull": [[[10, 10], ["10/10"]]],
  "problems.expected": [[["«W»"], ["«W»"]]],
  "problems.oneOf": [[["«V»"], ["«V»"]]],
  "problems.more": [[[19990], ["19990"]]],
  "problems.rowWidth": [
    [
      [9, 10],
      ["9", "10"],
    ],
  ],
  "problems.duplicateId": [[[2], ["2"]]],
  "reasons.placed": [
    [
      ["«C»", 2, 3],
      ["«C»", "2", "3"],
    ],
    [["«C»", 1, 1], ["«C»"]],
  ],
  "reasons.notEligible": [[["«R»"], ["«R»"]]],
  "reasons.invalidRow": [
    [
      [12, "«P»"],
      ["12", "«P»"],
    ],
  ],
  "relaxations.minWithOthers": [
    [
      ["«S»", 4, 2],
      ["«S»", "4", "2"],
    ],
  ],
  "relaxations.minFromPool": [
    [
      ["«S»", 4, 2],
      ["«S»", "4", "2"],
    ],
  ],
  "relaxations.quotaWithOthers": [
    [
      ["«Q»", 1, 0],
      ["«Q»", "1", "0"],
    ],
    [
      ["«Q»", 4, 2],
      ["«Q»", "4", "2"],
    ],
  ],
  "relaxations.quotaFromPool": [
    [
      ["«Q»", 4, 2],
      ["«Q»", "4", "2"],
    ],
  ],
  "relaxations.seatsUnfilled": [
    [
      [20, 12],
      ["20", "12"],
    ],
  ],
  "relaxations.keptOverLimit": [
    [
      ["«S»", 5, 3],
      ["«S»", "5", "3"],
    ],
  ],
  "tables.admittedHeading": [[[3], ["3"]]],
  "tables.waitlistHeading": [[[3], ["3"]]],
  "tables.invalidHeading": [[[3], ["3"]]],
  "tables.classHeading": [
    [
      ["«C»", "«S»", 3, 10],
      ["«C»", "«S»", "3", "10"],
    ],
  ],
  "tables.declinedLine": [
    [
      ["«D»", "«O»"],
      ["«D»", "«O»"],
    ],
  ],
  "explain.heading": [
    [
      ["«P»", "«I»", 8],
      ["«P»", "«I»", "8"],
    ],
  ],
  "explain.invalid": [
    [
      ["«P»", "«I»", 8],
      ["«P»", "«I»", "8"],
    ],
  ],
  "summary.seats": [[[3, 5], ["3/5"]]],
  "summary.seatsFilled": [[[3, 5], ["3/5"]]],
  "summary.atMost": [[[4], ["4"]]],
  "summary.perValue": [[["«F»"], ["«F»"]]],
  "summary.newlyOffered": [[["«I»"], ["«I»"]]],
  "summary.missingCarried": [[["«C»"], ["«C»"]]],
  ...Object.fromEntries(
    [
      "applicants",
      "eligible",
      "ineligible",
      "invalid",
      "admitted",
      "waitlisted",
      "declined",
      "transferred",
      "emptyRows",
    ].map((k) => [
      `summary.${k}`,
      [
        [[1], ["1"]],
        [[7], ["7"]],
      ],
    ]),
  ),
};

/** Sample calls of every function in a language, and the text each result must contain. */
const samples = (path: string): [args: unknown[], contains: string[]][] => {
  // Input errors take their problem: their floor is input-errors.test.ts, with a sample of each code.
  if (path.startsWith("inputErrors.")) {
    const code = path.slice("inputErrors.".length) as keyof typeof SAMPLES;
    return SAMPLES[code].map((p) => [[p], []]);
  }
  // Each language names a shipped template its own way (by its words, or as English has by its code):
  // test/format/letters/shipped-template.test.ts holds every language's words.
  if (path === "templateFaults.shipped")
    return [[[{ outcome: "admitted", words: "«W»", locale: "nb" }], []]];
  if (path.startsWith("templateFaults.")) {
    const code = path.slice("templateFaults.".length) as keyof typeof TEMPLATE_FAULT_SAMPLES;
    return TEMPLATE_FAULT_SAMPLES[code].map(([fault, shown]) => [[fault], [...shown]]);
  }
  if (path.startsWith("xlsxDamage.")) {
    const kind = path.slice("xlsxDamage.".length) as keyof typeof XLSX_DAMAGE_BY_KIND;
    const [damage, shown] = XLSX_DAMAGE_BY_KIND[kind];
    return [[[damage], shown]];
  }
  if (path === "invalidProgram.heading") return [[["p.yaml", 2], ["p.yaml"]]];
  if (path === "invalidProgram.more") return [[[4], ["4"]]];
  if (path === "invalidProgram.validate")
    return [[["cohort validate p.yaml"], ["cohort validate p.yaml"]]];
  if (/^rules\.(reason|page)\.(present|absent)$/.test(path)) return [[["«F»"], ["«F»"]]];
  if (/^rules\.(reason|page)\.\w+$/.test(path))
    return [
      [
        ["«F»", "«V»"],
        ["«F»", "«V»"],
      ],
    ];
  if (path === "dates")
    return [
      [
        [2027, 4, 12],
        ["12", "2027"],
      ],
    ];
  const decision = DECISION_SAMPLES[path.replace(/^decision\./, "")];
  if (path.startsWith("decision.") && decision) return decision;
  switch (path) {
    case "schedule.totals":
      return [
        [[1, 1], ["1"]],
        [
          [2, 3],
          ["2", "3"],
        ],
      ];
    case "schedule.omitted":
    case "schedule.seatsTotal":
      return [
        [[1], ["1"]],
        [[7], ["7"]],
      ];
    case "schedule.limit":
      return [
        [[4, undefined], ["4"]],
        [[undefined, 9], ["9"]],
        [
          [4, 9],
          ["4", "9"],
        ],
      ];
    case "letters.waitlist.groupFull":
      return [
        [["«Q»"], ["«Q»"]],
        [[null], []],
      ];
    case "letters.waitlist.heldAlso":
      return [
        [[["«Q»"], null], ["«Q»"]],
        [
          [["«Q»", "«R»"], 40],
          ["«Q»", "«R»", "40"],
        ],
        [[[], 1], []],
      ];
    case "letters.waitlist.spreadCap":
    case "letters.problem.missing":
      return [[["«V»"], ["«V»"]]];
    case "letters.problem.unreadable":
    case "letters.problem.duplicate":
    case "letters.problem.choice":
      return [
        [
          ["«C»", "«V»"],
          ["«C»", "«V»"],
        ],
      ];
    case "teams.choicesDiffer":
    case "teams.moreWarnings":
    case "teams.moreMembers":
      return [[[7], ["7"]]];
    case "teams.alone":
      return [[["«T»"], ["«T»"]]];
    case "teams.tooBigForClasses":
    case "teams.tooBigForSeats":
      return [
        [
          ["«T»", 5, 4],
          ["«T»", "5", "4"],
        ],
      ];
    case "teams.waitsWhole":
      return [
        [
          ["«T»", 3],
          ["«T»", "3"],
        ],
      ];
    case "teams.memberIneligible":
    case "teams.memberFailed":
      return [
        [
          ["«T»", "«R»"],
          ["«T»", "«R»"],
        ],
      ];
    case "teams.memberInvalid":
      return [
        [
          ["«I»", 9],
          ["«I»", "9"],
        ],
      ];
    case "progress.roster.daysOf":
      return [[[3], ["3"]]];
    case "progress.unmet.modules":
    case "progress.unmet.days":
      return [
        [
          [2, 5, 6],
          ["2", "5", "6"],
        ],
      ];
    case "progress.unmet.percent":
      return [
        [
          ["61.1", "80"],
          ["61.1", "80"],
        ],
      ];
    case "progress.unmet.mandatory":
      return [[[["«M»", "«N»"]], ["«M»", "«N»"]]];
    case "progress.unmet.outOfReach":
      return [[["4"], ["4"]]];
    case "progress.unmet.rule":
      return [
        [
          ["«T»", ["«R»"]],
          ["«T»", "«R»"],
        ],
        [["«T»", []], ["«T»"]],
      ];
    case "progress.unmet.cell":
      return [
        [
          ["«C»", "«V»"],
          ["«C»", "«V»"],
        ],
        [["«C»", ""], ["«C»"]],
      ];
    case "progress.unmet.otherClass":
      return [[["«C»"], ["«C»"]]];
    case "completion.possible.modules":
    case "completion.possible.days":
      return [
        [
          ["«T»", 2, 3],
          ["«T»", "2", "3"],
        ],
        [
          ["«T»", 3, 3],
          ["«T»", "3"],
        ],
        [["«T»", 1, 1], ["«T»"]],
      ];
    case "completion.possible.mandatory":
      return [
        [
          ["«T»", ["«M»", "«N»"]],
          ["«T»", "«M»", "«N»"],
        ],
      ];
    case "completion.possible.rule":
      return [[["«T»"], ["«T»"]]];
    case "completion.daysAttended":
      return [
        [
          [2, 3],
          ["2", "3"],
        ],
      ];
    case "progress.unmet.duplicate":
      return [[[[3, 7]], ["3", "7"]]];
    case "progress.summary":
      return [
        [
          [
            { completed: 1, "on-track": 2, "at-risk": 3, "not-completed": 4, invalid: 5 },
            "2028-01-15",
          ],
          ["1", "2", "3", "4", "5", "2028-01-15"],
        ],
        [
          [
            { completed: 1, "on-track": 2, "at-risk": 3, "not-completed": 4, invalid: 0 },
            "2028-01-15",
          ],
          ["1", "2", "3", "4"],
        ],
      ];
    // Words of a roster's problems and of letters' notes on stderr.
    case "rosterProblems.quote":
    case "rosterProblems.classEmpty":
    case "rosterProblems.classUnknown":
    case "rosterProblems.oneDay":
    case "rosterProblems.columnUnknown":
    case "rosterProblems.duplicate":
    case "letterNotes.column":
    case "letterNotes.noAddress":
    case "letterNotes.noName":
    case "letterNotes.noLetter":
    case "letterNotes.byHand":
      return [[["«L»"], ["«L»"]]];
    case "rosterProblems.days":
    case "letterNotes.unreadable":
      return [[[3], ["3"]]];
    case "rosterProblems.notAdmitted":
    case "letterNotes.badAddress":
      return [
        [
          ["«I»", "«F»"],
          ["«I»", "«F»"],
        ],
      ];
    case "rosterProblems.otherClass":
      return [
        [
          ["«I»", "«F»", "«P»", "«O»"],
          ["«I»", "«F»", "«P»", "«O»"],
        ],
      ];
    case "rosterProblems.written":
      return [
        [
          [1, "«T»", "«K»", 1],
          ["1", "«T»", "«K»"],
        ],
        [
          [40, "«T»", "", 6],
          ["40", "«T»", "6"],
        ],
      ];
    case "rosterProblems.classCount":
    case "letterNotes.count":
    case "letterNotes.onTrack":
      return [
        [
          ["«K»", 6],
          ["«K»", "6"],
        ],
      ];
    case "letterNotes.passedOver":
      return [
        [
          [["admitted.txt"], "nb", "sv", "«D»"],
          ["admitted.txt", "nb", "sv", "«D»"],
        ],
        [
          [["admitted.txt", "waitlisted.txt"], "nb", "sv", "«D»"],
          ["admitted.txt", "waitlisted.txt", "nb", "sv", "«D»"],
        ],
      ];
    case "letterNotes.columnMissing":
      return [
        [["list", "«C»"], ["«C»"]],
        [["roster", "«C»"], ["«C»"]],
      ];
    case "letterNotes.written":
      return [
        [
          [1, "«D»", "«N»", 0],
          ["1", "«D»", "«N»"],
        ],
        [
          [12, "«D»", "", 2],
          ["12", "«D»", "2"],
        ],
      ];
    case "terminal.moreRows":
      return [
        [
          [1234, "«F»"],
          ["234", "«F»"],
        ],
        [
          [1, "«F»"],
          ["1", "«F»"],
        ],
      ];
    case "terminal.or":
      return [[[["«A»", "«B»", "«C»"]], ["«A», «B»", "«C»"]]];
    case "terminal.reading":
      return [
        [
          [1234567, 42],
          ["567", "42"],
        ],
        [[5, undefined], ["5"]],
      ];
    // What cohort init says.
    case "init.notAnId":
      return [
        [
          ["Ny som leder", "cohort init ny-som-leder"],
          ["Ny som leder", "cohort init ny-som-leder"],
        ],
        [["ÆØÅ", undefined], ["ÆØÅ"]],
      ];
    case "init.wroteSchema":
      return [
        [
          ["schema/p.json", "cohort schema -o schema/p.json"],
          ["schema/p.json", "cohort schema -o schema/p.json"],
        ],
      ];
    case "init.wrote":
      return [
        [
          ["programs/x.yaml", "sv", "FI"],
          ["programs/x.yaml", "sv", "FI"],
        ],
      ];
    case "init.next":
      return [[["cohort validate programs/x.yaml"], ["cohort validate programs/x.yaml"]]];
    // Words of the rarer cell problems, cohort list and the warnings.
    case "cellProblems.noMonth":
      return [
        [
          ["«W»", 13],
          ["«W»", "13"],
        ],
      ];
    case "cellProblems.noDay":
      return [
        [
          ["«W»", 2027, 2, 28],
          ["«W»", "2027", "28"],
        ],
      ];
    case "cellProblems.invisible":
      return [
        [
          ["U+200B", 3],
          ["U+200B", "3"],
        ],
      ];
    case "cellProblems.unsavedFormula":
      return [
        [
          ["C5", "«F»"],
          ["C5", "«F»"],
        ],
      ];
    case "cellProblems.choiceUnknown":
      return [
        [
          ["«W»", "«K»", "«N»"],
          ["«W»", "«K»", "«N»"],
        ],
        [
          ["«W»", "«K»", undefined],
          ["«W»", "«K»"],
        ],
      ];
    case "cellProblems.choiceRepeated":
      return [
        [
          ["«W»", "«E»", 1],
          ["«W»", "«E»"],
        ],
      ];
    case "cellProblems.anyWord":
      return [[["«W»"], ["«W»"]]];
    case "cellProblems.earlierChoice":
      return [
        [
          [2, "«W»"],
          ["2", "«W»"],
        ],
      ];
    case "cellProblems.choiceGap":
      return [
        [
          [1, 2, "«W»", "«C»"],
          ["1", "2", "«W»", "«C»"],
        ],
      ];
    case "list.seats":
      return [[[40], ["40"]]];
    case "list.statusOn":
      return [[["«D»"], ["«D»"]]];
    case "warnings.weekend":
      return [
        [
          ["«T»", "«D»"],
          ["«T»", "«D»"],
        ],
      ];
    case "warnings.holiday":
      return [
        [
          ["«T»", "«H»", 1, "NO"],
          ["«T»", "«H»"],
        ],
        [
          ["«T»", "«H»", 2, "SE"],
          ["«T»", "«H»"],
        ],
      ];
    case "warnings.overlap":
      return [
        [
          ["«T»", "«O»", "«D»"],
          ["«T»", "«O»", "«D»"],
        ],
      ];
    case "warnings.programOverlap":
      return [
        [
          ["«T»", "«O»", "«P»", "«D»"],
          ["«T»", "«O»", "«P»", "«D»"],
        ],
      ];
    case "warnings.intake":
      return [[["«I»"], ["«I»"]]];
    case "warnings.intakeClass":
      return [
        [
          ["«I»", "«C»"],
          ["«I»", "«C»"],
        ],
      ];
    case "warnings.moduleWeekend":
      return [
        [
          ["«M»", 5, "«D»"],
          ["«M»", "«D»"],
        ],
      ];
    case "warnings.moduleHoliday":
      return [
        [
          ["«M»", "«H»", "«D»", "DK"],
          ["«M»", "«H»", "«D»"],
        ],
      ];
    case "warnings.spreadMaxUnfillable":
      return [
        [
          ["«F»", 38, 40],
          ["«F»", "38", "40"],
        ],
      ];
    case "warnings.choicesUndeclared":
      return [[[3], ["3"]]];
    case "warnings.choicesWithoutClasses":
      return [
        [[true], ["applicants.choices"]],
        [[false], ["applicants.choices"]],
      ];
    case "warnings.illustrativeUnknownKey":
      return [[["«K»"], ["«K»"]]];
    case "warnings.hiddenSheetsSkipped":
      return [
        [
          ["S", ["H"]],
          ["S", "H"],
        ],
        [
          ["S", ["H", "G"]],
          ["S", "H", "G"],
        ],
      ];
    case "warnings.holidayName":
      return [[["«H»"], ["«H»"]]];
    case "warnings.yamlUnknownTag":
      return [[["!ref"], ["!ref"]]];
    case "warnings.yamlValueChanged":
      return [
        [
          ["1_000", "1000"],
          ['"1_000"', "1000"],
        ],
      ];
    default:
      throw new Error(`no sample call for the function ${path}: add one to this test`);
  }
};

const shapeOf = (language: unknown): string[] => leaves(language, "").map(([path]) => path);

describe("the language registry", () => {
  it.each(LOCALES)("%s has every key the other languages have", (locale) => {
    // Lists of example values (regions, modules) have a fixed length in the type.
    expect(shapeOf(LANGUAGES[locale])).toEqual(shapeOf(LANGUAGES.en));
  });

  it.each(LOCALES)("%s has no empty word", (locale) => {
    for (const [path, value] of leaves(LANGUAGES[locale], "")) {
      if (typeof value === "function") {
        for (const [args, contains] of samples(path)) {
          const text = (value as (...a: unknown[]) => unknown)(...args);
          expect(typeof text, `${locale} ${path}`).toBe("string");
          expect((text as string).trim(), `${locale} ${path}`).not.toBe("");
          for (const part of contains) expect(text, `${locale} ${path}`).toContain(part);
        }
      } else {
        expect(typeof value, `${locale} ${path}`).toBe("string");
        expect((value as string).trim(), `${locale} ${path}`).not.toBe("");
      }
    }
  });

  it.each(LOCALES)("%s has a date-fns locale", (locale) => {
    expect(plainDate("2027-09-07", locale)).toMatch(/2027/);
  });

  it("is what the schema, the JSON Schema file and `cohort init --locale` offer", () => {
    const keys = Object.keys(LANGUAGES);
    expect(LOCALES).toEqual(keys);
    expect(programSchema.shape.locale.options).toEqual(keys);
    const file = JSON.parse(
      readFileSync(new URL("../../../schema/program.schema.json", import.meta.url), "utf8"),
    );
    expect(file.properties.locale.enum).toEqual(keys);
    const init = COMMANDS.find((c) => c.name === "init")!;
    const option = init.options!.map((make) => make()).find((o) => o.long === "--locale")!;
    expect(option.argChoices).toEqual(keys);
  });
});
