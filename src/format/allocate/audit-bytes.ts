/**
 * One outcome of the audit record as bytes, in both its forms at once: as
 * the record shows it (JSON.stringify(auditOutcomeOf(row), null, 2),
 * indented under `outcomes`) and in canonical form for the outcomes' hash
 * (canonicalJson(auditOutcomeOf(row))). Written from the row itself: no
 * outcome object, no string per value, the same bytes (property tests hold
 * both to those definitions). For a million rows, the objects, the sorting
 * of their keys and the strings joined cost more than the allocation.
 */
import { JsonBytes, writeCanonical } from "../../core/decision/json-bytes.js";
import type { DecisionRow } from "../../core/decision/report.js";

/**
 * A JSON value as JSON.stringify(value, null, 2) writes it, every line after
 * the first indented by `indent` spaces more (where it stands in the record).
 */
export const writePretty = (out: JsonBytes, value: unknown, indent: number): void => {
  if (value === null || typeof value !== "object") {
    out.scalar(value);
    return;
  }
  const inner = indent + 2;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.ascii("[]");
      return;
    }
    out.ascii("[");
    for (let i = 0; i < value.length; i++) {
      out.ascii(i === 0 ? "\n" : ",\n");
      spaces(out, inner);
      const v = value[i];
      // As JSON.stringify: what JSON has no word for is null in a list.
      if (v === undefined || typeof v === "function" || typeof v === "symbol") out.ascii("null");
      else writePretty(out, v, inner);
    }
    out.ascii("\n");
    spaces(out, indent);
    out.ascii("]");
    return;
  }
  const object = value as Record<string, unknown>;
  let first = true;
  for (const key of Object.keys(object)) {
    const v = object[key];
    // ... and is left out of an object.
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
    out.ascii(first ? "{\n" : ",\n");
    first = false;
    spaces(out, inner);
    out.string(key);
    out.ascii(": ");
    writePretty(out, v, inner);
  }
  if (first) {
    out.ascii("{}");
    return;
  }
  out.ascii("\n");
  spaces(out, indent);
  out.ascii("}");
};

const spaces = (out: JsonBytes, n: number): void => {
  out.room(n);
  out.bytes.fill(0x20, out.at, out.at + n);
  out.at += n;
};

/** Where an outcome stands in the record: in the list under `outcomes`. */
const OUTCOME_INDENT = 4;
/** Each key of an outcome, on its own line (6 spaces in). */
const K = `,\n${" ".repeat(OUTCOME_INDENT + 2)}`;
/** A choice reason's keys, in its object in the list under `choiceReasons`. */
const CK = `,\n${" ".repeat(OUTCOME_INDENT + 6)}`;
const at = (n: number): string => `\n${" ".repeat(OUTCOME_INDENT + n)}`;
const ID = `{${at(2)}"id": `;
const OVERALL = `{${at(4)}"overall": `;
const IN_GROUP = `,${at(4)}"inGroup": `;
const POSITION_END = `${at(2)}}`;
/** The first line of an object in a list of an outcome, and its first key, `choice`. */
const CHOICE_REASON = `${" ".repeat(OUTCOME_INDENT + 4)}{${at(6)}"choice": `;
const CHOICE_REASON_END = `${at(4)}}`;
const LIST_END = `${at(2)}]`;
const OUTCOME_END = `${at(0)}}`;
const K_outcome = `${K}"outcome": `;
const K_quota = `${K}"quota": `;
const K_rank = `${K}"rank": `;
const K_position = `${K}"position": `;
const K_code = `${K}"code": `;
const K_reason = `${K}"reason": `;
const K_params = `${K}"params": `;
const K_transferred = `${K}"transferred": `;
const K_newlyOffered_TRUE = `${K}"newlyOffered": true`;
const K_choices = `${K}"choices": `;
const K_class = `${K}"class": `;
const K_choice = `${K}"choice": `;
const K_choiceReasons = `${K}"choiceReasons": `;
const CK_id = `${CK}"id": `;
const CK_code = `${CK}"code": `;
const CK_reason = `${CK}"reason": `;
const CK_params = `${CK}"params": `;
const CK_position = `${CK}"position": `;
const K_positions = `${K}"positions": `;
const K_group = `${K}"group": `;

