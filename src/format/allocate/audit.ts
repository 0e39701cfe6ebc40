import type { AuditRecord } from "../../core/decision/audit.js";
import { type TextRenderer, whole } from "../formatter.js";

/** The audit record as JSON, indented for a person reading it years later. */
const renderAudit: TextRenderer<AuditRecord, unknown> = (record) =>
  `${JSON.stringify(record, null, 2)}\n`;

export const formatAuditRecord = whole(renderAudit);
