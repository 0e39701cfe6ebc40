/**
 * Re-runs an audit record: is the record intact (each section against its
 * SHA-256), are the inputs the same (by SHA-256), and does the allocation give
 * the same program, seed, parameters, outcomes and summary? The re-run words
 * its reasons in the language the record names (any language: what is
 * verified is the decision, each reason's params with it); a record of
 * version 1 names none and holds no params, and is compared as it was.
 *
 * A record is a file anyone can write, so it is read as hostile: the files it
 * names are opened only when they lie in the record's folder (or below it,
 * links followed); any other input must be named on the command line.
 */
import { realpath } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { type AuditRecord, editedSections } from "../core/decision/audit.js";
import { canonicalJson } from "../core/decision/canonical.js";
import { compareOutcomes, decidedSummary } from "../core/decision/compare.js";
import type { Decision } from "../core/decision/report.js";
import { auditOutcomeOf, rowJsonOf } from "../core/decision/row-json.js";
import type {
  ChangedInput,
  DifferentSection,
  EditedSection,
  Verification,
} from "../core/decision/verification.js";
import { inputError, usageError } from "../errors.js";
import type { ListSource } from "../io/applicants/source.js";
import { readAudit } from "../io/audit-file.js";
import { sha256File, sha256Pieces } from "../io/hash.js";
import { type RefusedDeclines, runAllocation } from "./allocation-run.js";
import type { AppContext } from "./context.js";

type Role = ChangedInput["role"];

/** Input files named on the command line instead of by the record (paths from the working folder). */
export type GivenInputs = Partial<Record<Role, string>>;

/** Whether `path` is `folder` or inside it. */
const inside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

/** Inside the folder by name and, links followed, in fact (a missing file is left to the reader). */
export const within = async (folder: string, path: string): Promise<boolean> => {
  if (!inside(folder, path)) return false;
  const real = await realpath(path).catch(() => undefined);
  if (real === undefined) return true;
  return inside(await realpath(folder), real);
};

const shellWord = (word: string): string =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;

interface Located {
  role: Role;
  /** The path as the record names it. */
  recorded: string;
  sha256: string;
  absolute: string;
  /** Named on the command line, as given. */
  given?: string;
}

const locate = async (
  context: AppContext,
  auditPath: string,
  audit: AuditRecord,
  given: GivenInputs,
): Promise<Located[]> => {
  const base = dirname(resolve(context.cwd, auditPath));
  if (given.declined !== undefined && !audit.inputs.declined)
    throw usageError(
      `${auditPath} was made without a declines file, so there is nothing to give --declined for`,
    );
  if (given.from !== undefined && !audit.inputs.from)
    throw usageError(
      `${auditPath} was made without an earlier record (allocate --from), so there is nothing to give --from for`,
    );
  const named = [
    ["program", audit.inputs.program],
    ["applicants", audit.inputs.applicants],
    ...(audit.inputs.declined ? [["declined", audit.inputs.declined] as const] : []),
    ...(audit.inputs.from ? [["from", audit.inputs.from] as const] : []),
  ] as const;
  const located: Located[] = [];
  const outside: Located[] = [];
  for (const [role, input] of named) {
    const option = given[role];
    if (option === "-") throw usageError(`--${role} needs a file: verify reads each input twice`);
    if (option !== undefined) {
      located.push({
        role,
        recorded: input.path,
        sha256: input.sha256,
        absolute: resolve(context.cwd, option),
        given: option,
      });
      continue;
    }
    const entry = {
      role,
      recorded: input.path,
      sha256: input.sha256,
      absolute: resolve(base, input.path),
    };
    located.push(entry);
    if (!(await within(base, entry.absolute))) outside.push(entry);
  }
  if (outside.length > 0) {
    const options = outside.map(
      (o) =>
        `--${o.role} ${shellWord(isAbsolute(o.recorded) ? o.recorded : relative(context.cwd, o.absolute) || ".")}`,
    );
    throw inputError({
      code: "audit-inputs-outside",
      file: auditPath,
      inputs: outside.map((o) => ({ role: o.role, recorded: o.recorded })),
      command: `cohort verify ${shellWord(auditPath)} ${options.join(" ")}`,
    });
  }
  return located;
};

/** A path for messages of the re-run: from the working folder, as the user would type it. */
const shown = (context: AppContext, absolute: string): string =>
  relative(context.cwd, absolute) || ".";

