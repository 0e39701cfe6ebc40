/**
 * zod issues -> findings with stable codes and messages a coordinator can act
 * on: the missing key by name, the unknown key with a did-you-mean, the
 * allowed values of an enum, the reason a date is impossible.
 */

import { describeImpossibleDate } from "../calendar/date.js";
import type { Finding } from "../findings.js";
import { listOr } from "../text/did-you-mean.js";
import { suggest } from "./suggest.js";
import type * as z from "./zod.js";

type Path = (string | number)[];

export const schemaFindings = (schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Finding[] =>
  issues.flatMap((issue) => toFindings(schema, issue));

const toFindings = (schema: z.ZodType, issue: z.core.$ZodIssue): Finding[] => {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = keysAt(schema, path);
      return issue.keys.map((key) => ({
        code: "schema-unknown-key",
        severity: "error" as const,
        message: `unknown key "${key}"${suggest(key, known)}`,
        path: [...path, key],
        atKey: true,
      }));
    }
    case "invalid_type": {
      if (input === undefined) return [missingKey(path, article(issue.expected))];
      return [
        {
          code: "schema-type",
          severity: "error",
          message: `expected ${article(issue.expected)}, found ${describeValue(input)}`,
          path,
        },
      ];
    }
    case "invalid_value": {
      if (input === undefined)
        return [missingKey(path, `one of ${listOr(issue.values.map(String))}`)];
      const allowed = issue.values.map((v) => String(v));
      return [
        {
          code: "schema-enum",
          severity: "error",
          message: `${describeValue(input)} is not allowed here; use ${listOr(allowed)}${
            // Only a scalar can be a misspelling; String() of a mapping may even throw.
            typeof input === "object" && input !== null ? "" : suggest(String(input), allowed)
          }`,
          path,
        },
      ];
    }
    case "invalid_format": {
      if (issue.format === "date" && typeof input === "string") {
        const impossible = describeImpossibleDate(input);
        return [
          {
            code: "schema-invalid-date",
            severity: "error",
            message: impossible ?? `"${input}" is not a date written YYYY-MM-DD`,
            path,
          },
        ];
      }
      return [
        {
          code: "schema-value",
          severity: "error",
          message: `${describeValue(input)} is not valid: ${issue.message}`,
          path,
        },
      ];
    }
    case "invalid_union":
      return [
        {
          code: "schema-type",
          severity: "error",
          message: `${describeValue(input)} is not valid here (${unionExpectation(issue)})`,
          path,
        },
      ];
    case "too_small":
    case "too_big":
      return [
        { code: "schema-value", severity: "error", message: sizeMessage(issue, input), path },
      ];
    default:
      return [{ code: "schema-value", severity: "error", message: issue.message, path }];
  }
};

const missingKey = (path: Path, expected: string): Finding => ({
  code: "schema-required",
  severity: "error",
  message: `missing required key "${String(path[path.length - 1])}" (${expected})`,
  path: path.slice(0, -1),
});

const sizeMessage = (
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  input: unknown,
): string => {
  const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
  const word =
    issue.code === "too_small"
      ? issue.inclusive === false
        ? "greater than"
        : "at least"
      : issue.inclusive === false
        ? "less than"
        : "at most";
  if (issue.origin === "array")
    return `needs ${word} ${bound} item${Number(bound) === 1 ? "" : "s"}`;
  if (issue.origin === "string")
    return Number(bound) === 1 && issue.code === "too_small"
      ? "must not be empty"
      : `must be ${word} ${bound} characters long`;
  return `${describeValue(input)} is too ${issue.code === "too_small" ? "small" : "large"}: must be ${word} ${bound}`;
};

const unionExpectation = (issue: z.core.$ZodIssueInvalidUnion): string => {
  const expected = new Set<string>();
  for (const branch of issue.errors) {
    for (const sub of branch) {
      if (sub.code === "invalid_type") expected.add(article(sub.expected));
      else if (sub.code === "invalid_format" && sub.format === "date")
        expected.add("a date YYYY-MM-DD");
      else if (sub.code === "unrecognized_keys" || sub.path.length > 0)
        expected.add("a date reference { ref: ... }");
    }
  }
  return expected.size > 0 ? `expected ${listOr([...expected])}` : issue.message;
};

const article = (expected: string): string => {
  switch (expected) {
    case "object":
      return "a mapping";
    case "array":
      return "a list";
    case "int":
      return "a whole number";
    case "number":
      return "a number";
    case "string":
      return "text";
    case "boolean":
      return "true or false";
    default:
      return expected;
  }
};

export const describeValue = (value: unknown): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
};

/** The keys an object schema at `path` accepts, for did-you-mean. */
const keysAt = (schema: z.ZodType, path: Path): string[] => {
  let current: unknown = schema;
  for (const segment of path) {
    current = unwrap(current);
    const def = defOf(current);
    if (!def) return [];
    if (def.type === "object") current = (def.shape as Record<string, unknown>)[String(segment)];
    else if (def.type === "array") current = def.element;
    else if (def.type === "record") current = def.valueType;
    else return [];
  }
  const def = defOf(unwrap(current));
  return def?.type === "object" ? Object.keys(def.shape as object) : [];
};

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def | undefined =>
  (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

const unwrap = (schema: unknown): unknown => {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def && (def.type === "optional" || def.type === "default" || def.type === "nullable")) {
      current = def.innerType;
    } else {
      return current;
    }
  }
};
