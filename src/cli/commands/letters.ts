/**
 * cohort letters AUDIT -o DIR: one decision letter per applicant of a
 * verified allocation; cohort letters PROGRAM --progress RECORDS -o DIR: one
 * completion letter per participant of a filled roster.
 */
import { resolve } from "node:path";
import { prepareCompletionLetters } from "../../app/completion-letters.js";
import { prepareLetters } from "../../app/letters.js";
import { parseIsoDate } from "../../core/calendar/date.js";
import type { Locale } from "../../core/language/index.js";
import { isMailAddress } from "../../core/letters/email.js";
import { ExitCode, inputError, usageError } from "../../errors.js";
import {
  completionFiles,
  completionPlaceholders,
  completionRecipient,
} from "../../format/letters/completion.js";
import { letterFiles, recipientOf } from "../../format/letters/index.js";
import type { LetterFormat } from "../../format/letters/names.js";
import { type Placeholders, templatesProblem } from "../../format/letters/template.js";
import { placeholdersOf } from "../../format/letters/view.js";
import {
  completionSummary,
  completionWarnings,
  lettersSummary,
  letterWarnings,
  passedOverWarnings,
  warningText,
} from "../../format/letters/warnings.js";
import { problemLines } from "../../format/progress/problems.js";
import { listSource } from "../../io/applicants/source.js";
import type { CsvEncoding } from "../../io/applicants/types.js";
import { writeFolder } from "../../io/write-folder.js";
import type { CommandContext } from "../context.js";
import { stderrWidth } from "../terminal.js";
import { VERSION } from "../version.js";

interface Options {
  output?: string;
  format?: LetterFormat;
  force?: boolean;
  date?: string;
  replyBy?: string;
  from?: string;
  /** Completion letters: the filled roster. */
  progress?: string;
  asOf?: string;
  intake?: string;
  class?: string;
  all?: boolean;
  audit?: string;
  sheet?: string;
  encoding?: CsvEncoding;
  /** The letters' language, and of what the run says, instead of the program's locale. */
  lang?: Locale;
}

const day = (value: string | undefined, option: string): string | undefined => {
  if (value === undefined) return undefined;
  if (!parseIsoDate(value)) throw usageError(`${option} wants a day as YYYY-MM-DD, not "${value}"`);
  return value;
};

/** `Name <address>` or a bare address. */
const sender = (value: string): { name: string; address: string } => {
  const match = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(value);
  const name = match ? match[1]!.replace(/^"(.*)"$/, "$1") : "";
  const address = (match ? match[2]! : value).trim();
  if (!isMailAddress(address) || /[\r\n]/.test(name))
    throw usageError(
      `--from wants an address such as "Opptak <opptak@example.no>", not "${value}"`,
    );
  return { name, address };
};

/** Every template, shipped or the program's, is checked before a letter is written. */
const checkTemplates = (
  templates: Parameters<typeof templatesProblem>[0],
  names: Placeholders,
  locale: Locale,
): void => {
  const problem = templatesProblem(templates, names, locale);
  if (problem)
    throw inputError(
      { code: "template-invalid", fault: problem.fault },
      {
        file: problem.file,
        line: problem.line,
        column: problem.column,
      },
    );
};

/** Writes the letters into a folder created whole or not at all, a few files in flight at a time. */
const writeLetters = async (
  context: CommandContext,
  output: string,
  force: boolean,
  inputs: string[],
  files: () => Iterable<{ name: string; bytes: Uint8Array }>,
): Promise<void> => {
  await writeFolder(
    resolve(context.cwd, output),
    output,
    { force, cwd: context.cwd, inputs },
    async (folder) => {
      // One at a time waits on every open and close.
      const pending = new Set<Promise<void>>();
      try {
        for (const file of files()) {
          const write: Promise<void> = folder
            .write(file.name, file.bytes)
            .finally(() => pending.delete(write));
          pending.add(write);
          if (pending.size >= 16) await Promise.race(pending);
        }
        await Promise.all(pending);
      } finally {
        // Nothing may still be writing when the folder is renamed or removed.
        await Promise.allSettled(pending);
      }
    },
  );
};

