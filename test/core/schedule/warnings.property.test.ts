/** Overlap warnings found by sort and sweep are the ones, in the order, of comparing every pair. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../src/core/calendar/date.js";
import type { DatedModule } from "../../../src/core/program/model.js";
import {
  crossProgramWarnings,
  overlapWarnings,
  type ScheduleWarning,
} from "../../../src/core/schedule/warnings.js";
import * as reference from "./warnings-reference.js";

const modules = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 6 })),
  { maxLength: 12 },
);

const dated = (program: string, spec: [number, number][]): DatedModule[] =>
  spec.map(([s, days], index) => ({
    index,
    id: `${program}-m${index}`,
    title: `${program} ${index}`,
    start: addDays("2027-03-01", s),
    end: addDays("2027-03-01", s + days - 1),
    days,
    location: undefined,
    description: undefined,
    mandatory: false,
  }));

/** A warning without what its words need (`about`), which the reference does not build. */
const plain = ({ about: _, ...w }: ScheduleWarning) => w;

describe("overlap warnings", () => {
  it("one program: the same warnings in the same order", () => {
    fc.assert(
      fc.property(modules, (spec) => {
        const ms = dated("p", spec);
        expect(overlapWarnings("p", ms).map(plain)).toEqual(reference.overlapWarnings("p", ms));
      }),
      { numRuns: 300 },
    );
  });

  it("across programs: the same warnings in the same order", () => {
    fc.assert(
      fc.property(fc.array(modules, { minLength: 1, maxLength: 4 }), (specs) => {
        const programs = specs.map((spec, i) => ({
          id: `p${i}`,
          name: `Program ${i}`,
          modules: dated(`p${i}`, spec),
        }));
        const found = new Map(
          [...crossProgramWarnings(programs)].map(([id, ws]) => [id, ws.map(plain)]),
        );
        expect(found).toEqual(reference.crossProgramWarnings(programs));
      }),
      { numRuns: 300 },
    );
  });
});