export const verifyAudit = async (
  context: AppContext,
  auditPath: string,
  /** The tool verifying, as the record names tools ("cohort 1.2.3"). */
  tool: string,
  given: GivenInputs = {},
  /** Given the re-run's decision when it was compared (letters read what the record does not hold). */
  onRerun?: (decision: Decision) => void,
): Promise<Verification | RefusedDeclines> => {
  const audit = await readAudit(resolve(context.cwd, auditPath), auditPath);
  const tools = { recorded: audit.tool, current: tool };

  const edited: EditedSection[] = editedSections(audit, sha256Pieces);
  const old = audit.version === 1;
  const seal = {
    edited,
    // Only a record of version 1 was ever written without hashes (a later one is edited).
    ...(audit.sha256 || !old ? {} : { unsealed: true as const }),
    ...(old ? { withoutParams: true as const } : {}),
  };

  const located = await locate(context, auditPath, audit, given);
  const changed: ChangedInput[] = [];
  const change = (input: Located, actual: string) =>
    changed.push({
      role: input.role,
      path: input.recorded,
      recorded: input.sha256,
      actual,
      ...(input.given !== undefined ? { given: input.given } : {}),
    });
  for (const input of located) {
    const actual = await sha256File(input.absolute, input.given ?? input.recorded);
    if (actual !== input.sha256) change(input, actual);
  }
  if (changed.length > 0) return { kind: "changed", tool: tools, ...seal, changed };

  const at = (role: Role) => located.find((l) => l.role === role);
  const program = at("program")!;
  const applicants = at("applicants")!;
  const declined = at("declined");
  const from = at("from");
  const { encoding, sheet } = audit.inputs.applicants;
  const list: ListSource = {
    path: applicants.absolute,
    display: shown(context, applicants.absolute),
    stdin: false,
    ...(encoding ? { encoding } : {}),
    ...(sheet ? { sheet } : {}),
  };
  // Absolute paths: a record's "-" or a program id is never read as stdin or looked up.
  const rerun = await runAllocation(context, {
    program: program.absolute,
    list,
    // A seed derived from the input hashes is derived again, so an edited one shows.
    ...(audit.seedGiven ? { seed: audit.seed } : {}),
    // The intake the record was made for, never the one today would choose.
    today: "",
    ...(audit.intake !== undefined ? { intake: audit.intake } : {}),
    // In the record's words, so that words differ only when a cohort words them otherwise.
    ...(audit.language !== undefined ? { lang: audit.language } : {}),
    ...(declined ? { declined: shown(context, declined.absolute) } : {}),
    ...(from ? { from: shown(context, from.absolute) } : {}),
  });
  if (rerun.kind === "refused") return rerun;

  // The files read by the re-run are the ones hashed above, or they changed meanwhile.
  const read = { program: rerun.hashes.program, applicants: rerun.hashes.applicants };
  for (const input of located) {
    const actual =
      input.role === "declined"
        ? rerun.hashes.declined
        : input.role === "from"
          ? rerun.hashes.from
          : read[input.role];
    if (actual !== null && actual !== input.sha256) change(input, actual);
  }
  if (changed.length > 0) return { kind: "changed", tool: tools, ...seal, changed };

  const sections: DifferentSection[] = [];
  const differ = (section: DifferentSection["section"], recorded: unknown, now: unknown) => {
    if (canonicalJson(recorded) !== canonicalJson(now)) sections.push({ section, recorded, now });
  };
  differ("program", audit.program, rerun.decision.program);
  differ("seed", audit.seed, rerun.seed);
  differ("parameters", audit.parameters, rerun.parameters);
  // The summary's words (a relaxation's message) are the language's, as the reasons are.
  const summary = {
    recorded: decidedSummary(audit.summary),
    now: decidedSummary(rerun.decision.summary),
  };
  if (canonicalJson(summary.recorded) !== canonicalJson(summary.now))
    sections.push({ section: "summary", recorded: audit.summary, now: rerun.decision.summary });
  onRerun?.(rerun.decision);
  const summaryWorded =
    sections.every((s) => s.section !== "summary") &&
    canonicalJson(audit.summary) !== canonicalJson(rerun.decision.summary);
  return {
    kind: "compared",
    tool: tools,
    ...seal,
    program: audit.program,
    seed: audit.seed,
    // The outcomes now as a record of the record's version holds them: with params from version 2.
    comparison: compareOutcomes(
      audit.outcomes,
      Array.from(rerun.decision.rows, old ? rowJsonOf : auditOutcomeOf),
    ),
    sections,
    ...(summaryWorded ? { summaryWorded: true } : {}),
  };
};
