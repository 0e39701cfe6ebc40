/**
 * Counts the format accepts, bounded to what the allocation engine handles.
 * The schema takes any whole number; these bounds are checked here so that a
 * program `validate` passes is one `allocate` can run (a quota of a billion
 * seats passed validate and then exhausted the engine's memory, 100 quotas by
 * 100 spread values took minutes). Each bound is in docs/reliability.md.
 */
import type { Finding } from "../../findings.js";
import { fieldsOf } from "../model.js";
import { error, type ProgramCheck } from "./check.js";

/** Seats of a program, a quota or a spread limit: more than the longest list cohort reads. */
export const MAX_SEATS = 1_000_000;
/**
 * Quotas, spread values, and the cells they make (quota groups and "no quota"
 * by values and "no value"): the allocation's time grows with the cells
 * times the seats (docs/reliability.md has the measurements).
 */
export const MAX_QUOTAS = 20;
export const MAX_SPREAD_VALUES = 100;
export const MAX_CELLS = 1_200;

const tooMany = (what: string, path: (string | number)[]): Finding =>
  error(
    "count-too-large",
    `${what}, more than the ${MAX_SEATS.toLocaleString("en-US")} seats cohort can allocate`,
    path,
  );

export const countBounds: ProgramCheck = (program) => {
  const seats = program.seats;
  if (!seats) return [];
  const findings: Finding[] = [];
  const seatCount = (what: string, value: number | undefined, path: (string | number)[]) => {
    if (value !== undefined && value > MAX_SEATS)
      findings.push(tooMany(`${what} ${value} seats`, path));
  };
  seatCount("seats.total is", seats.total, ["seats", "total"]);
  (seats.quotas ?? []).forEach((quota, i) => {
    seatCount(`quota "${quota.id}" reserves`, quota.seats, ["seats", "quotas", i, "seats"]);
  });
  const quotas = seats.quotas?.length ?? 0;
  if (quotas > MAX_QUOTAS) {
    findings.push(
      error(
        "count-too-large",
        `the program has ${quotas} quotas, more than the ${MAX_QUOTAS} cohort can allocate in reasonable time; merge some`,
        ["seats", "quotas", MAX_QUOTAS],
      ),
    );
  }
  const fields = fieldsOf(program);
  (seats.spread ?? []).forEach((spread, i) => {
    const path = ["seats", "spread", i];
    seatCount("spread min is", spread.min, [...path, "min"]);
    seatCount("spread max is", spread.max, [...path, "max"]);
    for (const [value, limit] of Object.entries(spread.values ?? {})) {
      seatCount(`spread min of "${value}" is`, limit.min, [...path, "values", value, "min"]);
      seatCount(`spread max of "${value}" is`, limit.max, [...path, "values", value, "max"]);
    }
    const spec = fields[spread.field];
    const values = spec?.type === "enum" ? (spec.values?.length ?? 0) : 0;
    const cells = (Math.min(quotas, MAX_QUOTAS) + 1) * (values + 1);
    if (values > MAX_SPREAD_VALUES) {
      findings.push(
        error(
          "count-too-large",
          `seats are spread over the ${values} values of "${spread.field}", more than the ${MAX_SPREAD_VALUES} cohort can allocate in reasonable time`,
          [...path, "field"],
        ),
      );
    } else if (cells > MAX_CELLS) {
      findings.push(
        error(
          "count-too-large",
          `${quotas} quotas by the ${values} values of "${spread.field}" make ${cells} combinations, more than the ${MAX_CELLS.toLocaleString("en-US")} cohort can allocate in reasonable time`,
          [...path, "field"],
        ),
      );
    }
  });
  return findings;
};

/**
 * seats.total of a program whose every intake has its own seats is in no
 * intake's view (each intake's seats replace it), so the per-intake checks
 * never see it: bounded here, once.
 */
export const totalBound: ProgramCheck = (program) => {
  const total = program.seats?.total;
  const intakes = program.intakes ?? [];
  if (total === undefined || total <= MAX_SEATS || intakes.length === 0) return [];
  if (intakes.some((intake) => intake.seats === undefined)) return [];
  return [tooMany(`seats.total is ${total} seats`, ["seats", "total"])];
};