/** Options that belong to one kind of letters only. */
const DECISION_ONLY: (keyof Options)[] = ["replyBy"];
const COMPLETION_ONLY: (keyof Options)[] = [
  "asOf",
  "intake",
  "class",
  "all",
  "audit",
  "sheet",
  "encoding",
];
const FLAG: Record<string, string> = {
  replyBy: "--reply-by",
  asOf: "--as-of",
  intake: "--intake",
  class: "--class",
  all: "--all",
  audit: "--audit",
  sheet: "--sheet",
  encoding: "--encoding",
};

export const run = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
): Promise<number> => {
  const input = args[0] as string;
  if (options.output === undefined || options.output === "-")
    throw usageError("letters are a folder of files: give one with -o DIR");
  const completion = options.progress !== undefined;
  const stray = (completion ? DECISION_ONLY : COMPLETION_ONLY).find(
    (k) => options[k] !== undefined,
  );
  if (stray)
    throw usageError(
      completion
        ? `${FLAG[stray]} is for decision letters (cohort letters AUDIT), not completion letters`
        : `${FLAG[stray]} is for completion letters: cohort letters PROGRAM --progress RECORDS`,
    );
  const format = options.format ?? "eml";
  const given = day(options.date, "--date");
  const from = options.from === undefined ? undefined : sender(options.from);
  return completion
    ? completionLetters(input, options, context, format, given, from)
    : decisionLetters(input, options, context, format, given, from);
};

type Sender = { name: string; address: string } | undefined;

const decisionLetters = async (
  auditPath: string,
  options: Options,
  context: CommandContext,
  format: LetterFormat,
  given: string | undefined,
  from: Sender,
): Promise<number> => {
  const replyBy = day(options.replyBy, "--reply-by");
  const doc = await prepareLetters(context, auditPath, `cohort ${VERSION}`, options.lang);
  const date = given ?? doc.program.application?.deadline;
  if (date === undefined)
    throw usageError(
      `${doc.program.id} has no application deadline to date the letters by: give --date YYYY-MM-DD`,
    );
  checkTemplates(doc.templates, placeholdersOf(doc), doc.program.locale);

  const warnings = letterWarnings(doc);
  await writeLetters(context, options.output!, options.force === true, doc.inputs, () =>
    letterFiles(doc, {
      format,
      date,
      ...(replyBy ? { replyBy } : {}),
      from: from ?? { name: doc.program.owner, address: "no-reply@invalid" },
    }),
  );
  const width = stderrWidth(context);
  for (const w of [...passedOverWarnings(doc), ...warnings])
    context.stderr.write(warningText(w, doc.program.locale, width));
  const withoutRecipient = doc.entries.filter((e) => recipientOf(doc, e.carried) === null).length;
  if (!context.quiet)
    context.stderr.write(
      lettersSummary(doc, options.output!, format === "eml" ? withoutRecipient : 0, width),
    );
  return warnings.length > 0 ? ExitCode.problems : ExitCode.ok;
};

const completionLetters = async (
  program: string,
  options: Options,
  context: CommandContext,
  format: LetterFormat,
  given: string | undefined,
  from: Sender,
): Promise<number> => {
  const asOf = day(options.asOf, "--as-of") ?? context.today;
  const source = listSource(options.progress!, options);
  const doc = await prepareCompletionLetters(context, {
    program,
    records: source,
    asOf,
    intake: options.intake,
    class: options.class,
    audit: options.audit,
    all: options.all === true,
    lang: options.lang,
  });
  checkTemplates(doc.templates, completionPlaceholders(doc), doc.program.locale);
  const date = given ?? asOf;

  const warnings = completionWarnings(doc);
  await writeLetters(context, options.output!, options.force === true, doc.inputs, () =>
    completionFiles(doc, {
      format,
      date,
      from: from ?? { name: doc.program.owner, address: "no-reply@invalid" },
    }),
  );
  // The roster's own problems, located as progress prints them: those rows get no letter.
  const width = stderrWidth(context);
  context.stderr.write(problemLines(doc.report, source.display, width));
  for (const w of [...passedOverWarnings(doc), ...warnings])
    context.stderr.write(warningText(w, doc.program.locale, width));
  const withoutRecipient = doc.entries.filter((e) => completionRecipient(doc, e) === null).length;
  if (!context.quiet)
    context.stderr.write(
      completionSummary(doc, options.output!, format === "eml" ? withoutRecipient : 0, width),
    );
  const rosterProblems =
    doc.report.problems.length > 0 || doc.report.participants.some((p) => p.status === "invalid");
  return warnings.length > 0 || rosterProblems ? ExitCode.problems : ExitCode.ok;
};
