/**
 * Reading an audit record from a file: UTF-8 (with or without a byte-order
 * mark) or UTF-16 with one, JSON no deeper than the canonical form allows,
 * the record's schema. Read by verify, letters and allocate --from.
 */
import { TextDecoder } from "node:util";
import { AUDIT_VERSIONS, type AuditRecord, auditSchema } from "../core/decision/audit.js";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "../core/decision/canonical.js";
import { inputError } from "../errors.js";
import { readBytes } from "./read-file.js";

/**
 * 500 MiB: the record is read as one string, and V8 makes no string longer
 * than 2^29 - 24 characters (every Node cohort supports), so a larger record
 * would fail while decoding with a wrong message. A million applicants in one
 * pool make about 360 MB (version 2, with params); with classes and ranked
 * choices about 790 MB, which needs a streaming reader of the outcomes.
 */
export const MAX_AUDIT_BYTES = 500 * 1024 * 1024;

/** The record's text: UTF-8 with or without a byte-order mark, or UTF-16 with one (an editor's "Unicode"). */
const recordText = (bytes: Buffer, auditPath: string): string => {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : undefined;
  try {
    return new TextDecoder(utf16 ?? "utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw inputError({ code: "audit-not-text", file: auditPath, utf16: utf16 !== undefined });
  }
};

export const readAudit = async (absolute: string, auditPath: string): Promise<AuditRecord> => {
  const text = recordText(await readBytes(absolute, auditPath, MAX_AUDIT_BYTES), auditPath);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw inputError({ code: "audit-not-json", file: auditPath });
  }
  if (nestsDeeperThan(data, MAX_JSON_DEPTH))
    throw inputError({ code: "audit-too-deep", file: auditPath, depth: MAX_JSON_DEPTH });
  const parsed = auditSchema.safeParse(data);
  // A version 1 record names no language: one that does was not written by cohort.
  if (
    !parsed.success ||
    !(AUDIT_VERSIONS as readonly number[]).includes(parsed.data.version) ||
    (parsed.data.version === 1 && parsed.data.language !== undefined)
  ) {
    throw inputError({ code: "audit-not-record", file: auditPath });
  }
  return parsed.data;
};
