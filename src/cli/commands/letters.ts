/** cohort letters AUDIT -o DIR: one decision letter per applicant of a verified allocation. */
import { resolve } from "node:path";
import { prepareLetters } from "../../app/letters.js";
import { parseIsoDate } from "../../core/calendar/date.js";
import { isMailAddress } from "../../core/letters/email.js";
import { ExitCode, inputError, usageError } from "../../errors.js";
import { letterFiles, recipientOf } from "../../format/letters/index.js";
import type { LetterFormat } from "../../format/letters/names.js";
import { type Placeholders, templatesProblem } from "../../format/letters/template.js";
import { placeholdersOf } from "../../format/letters/view.js";
import { lettersSummary, letterWarnings, warningText } from "../../format/letters/warnings.js";
import { writeFolder } from "../../io/write-folder.js";
import type { CommandContext } from "../context.js";
import { VERSION } from "../version.js";

interface Options {
  output?: string;
  format?: LetterFormat;
  force?: boolean;
  date?: string;
  replyBy?: string;
  from?: string;
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
  locale: string,
): void => {
  const problem = templatesProblem(templates, names, locale);
  if (problem)
    throw inputError(problem.message, {
      file: problem.file,
      line: problem.line,
      column: problem.column,
    });
};

export const run = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
): Promise<number> => {
  const auditPath = args[0] as string;
  if (options.output === undefined || options.output === "-")
    throw usageError("letters are a folder of files: give one with -o DIR");
  const format = options.format ?? "eml";
  const replyBy = day(options.replyBy, "--reply-by");
  const given = day(options.date, "--date");
  const from = options.from === undefined ? undefined : sender(options.from);

  const doc = await prepareLetters(context, auditPath, `cohort ${VERSION}`);
  const date = given ?? doc.program.application?.deadline;
  if (date === undefined)
    throw usageError(
      `${doc.program.id} has no application deadline to date the letters by: give --date YYYY-MM-DD`,
    );
  checkTemplates(doc.templates, placeholdersOf(doc), doc.program.locale);

  const warnings = letterWarnings(doc);
  const target = resolve(context.cwd, options.output);
  await writeFolder(
    target,
    options.output,
    {
      force: options.force === true,
      cwd: context.cwd,
      inputs: doc.inputs,
    },
    async (folder) => {
      // A few files in flight at a time: one at a time waits on every open and close.
      const pending = new Set<Promise<void>>();
      try {
        for (const file of letterFiles(doc, {
          format,
          date,
          ...(replyBy ? { replyBy } : {}),
          from: from ?? { name: doc.program.owner, address: "no-reply@invalid" },
        })) {
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
  for (const w of warnings) context.stderr.write(warningText(w));
  const withoutRecipient = doc.entries.filter((e) => recipientOf(doc, e.carried) === null).length;
  if (!context.quiet)
    context.stderr.write(
      lettersSummary(doc, options.output, format === "eml" ? withoutRecipient : 0),
    );
  return warnings.length > 0 ? ExitCode.problems : ExitCode.ok;
};
