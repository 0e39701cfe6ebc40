import type { AuditRecordOut } from "../../core/decision/audit.js";
import type { Formatter } from "../formatter.js";

/** Where the outcomes stand in the record's text, when the record is written with none. */
const EMPTY_OUTCOMES = '\n  "outcomes": []';
/** Outcomes handed on at a time. */
const PIECE_OUTCOMES = 256;

/**
 * The audit record as JSON, indented for a person reading it years later:
 * the bytes of JSON.stringify(record, null, 2), written outcome by outcome
 * (the record of a million applicants is more text than one string may hold).
 */
export const formatAuditRecord: Formatter<AuditRecordOut, unknown> = function* (record) {
  // The record without outcomes, cut where they go: at the top level's indent a
  // line starts only with a key of the record (strings hold no line breaks).
  const text = JSON.stringify({ ...record, outcomes: [] }, null, 2);
  const at = text.indexOf(EMPTY_OUTCOMES) + EMPTY_OUTCOMES.length - 2;
  let piece = `${text.slice(0, at)}[`;
  let first = true;
  let count = 0;
  for (const outcome of record.outcomes) {
    piece += `${first ? "\n    " : ",\n    "}${JSON.stringify(outcome, null, 2).replaceAll("\n", "\n    ")}`;
    first = false;
    if (++count % PIECE_OUTCOMES === 0) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}${first ? "" : "\n  "}]${text.slice(at + 2)}\n`;
};

const shellWord = (word: string): string =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * Said when the record names inputs outside its folder: `verify` opens those
 * only when named, so the command that will verify it is given now.
 */
export const auditOutsideNote = (
  auditPath: string,
  outside: readonly { role: string; path: string }[],
): string =>
  `note: ${auditPath} names ${outside.map((o) => `the ${o.role} file ${o.path}`).join(" and ")} outside its folder; verify it with: cohort verify ${shellWord(auditPath)} ${outside.map((o) => `--${o.role} ${shellWord(o.path)}`).join(" ")}\n`;