/** Distinct texts (reasons, codes) kept encoded; a list of unique texts cannot grow it without bound. */
const TEXTS_KEPT = 4096;

/**
 * A writer of outcomes, each into `pretty` (as the record shows it, from its
 * `{` to its `}`) and `canon` (its canonical form). The texts that recur
 * (reasons, codes) and each shared params object are encoded once.
 */
export const auditOutcomeBytes = (): ((
  row: DecisionRow,
  pretty: JsonBytes,
  canon: JsonBytes,
) => void) => {
  const texts = new Map<string, Uint8Array>();
  const scratch = new JsonBytes(1024);
  const encoded = (text: string): Uint8Array | undefined => {
    let bytes = texts.get(text);
    if (bytes === undefined && texts.size < TEXTS_KEPT) {
      scratch.clear();
      scratch.string(text);
      bytes = scratch.view().slice();
      texts.set(text, bytes);
    }
    return bytes;
  };
  const text = (out: JsonBytes, value: string): void => {
    const bytes = encoded(value);
    if (bytes === undefined) out.string(value);
    else out.raw(bytes);
  };
  // The allocation shares one params object among the applicants refused
  // for the same reason: its bytes are made once (by identity).
  const paramsKept = new WeakMap<object, { canon: Uint8Array; pretty: Uint8Array[] }>();
  const paramsSeen = new WeakSet<object>();
  const params = (value: unknown, out: JsonBytes, indent: number, canonical: boolean): void => {
    if (value === null || typeof value !== "object") {
      if (canonical) writeCanonical(out, value);
      else writePretty(out, value, indent);
      return;
    }
    let kept = paramsKept.get(value);
    // Kept once a second row shares it (an outcome's canonical form is
    // written after its own): most rows admitted on merit have params of
    // their own, and bytes kept for each would outlive them.
    if (kept === undefined && !(canonical && paramsSeen.has(value))) {
      if (canonical) paramsSeen.add(value);
      if (canonical) writeCanonical(out, value);
      else writePretty(out, value, indent);
      return;
    }
    if (kept === undefined) {
      scratch.clear();
      writeCanonical(scratch, value);
      kept = { canon: scratch.view().slice(), pretty: [] };
      paramsKept.set(value, kept);
    }
    if (canonical) {
      out.raw(kept.canon);
      return;
    }
    let bytes = kept.pretty[indent];
    if (bytes === undefined) {
      scratch.clear();
      writePretty(scratch, value, indent);
      bytes = scratch.view().slice();
      kept.pretty[indent] = bytes;
    }
    out.raw(bytes);
  };
  const nullable = (out: JsonBytes, value: string | number | null): void => {
    if (value === null) out.ascii("null");
    else out.scalar(value);
  };

  const prettyRow = (row: DecisionRow, out: JsonBytes): void => {
    out.ascii(ID);
    out.string(row.id);
    out.ascii(K_outcome);
    text(out, row.outcome);
    out.ascii(K_quota);
    nullable(out, row.quota);
    out.ascii(K_rank);
    nullable(out, row.rank);
    out.ascii(K_position);
    if (row.position === null) out.ascii("null");
    else {
      out.ascii(OVERALL);
      out.scalar(row.position.overall);
      out.ascii(IN_GROUP);
      out.scalar(row.position.inGroup);
      out.ascii(POSITION_END);
    }
    out.ascii(K_code);
    text(out, row.code);
    out.ascii(K_reason);
    text(out, row.reason);
    if (row.params !== undefined) {
      out.ascii(K_params);
      params(row.params, out, OUTCOME_INDENT + 2, false);
    }
    out.ascii(K_transferred);
    out.ascii(row.transferred ? "true" : "false");
    if (row.newlyOffered) out.ascii(K_newlyOffered_TRUE);
    if (row.choices) {
      out.ascii(K_choices);
      writePretty(out, row.choices, OUTCOME_INDENT + 2);
    }
    if (row.class !== undefined) {
      out.ascii(K_class);
      out.string(row.class);
      if (row.choice !== undefined) {
        out.ascii(K_choice);
        out.scalar(row.choice);
      }
    }
    if (row.choiceReasons) {
      out.ascii(K_choiceReasons);
      if (row.choiceReasons.length === 0) out.ascii("[]");
      else {
        out.ascii("[");
        let first = true;
        for (const c of row.choiceReasons) {
          out.ascii(first ? "\n" : ",\n");
          first = false;
          out.ascii(CHOICE_REASON);
          out.scalar(c.choice);
          out.ascii(CK_id);
          text(out, c.id);
          out.ascii(CK_code);
          text(out, c.code);
          out.ascii(CK_reason);
          text(out, c.reason);
          if (c.params !== undefined) {
            out.ascii(CK_params);
            params(c.params, out, OUTCOME_INDENT + 6, false);
          }
          out.ascii(CHOICE_REASON_END);
        }
        out.ascii(LIST_END);
      }
    }
    if (row.positions) {
      out.ascii(K_positions);
      if (row.positions.length === 0) out.ascii("[]");
      else {
        out.ascii("[");
        let first = true;
        for (const p of row.positions) {
          out.ascii(first ? "\n" : ",\n");
          first = false;
          out.ascii(CHOICE_REASON);
          out.scalar(p.choice);
          out.ascii(CK_id);
          out.string(p.id);
          out.ascii(CK_position);
          out.scalar(p.position);
          out.ascii(CHOICE_REASON_END);
        }
        out.ascii(LIST_END);
      }
    }
    if (row.group !== undefined) {
      out.ascii(K_group);
      nullable(out, row.group);
    }
    out.ascii(OUTCOME_END);
  };

  // The keys sorted (by UTF-16 code units): choice, choiceReasons, choices,
  // class, code, group, id, newlyOffered, outcome, params, position,
  // positions, quota, rank, reason, transferred. Those before `code` may be
  // absent, so each is followed by its comma; `code` always is.
  const canonRow = (row: DecisionRow, out: JsonBytes): void => {
    out.ascii("{");
    if (row.class !== undefined && row.choice !== undefined) {
      out.ascii('"choice":');
      out.scalar(row.choice);
      out.ascii(",");
    }
    if (row.choiceReasons) {
      out.ascii('"choiceReasons":[');
      let first = true;
      for (const c of row.choiceReasons) {
        out.ascii(first ? '{"choice":' : ',{"choice":');
        first = false;
        out.scalar(c.choice);
        out.ascii(',"code":');
        text(out, c.code);
        out.ascii(',"id":');
        text(out, c.id);
        if (c.params !== undefined) {
          out.ascii(',"params":');
          params(c.params, out, 0, true);
        }
        out.ascii(',"reason":');
        text(out, c.reason);
        out.ascii("}");
      }
      out.ascii("],");
    }
    if (row.choices) {
      out.ascii('"choices":');
      writeCanonical(out, row.choices);
      out.ascii(",");
    }
    if (row.class !== undefined) {
      out.ascii('"class":');
      out.string(row.class);
      out.ascii(",");
    }
    out.ascii('"code":');
    text(out, row.code);
    if (row.group !== undefined) {
      out.ascii(',"group":');
      nullable(out, row.group);
    }
    out.ascii(',"id":');
    out.string(row.id);
    if (row.newlyOffered) out.ascii(',"newlyOffered":true');
    out.ascii(',"outcome":');
    text(out, row.outcome);
    if (row.params !== undefined) {
      out.ascii(',"params":');
      params(row.params, out, 0, true);
    }
    out.ascii(',"position":');
    if (row.position === null) out.ascii("null");
    else {
      out.ascii('{"inGroup":');
      out.scalar(row.position.inGroup);
      out.ascii(',"overall":');
      out.scalar(row.position.overall);
      out.ascii("}");
    }
    if (row.positions) {
      out.ascii(',"positions":[');
      let first = true;
      for (const p of row.positions) {
        out.ascii(first ? '{"choice":' : ',{"choice":');
        first = false;
        out.scalar(p.choice);
        out.ascii(',"id":');
        out.string(p.id);
        out.ascii(',"position":');
        out.scalar(p.position);
        out.ascii("}");
      }
      out.ascii("]");
    }
    out.ascii(',"quota":');
    nullable(out, row.quota);
    out.ascii(',"rank":');
    nullable(out, row.rank);
    out.ascii(',"reason":');
    text(out, row.reason);
    out.ascii(',"transferred":');
    out.ascii(row.transferred ? "true" : "false");
    out.ascii("}");
  };

  return (row, pretty, canon) => {
    prettyRow(row, pretty);
    canonRow(row, canon);
  };
};
