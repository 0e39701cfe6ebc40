/** cohort verify AUDIT: re-runs an audit record and says whether the result is the same. */
import { dirname, resolve } from "node:path";
import { auditSchema } from "../../core/decision/audit.js";
import { rowJsonOf } from "../../core/decision/row-json.js";
import { ExitCode, inputError } from "../../errors.js";
import { sha256File } from "../../io/hash.js";
import { readBytes } from "../../io/read-file.js";
import { runAllocation } from "../allocation-run.js";
import type { CommandContext } from "../context.js";
import { VERSION } from "../version.js";

const SHOWN = 20;

export const run = async (
  args: unknown[],
  _options: unknown,
  context: CommandContext,
): Promise<number> => {
  const auditPath = args[0] as string;
  const absolute = resolve(context.cwd, auditPath);
  // A million applicants make a record of about 200 MB.
  const text = (await readBytes(absolute, auditPath, 1024 * 1024 * 1024)).toString("utf8");
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
  const audit = parsed.data;
  const base = dirname(absolute);
  const out: string[] = [];
  if (audit.tool !== `cohort ${VERSION}`)
    out.push(`note: the record was written by ${audit.tool}; this is cohort ${VERSION}`);

  const changed: string[] = [];
  const named = [
    ["program", audit.inputs.program],
    ["applicants", audit.inputs.applicants],
    ...(audit.inputs.declined ? [["declined", audit.inputs.declined] as const] : []),
  ] as const;
  for (const [role, input] of named) {
    const actual = await sha256File(resolve(base, input.path), input.path);
    if (actual !== input.sha256)
      changed.push(
        `${role} file ${input.path} changed: sha256 ${input.sha256.slice(0, 12)}… in the record, ${actual.slice(0, 12)}… now`,
      );
  }
  if (changed.length > 0) {
    context.stdout.write(
      `${[...out, ...changed, "not verified: the inputs are not the ones the record was made from"].join("\n")}\n`,
    );
    return ExitCode.problems;
  }

  const rerun = await runAllocation(
    { ...context, cwd: base },
    {
      program: audit.inputs.program.path,
      applicants: audit.inputs.applicants.path,
      seed: audit.seed,
      ...(audit.inputs.declined ? { declined: audit.inputs.declined.path } : {}),
      ...(audit.inputs.applicants.encoding
        ? { encoding: audit.inputs.applicants.encoding as "utf-8" | "windows-1252" }
        : {}),
      ...(audit.inputs.applicants.sheet ? { sheet: audit.inputs.applicants.sheet } : {}),
    },
  );
  const now = rerun.decision.rows.map(rowJsonOf).map((r) => JSON.stringify(r));
  const then = audit.outcomes.map((r) => JSON.stringify(r));
  const differences: string[] = [];
  for (let i = 0; i < Math.max(now.length, then.length); i++) {
    if (now[i] !== then[i])
      differences.push(
        `  outcome ${i + 1}:\n    recorded: ${then[i] ?? "(none)"}\n    now:      ${now[i] ?? "(none)"}`,
      );
  }
  if (differences.length > 0) {
    out.push(
      `the allocation differs from the record in ${differences.length} of ${then.length} outcomes:`,
      ...differences.slice(0, SHOWN),
    );
    if (differences.length > SHOWN) out.push(`  … and ${differences.length - SHOWN} more`);
    context.stdout.write(`${out.join("\n")}\n`);
    return ExitCode.problems;
  }
  out.push(
    `verified: ${then.length} outcomes reproduced exactly (program ${audit.program}, seed ${audit.seed}, inputs unchanged)`,
  );
  context.stdout.write(`${out.join("\n")}\n`);
  return ExitCode.ok;
};
