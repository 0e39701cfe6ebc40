import { createHash } from "node:crypto";
import { type AuditDraft, type AuditRecordOut, sectionsOf } from "../../core/decision/audit.js";
import { CHUNK_BYTES, JsonBytes } from "../../core/decision/json-bytes.js";
import type { Formatter } from "../formatter.js";
import { auditOutcomeBytes } from "./audit-bytes.js";

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

/**
 * The same bytes as formatAuditRecord(auditRecord(...)) (a property test
 * holds them equal), in one pass over the decision's rows: each outcome is
 * written as bytes, in the record's form into the output and in canonical
 * form into the outcomes' SHA-256, both in large chunks. The hashes stand
 * last in the record, after the summary, so the outcomes' is known by then.
 * allocate --audit wrote the outcomes as objects, twice (once to hash, once
 * to write), and that cost more than the allocation of a million rows.
 */
export const formatAuditDraft: Formatter<AuditDraft, unknown> = function* (draft) {
  const { head } = draft;
  const recordText = (sha256: Record<string, string | undefined>) =>
    JSON.stringify({ ...head, sha256 }, null, 2);
  // The text before the outcomes does not depend on the hashes after them.
  const before = recordText(draft.sha256);
  const at = before.indexOf(EMPTY_OUTCOMES) + EMPTY_OUTCOMES.length - 2;
  yield `${before.slice(0, at)}[`;
  const write = auditOutcomeBytes();
  const hash = createHash("sha256");
  const pretty = new JsonBytes(CHUNK_BYTES + 64 * 1024);
  const canon = new JsonBytes(CHUNK_BYTES + 64 * 1024);
  canon.ascii("[");
  let first = true;
  for (const row of draft.rows) {
    pretty.ascii(first ? "\n    " : ",\n    ");
    if (!first) canon.ascii(",");
    first = false;
    write(row, pretty, canon);
    if (canon.at >= CHUNK_BYTES) {
      hash.update(canon.view());
      canon.clear();
    }
    if (pretty.at >= CHUNK_BYTES) yield pretty.take();
  }
  canon.ascii("]");
  hash.update(canon.view());
  if (!first) pretty.ascii("\n  ");
  pretty.ascii("]");
  if (pretty.at > 0) yield pretty.take();
  const outcomes = hash.digest("hex");
  const sha256: Record<string, string | undefined> = {};
  for (const section of sectionsOf(head.version))
    sha256[section] = section === "outcomes" ? outcomes : draft.sha256[section];
  const after = recordText(sha256);
  yield `${after.slice(after.indexOf(EMPTY_OUTCOMES) + EMPTY_OUTCOMES.length)}\n`;
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
