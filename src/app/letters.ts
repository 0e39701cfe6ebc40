/**
 * `cohort letters`: the letters of a verified allocation. The audit record is
 * re-run as `verify` does, and only a record that verifies gives letters; the
 * list is then read once more for the columns the program carries (name,
 * e-mail), and hashed as it is read, so that the rows are those of the very
 * bytes that were verified.
 */
import { createHash } from "node:crypto";
import { dirname, relative, resolve } from "node:path";
import { columnsRead } from "../core/applicants/layout.js";
import type { HeldWith } from "../core/decision/report.js";
import { verified } from "../core/decision/verification.js";
import { type Locale, languageOf } from "../core/language/index.js";
import { LETTER_OUTCOMES } from "../core/language/letter-words.js";
import { carriedColumns, type LettersDocument, templateSources } from "../core/letters/letter.js";
import { joinOutcomes, type ListRow, type RecordedOutcome } from "../core/letters/match.js";
import { cappedValueOf, heldWithOfParams } from "../core/letters/recorded.js";
import { ExitCode, inputError } from "../errors.js";
import { listSource } from "../io/applicants/source.js";
import type { CsvEncoding } from "../io/applicants/types.js";
import { readAudit } from "../io/audit-file.js";
import { sha256File } from "../io/hash.js";
import { readLetterTemplates } from "../io/letter-templates.js";
import type { AppContext } from "./context.js";
import { openCheck } from "./open-check.js";
import { verifyAudit } from "./verify.js";

const notVerified = (auditPath: string, why: "refused" | "changed" | "differs") =>
  inputError({ code: "letters-unverified", file: auditPath, why }, undefined, {
    exitCode: ExitCode.problems,
  });

