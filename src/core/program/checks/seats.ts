import type { Finding } from "../../findings.js";
import { listOr } from "../../text/did-you-mean.js";
import { fieldsOf, ORDERABLE_TYPES } from "../model.js";
import { error, type ProgramCheck, warning } from "./check.js";
import { unknownField } from "./rules.js";

export const quotaSeatsWithinTotal: ProgramCheck = (program) => {
  const seats = program.seats;
  if (!seats?.quotas) return [];
  const sum = seats.quotas.reduce((total, q) => total + q.seats, 0);
  return sum > seats.total
    ? [
        error(
          "quota-seats-exceed-total",
          `quotas reserve ${sum} seats, more than the ${seats.total} in total`,
          ["seats", "quotas"],
        ),
      ]
    : [];
};

/**
 * Quotas must form one partition: one field, disjoint values. A quota is a
 * group an applicant belongs to (its seats, the transfer of what it cannot
 * fill, the waitlist within it), so nobody may be in two; a second balance
 * is a spread field, which the allocation takes any number of.
 */
export const quotaPartition: ProgramCheck = (program) => {
  const quotas = program.seats?.quotas ?? [];
  const fields = fieldsOf(program);
  const findings: Finding[] = [];
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  const partitionField = quotas[0]?.when.field;
  quotas.forEach((quota, i) => {
    const path = ["seats", "quotas", i];
    if (ids.has(quota.id))
      findings.push(
        error("quota-duplicate-id", `quota id "${quota.id}" is used twice`, [...path, "id"]),
      );
    ids.add(quota.id);
    const { field, equals } = quota.when;
    const values = quota.when.in ?? (equals !== undefined ? [String(equals)] : []);
    if (quota.when.in && equals !== undefined) {
      findings.push(
        error("quota-condition", `quota "${quota.id}": give either equals or in, not both`, [
          ...path,
          "when",
        ]),
      );
    } else if (values.length === 0) {
      findings.push(
        error(
          "quota-condition",
          `quota "${quota.id}": say which values belong to it with equals or in`,
          [...path, "when"],
        ),
      );
    }
    const spec = fields[field];
    if (!spec) {
      findings.push(unknownField(field, Object.keys(fields), [...path, "when", "field"]));
    } else if (spec.type === "enum") {
      for (const value of values) {
        if (!spec.values?.includes(value)) {
          findings.push(
            error(
              "rule-unknown-value",
              `quota "${quota.id}": "${value}" is not a value of field "${field}" (${listOr(spec.values ?? [])})`,
              [...path, "when"],
            ),
          );
        }
      }
    }
    if (field !== partitionField) {
      findings.push(
        error(
          "quota-crossing",
          `quota "${quota.id}" splits by "${field}" while the first quota splits by "${partitionField}"; quotas must split one field, so that each applicant is in at most one quota (balance a second field with a spread)`,
          [...path, "when", "field"],
        ),
      );
      return;
    }
    for (const value of values) {
      const other = owner.get(value);
      if (other !== undefined && other !== quota.id) {
        findings.push(
          error(
            "quota-overlap",
            `quotas "${other}" and "${quota.id}" both take applicants with ${field} = ${value}`,
            [...path, "when"],
          ),
        );
      }
      owner.set(value, quota.id);
    }
  });
  return findings;
};

