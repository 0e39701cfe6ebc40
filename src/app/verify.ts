/** Re-runs an audit record: same inputs (by SHA-256), then the same outcome for every applicant? */
import { dirname, resolve } from "node:path";
import { type AuditRecord, auditSchema } from "../core/decision/audit.js";
import { compareOutcomes } from "../core/decision/compare.js";
import { rowJsonOf } from "../core/decision/row-json.js";
import type { ChangedInput, Verification } from "../core/decision/verification.js";
import { inputError } from "../errors.js";
import { listSource } from "../io/applicants/source.js";
import type { CsvEncoding } from "../io/applicants/types.js";
import { sha256File } from "../io/hash.js";
import { readBytes } from "../io/read-file.js";
import { type RefusedDeclines, runAllocation } from "./allocation-run.js";
import type { AppContext } from "./context.js";

/** A million applicants make a record of about 200 MB. */
const MAX_AUDIT_BYTES = 1024 * 1024 * 1024;

export const readAudit = async (absolute: string, auditPath: string): Promise<AuditRecord> => {
  const text = (await readBytes(absolute, auditPath, MAX_AUDIT_BYTES)).toString("utf8");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw inputError(
      `${auditPath} is not an audit record: it is not JSON (cohort allocate --audit writes one)`,
    );
  }
  const parsed = auditSchema.safeParse(data);
  if (!parsed.success || parsed.data.version !== 1) {
    throw inputError(`${auditPath} is not a cohort audit record (version 1)`);
  }
  return parsed.data;
};

export const verifyAudit = async (
  context: AppContext,
  auditPath: string,
  /** The tool verifying, as the record names tools ("cohort 1.2.3"). */
  tool: string,
): Promise<Verification | RefusedDeclines> => {
  const absolute = resolve(context.cwd, auditPath);
  const audit = await readAudit(absolute, auditPath);
  const base = dirname(absolute);
  const tools = { recorded: audit.tool, current: tool };

  const changed: ChangedInput[] = [];
  const named = [
    ["program", audit.inputs.program],
    ["applicants", audit.inputs.applicants],
    ...(audit.inputs.declined ? [["declined", audit.inputs.declined] as const] : []),
  ] as const;
  for (const [role, input] of named) {
    const actual = await sha256File(resolve(base, input.path), input.path);
    if (actual !== input.sha256)
      changed.push({ role, path: input.path, recorded: input.sha256, actual });
  }
  if (changed.length > 0) return { kind: "changed", tool: tools, changed };

  const { applicants } = audit.inputs;
  const rerun = await runAllocation(
    { ...context, cwd: base },
    {
      program: audit.inputs.program.path,
      list: listSource(applicants.path, {
        encoding: applicants.encoding as CsvEncoding | undefined,
        sheet: applicants.sheet,
      }),
      seed: audit.seed,
      ...(audit.inputs.declined ? { declined: audit.inputs.declined.path } : {}),
    },
  );
  if (rerun.kind === "refused") return rerun;
  return {
    kind: "compared",
    tool: tools,
    program: audit.program,
    seed: audit.seed,
    comparison: compareOutcomes(audit.outcomes, rerun.decision.rows.map(rowJsonOf)),
  };
};
