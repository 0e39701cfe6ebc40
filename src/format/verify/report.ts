/** What `cohort verify` prints: plain lines on stdout. */
import type { Verification } from "../../core/decision/verification.js";
import { fitLines } from "../fit-width.js";
import { type FormatOptions, type TextRenderer, whole } from "../formatter.js";

/** Differences shown in full; the rest are counted. */
const SHOWN = 20;

/** A section's JSON is cut here: a summary can be long, and the point is that it differs. */
const SECTION_CHARS = 300;

const json = (outcome: unknown): string =>
  outcome === undefined ? "(none)" : JSON.stringify(outcome);

const short = (value: unknown): string => {
  const text = json(value);
  return text.length > SECTION_CHARS ? `${text.slice(0, SECTION_CHARS)}…` : text;
};

const hash = (sha256: string | undefined): string =>
  sha256 === undefined ? "none" : `${sha256.slice(0, 12)}…`;

/** Ids named in the worded-differently line. */
const IDS_NAMED = 5;

/**
 * Reasons decided the same and worded otherwise than in the record: how
 * many, the first ids, and the first pair of wordings, so a reader sees what
 * kind of difference it is (another language, another cohort's words).
 */
const wordedLines = (
  worded: NonNullable<Extract<Verification, { kind: "compared" }>["comparison"]["worded"]>,
  total: number,
  /** The record holds each reason's params (version 2), and they were compared. */
  params: boolean,
): string[] => {
  const ids = worded.first.slice(0, IDS_NAMED).map((w) => w.id);
  const more = worded.count - ids.length;
  const first = worded.first[0];
  return [
    `worded differently: the reasons of ${worded.count} of ${total} outcomes are in other words than the record's (${ids.join(", ")}${more > 0 ? ` and ${more} more` : ""}); ${params ? "outcome, rank, position, quota, class, code and params (the numbers and names in the words) are the same" : "outcome, rank, position, quota, class and code are the same"}`,
    ...(first
      ? [
          `  ${first.id}, recorded: ${JSON.stringify(first.recorded)}`,
          `  ${first.id}, now:      ${JSON.stringify(first.now)}`,
        ]
      : []),
    params
      ? // The re-run is worded in the record's language: only other words can differ.
        "  (a cohort that worded reasons otherwise, or words edited in the record; the decisions are what verify checks)"
      : "  (a record made with another --lang, or by a cohort that worded reasons otherwise; the decisions are what verify checks)",
  ];
};

const renderVerification: TextRenderer<Verification> = (report) => {
  const out: string[] = [];
  if (report.tool.recorded !== report.tool.current)
    out.push(
      `note: the record was written by ${report.tool.recorded}; this is ${report.tool.current}`,
    );
  if (report.unsealed)
    out.push(
      "note: the record has no section hashes (an older cohort wrote it): its tool and seedGiven entries cannot be checked; everything else is checked against the re-run",
    );
  if (report.withoutParams)
    out.push(
      "note: the record is of version 1 (an older cohort wrote it): its reasons hold no params, so the numbers and names in their words are checked only where the outcome holds them too (quota, class, choice, rank, position)",
    );
  const edited = report.edited ?? [];
  for (const e of edited)
    out.push(
      `the record's ${e.section} section was edited after the record was written: sha256 ${hash(e.recorded)} in the record, ${hash(e.actual)} now`,
    );
  const intact = "not verified: the record was edited after it was written";
  if (report.kind === "changed") {
    for (const c of report.changed)
      out.push(
        `${c.role} file ${c.path} changed: sha256 ${c.recorded.slice(0, 12)}… in the record, ${c.actual.slice(0, 12)}… now${c.given !== undefined ? ` (read from ${c.given}, as named on the command line)` : ""}`,
      );
    out.push("not verified: the inputs are not the ones the record was made from");
    return `${out.join("\n")}\n`;
  }
  const sections = report.sections ?? [];
  for (const s of sections)
    out.push(
      `the record's ${s.section} section does not match the re-run:`,
      `  recorded: ${short(s.recorded)}`,
      `  now:      ${short(s.now)}`,
    );
  const { differences, recorded, worded } = report.comparison;
  const all = recorded + differences.filter((d) => d.recorded === undefined).length;
  if (worded) out.push(...wordedLines(worded, all, !report.withoutParams));
  if (report.summaryWorded)
    out.push(
      "worded differently: the summary's messages (seats that could not be filled as the rules ask) are in other words than the record's; its numbers are the same",
    );
  if (differences.length > 0) {
    out.push(
      `the allocation differs from the record in ${differences.length} of ${all} outcomes:`,
      ...differences
        .slice(0, SHOWN)
        .map((d) =>
          d.movedTo !== undefined
            ? `  outcome ${d.index + 1}: the same, but in place ${d.movedTo + 1} now:\n    ${json(d.recorded)}`
            : `  outcome ${d.index + 1}:\n    recorded: ${json(d.recorded)}\n    now:      ${json(d.now)}`,
        ),
    );
    if (differences.length > SHOWN) out.push(`  … and ${differences.length - SHOWN} more`);
  }
  if (edited.length > 0 || sections.length > 0) {
    out.push(edited.length > 0 ? intact : "not verified: the record does not match the re-run");
    return `${out.join("\n")}\n`;
  }
  if (differences.length > 0) return `${out.join("\n")}\n`;
  out.push(
    worded || report.summaryWorded
      ? `verified: ${recorded} outcomes reproduced${worded ? `, the same decisions, ${worded.count} of them worded differently` : " exactly, the summary worded differently"} (program ${report.program}, seed ${report.seed}, inputs unchanged)`
      : `verified: ${recorded} outcomes reproduced exactly (program ${report.program}, seed ${report.seed}, inputs unchanged)`,
  );
  return `${out.join("\n")}\n`;
};

/** On a terminal every line fits its width; the lines of outcomes are cut where they must. */
export const formatVerification = whole<Verification, FormatOptions>((report, options) =>
  fitLines(renderVerification(report, options), options.width, 4),
);