export const prepareLetters = async (
  context: AppContext,
  auditPath: string,
  /** The tool verifying, as the record names tools ("cohort 1.2.3"). */
  tool: string,
  /**
   * The letters' language instead of the program's (`--lang`). The language
   * the record was worded in does not matter: the decision is in its codes
   * and params, which the letters word afresh.
   */
  lang?: Locale,
): Promise<LettersDocument> => {
  const absolute = resolve(context.cwd, auditPath);
  const auditSha256 = await sha256File(absolute, auditPath);
  // A record of version 2 holds the other targets a held seat was held for
  // in its params; in an older one they come from the re-run (the same
  // decision, verified).
  const heldWith = new Map<string, HeldWith>();
  // The language the record's reasons are worded in (its own, or for a
  // record of version 1 the program's): what a recorded reason is read in.
  let recordedIn: Locale | undefined;
  const report = await verifyAudit(context, auditPath, tool, {}, (decision) => {
    recordedIn = decision.locale;
    for (const row of decision.rows.of("waitlisted"))
      if (row.heldWith) heldWith.set(row.id, row.heldWith);
  });
  if (report.kind === "refused") throw notVerified(auditPath, "refused");
  if (report.kind === "changed") throw notVerified(auditPath, "changed");
  if (!verified(report)) throw notVerified(auditPath, "differs");
  const audit = await readAudit(absolute, auditPath);
  if ((await sha256File(absolute, auditPath)) !== auditSha256)
    throw inputError({ code: "letters-record-changed", file: auditPath });

  const base = dirname(absolute);
  const { applicants } = audit.inputs;
  const listHash = createHash("sha256");
  // verify has shown the program's warnings already.
  const opened = await openCheck(
    { ...context, cwd: base, onProgramWarnings: () => {} },
    audit.inputs.program.path,
    listSource(applicants.path, {
      encoding: applicants.encoding as CsvEncoding | undefined,
      sheet: applicants.sheet,
    }),
    (bytes) => listHash.update(bytes),
    // The intake the record was made for (its classes resolve the choices).
    audit.intake !== undefined ? { intake: audit.intake, today: "" } : undefined,
    lang,
  );
  const { program, layout, list, checker, ownLocale } = opened;
  const spec = program.applicants!;
  const { carry, emailAt, nameAt } = carriedColumns(spec, list.header);
  list.only?.([...columnsRead(layout), ...carry.filter((c) => c.index >= 0).map((c) => c.index)]);
  const spreads = program.seats?.spread ?? [];
  const spreadAts = spreads.map((s) => layout.position.get(s.field));
  const spreadAt = spreadAts[0];
  // With several spread fields, the values of each eligible applicant: in a
  // record of version 1, which field's cap stopped them is read from the
  // recorded reason below (later records name it in the reason's params).
  const valuesById = new Map<string, (string | null)[]>();
  const textOf = (value: unknown): string | null =>
    value === null || value === undefined ? null : String(value);

  // The verdict loop of app/verdicts.ts, keeping the carried cells, which a
  // verdict does not hold.
  const rows: ListRow[] = [];
  for await (const { records, lines, unsaved } of list.batches) {
    for (let i = 0; i < records.length; i++) {
      const cells = records[i]!;
      const v = checker.check(cells, lines[i]!, unsaved?.get(i));
      const spread = spreadAt === undefined ? null : v.values[spreadAt];
      if (spreads.length > 1 && audit.version === 1 && v.verdict === "eligible")
        valuesById.set(
          v.id,
          spreadAts.map((at) => (at === undefined ? null : textOf(v.values[at]))),
        );
      rows.push({
        id: v.id,
        line: v.line,
        verdict: v.verdict,
        reasons: v.reasons,
        problems: v.problems,
        carried: carry.map((c) => (c.index < 0 ? "" : (cells[c.index] ?? "").trim())),
        spreadValue: spread === null || spread === undefined ? null : String(spread),
      });
    }
  }
  if (
    listHash.digest("hex") !== applicants.sha256 ||
    opened.programSha256 !== audit.inputs.program.sha256
  )
    throw inputError({ code: "letters-input-changed", file: auditPath });

  const joined = joinOutcomes(audit.outcomes as RecordedOutcome[], rows);
  if (!joined.ok)
    throw inputError({ code: "letters-applicant-missing", file: auditPath, id: joined.id });
  const recorded = audit.outcomes as RecordedOutcome[];
  joined.entries.forEach((entry, i) => {
    if (entry.outcome !== "waitlisted") return;
    const held = heldWithOfParams(entry.code, recorded[i]!.params);
    if (held === undefined) {
      const rerun = heldWith.get(entry.id);
      if (rerun) entry.heldWith = rerun;
    } else if (held !== null) entry.heldWith = held;
  });
  const fieldLabel = (field: string) => spec.fields[field]?.column ?? field;
  // The value whose cap stopped an applicant, as the reason names it: with
  // several spread fields with its field's label ("sor-ost (Region)").
  const valueOfField = languageOf(program.locale).decision.reasons.valueOfField;
  joined.entries.forEach((entry, i) => {
    const capped = cappedValueOf(entry.code, recorded[i]!.params);
    if (capped === undefined) return;
    entry.spreadValue =
      spreads.length > 1 ? valueOfField(capped.value, fieldLabel(capped.field)) : capped.value;
  });
  if (spreads.length > 1 && audit.version === 1) {
    // A record of version 1 has no params: the recorded reason names the
    // capped value with its field's label, and the letter names the same.
    // The reason is read in the words it was recorded in, the letter names the value in its own.
    const recordedValueOf = languageOf(recordedIn ?? ownLocale).decision.reasons.valueOfField;
    joined.entries.forEach((entry, i) => {
      if (entry.code !== "SPREAD_CAP") return;
      const reason = String((audit.outcomes[i] as { reason?: unknown }).reason ?? "");
      const values = valuesById.get(entry.id) ?? [];
      const named = spreads
        .map((s, f) => {
          const value = values[f];
          return value === null || value === undefined
            ? null
            : { value, label: fieldLabel(s.field) };
        })
        .filter((v): v is { value: string; label: string } => v !== null);
      const found =
        named.find((v) => reason.includes(recordedValueOf(v.value, v.label))) ?? named[0];
      entry.spreadValue = found ? valueOfField(found.value, found.label) : null;
    });
  }

  const programFile = resolve(base, audit.inputs.program.path);
  // A program's own templates are in its language; another's are in a folder of their own.
  const own = await readLetterTemplates(context.cwd, programFile, LETTER_OUTCOMES, {
    own: ownLocale,
    run: program.locale === ownLocale ? undefined : program.locale,
  });
  const templates = templateSources(
    LETTER_OUTCOMES,
    own.files,
    languageOf(program.locale).letters.templates,
  );

  return {
    program,
    inputs: [absolute, programFile, resolve(base, applicants.path)],
    auditSha256,
    list: relative(context.cwd, resolve(base, applicants.path)) || applicants.path,
    idColumn: layout.idColumn,
    carry,
    emailAt,
    nameAt,
    entries: joined.entries,
    templates,
    classes: opened.intake?.intake.classes ?? [],
    ...(own.passedOver ? { passedOver: { ...own.passedOver, own: ownLocale } } : {}),
  };
};
