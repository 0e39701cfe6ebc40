import type { AuditRecord } from "../../core/decision/audit.js";
import { type TextRenderer, whole } from "../formatter.js";

/** The audit record as JSON, indented for a person reading it years later. */
const renderAudit: TextRenderer<AuditRecord, unknown> = (record) =>
  `${JSON.stringify(record, null, 2)}\n`;

export const formatAuditRecord = whole(renderAudit);

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