export const spreadLimits: ProgramCheck = (program) => {
  const seats = program.seats;
  if (!seats?.spread) return [];
  const fields = fieldsOf(program);
  const findings: Finding[] = [];
  // Where each field is first spread: a second entry for it would give one
  // value two sets of limits.
  const first = new Map<string, number>();
  seats.spread.forEach((spread, i) => {
    const path = ["seats", "spread", i];
    const earlier = first.get(spread.field);
    if (earlier !== undefined) {
      findings.push(
        error(
          "spread-duplicate-field",
          `"${spread.field}" is spread twice (seats.spread entries ${earlier + 1} and ${i + 1}); give its limits in one entry`,
          [...path, "field"],
        ),
      );
      return;
    }
    first.set(spread.field, i);
    const spec = fields[spread.field];
    if (!spec) {
      findings.push(unknownField(spread.field, Object.keys(fields), [...path, "field"]));
      return;
    }
    const overrides = spread.values ?? {};
    const limitOf = (value: string) => ({
      min: overrides[value]?.min ?? spread.min ?? 0,
      max: overrides[value]?.max ?? spread.max ?? seats.total,
    });
    for (const value of Object.keys(overrides)) {
      if (spec.type === "enum" && !spec.values?.includes(value)) {
        findings.push(
          error(
            "rule-unknown-value",
            `spread: "${value}" is not a value of field "${spread.field}" (${listOr(spec.values ?? [])})`,
            [...path, "values", value],
          ),
        );
      }
      const { min, max } = limitOf(value);
      if (min > max)
        findings.push(
          error(
            "spread-min-infeasible",
            `spread: ${spread.field} = ${value} has min ${min} above ${
              (overrides[value]?.max ?? spread.max) === undefined
                ? `the ${max} seat${max === 1 ? "" : "s"} in total`
                : `max ${max}`
            }`,
            [...path, "values", value],
          ),
        );
    }
    if ((spread.min ?? 0) > (spread.max ?? seats.total)) {
      const limit =
        spread.max === undefined
          ? `the ${seats.total} seat${seats.total === 1 ? "" : "s"} in total`
          : `max ${spread.max}`;
      findings.push(
        error("spread-min-infeasible", `spread: min ${spread.min} is above ${limit}`, [
          ...path,
          "min",
        ]),
      );
    }
    const values = spec.type === "enum" ? (spec.values ?? []) : Object.keys(overrides);
    const minimums = values.reduce((sum, value) => sum + limitOf(value).min, 0);
    if (minimums > seats.total) {
      findings.push(
        error(
          "spread-min-infeasible",
          `spread minimums for "${spread.field}" add up to ${minimums} seats, more than the ${seats.total} in total`,
          [...path, "min"],
        ),
      );
    }
    if (spec.type === "enum" && spread.max !== undefined) {
      const capacity = values.reduce((sum, value) => sum + limitOf(value).max, 0);
      if (capacity < seats.total) {
        findings.push(
          warning(
            "spread-max-unfillable",
            `spread maximums for "${spread.field}" allow ${capacity} seats, fewer than the ${seats.total} in total`,
            [...path, "max"],
            {
              kind: "spread-max-unfillable",
              field: spread.field,
              capacity,
              total: seats.total,
            },
          ),
        );
      }
    }
  });
  return findings;
};

export const rankingFields: ProgramCheck = (program) => {
  const fields = fieldsOf(program);
  return (program.seats?.ranking ?? []).flatMap((key, i) => {
    const spec = fields[key.field];
    const path = ["seats", "ranking", i, "field"];
    if (!spec) return [unknownField(key.field, Object.keys(fields), path)];
    return ORDERABLE_TYPES.has(spec.type)
      ? []
      : [
          error(
            "ranking-not-orderable",
            `cannot rank by "${key.field}", a ${spec.type} field; rank by a number, date or datetime field`,
            path,
          ),
        ];
  });
};

export const tieBreak: ProgramCheck = (program) => {
  const seats = program.seats;
  if (!seats) return [];
  const fields = fieldsOf(program);
  if (seats.ties === "first-come") {
    if (!seats.timestamp) {
      return [
        error(
          "ties-no-timestamp",
          "ties: first-come needs a timestamp field (seats.timestamp) that says when each application came in",
          ["seats", "ties"],
        ),
      ];
    }
    const spec = fields[seats.timestamp];
    if (!spec) return [unknownField(seats.timestamp, Object.keys(fields), ["seats", "timestamp"])];
    if (spec.type !== "datetime" && spec.type !== "date") {
      return [
        error(
          "ties-no-timestamp",
          `seats.timestamp "${seats.timestamp}" is a ${spec.type} field; first-come needs a datetime or date`,
          ["seats", "timestamp"],
        ),
      ];
    }
  }
  return [];
};
