/**
 * `cohort letters PROGRAM --progress RECORDS`: completion letters from a
 * filled roster. The roster is judged exactly as `cohort progress` judges it
 * (same reader, same requirements, same day), and each participant's
 * standing picks the template.
 */
import { resolve } from "node:path";
import { COMPLETION_OUTCOMES } from "../core/language/completion-words.js";
import { type Locale, languageOf } from "../core/language/index.js";
import { type CompletionDocument, completionEntries } from "../core/letters/completion.js";
import { templateSources } from "../core/letters/letter.js";
import { suggest } from "../core/program/suggest.js";
import { usageError } from "../errors.js";
import type { ListSource } from "../io/applicants/source.js";
import { readLetterTemplates } from "../io/letter-templates.js";
import type { AppContext } from "./context.js";
import { runProgress } from "./progress.js";

export interface CompletionLettersOptions {
  program: string;
  records: ListSource;
  asOf: string;
  intake?: string | undefined;
  class?: string | undefined;
  audit?: string | undefined;
  /** Status letters for the participants on track too. */
  all: boolean;
  /** The letters' language instead of the program's (`--lang`). */
  lang?: Locale | undefined;
}

export const prepareCompletionLetters = async (
  context: AppContext,
  options: CompletionLettersOptions,
): Promise<CompletionDocument> => {
  const run = await runProgress(context, {
    program: options.program,
    records: options.records,
    asOf: options.asOf,
    intake: options.intake,
    audit: options.audit,
    lang: options.lang,
  });
  const { layout, report } = run;
  if (options.class !== undefined) {
    const ids = layout.groups.flatMap((g) => (g.id === null ? [] : [g.id]));
    if (layout.classIndex < 0)
      throw usageError(
        `${options.records.display} has no class column, so --class does not apply; leave it out`,
      );
    if (!ids.includes(options.class))
      throw usageError(
        `the roster's intake has no class "${options.class}" (it has ${ids.map((i) => `"${i}"`).join(", ")})${suggest(options.class, ids)}`,
      );
  }
  const { entries, without } = completionEntries(
    report,
    run.records,
    layout,
    run.carried.cells,
    options,
  );
  const locale = options.lang ?? run.program.locale;
  // A program's own templates are in its language; another's are in a folder of their own.
  const own = await readLetterTemplates(
    context.cwd,
    resolve(context.cwd, run.programFile),
    COMPLETION_OUTCOMES,
    { own: run.program.locale, run: locale === run.program.locale ? undefined : locale },
  );
  const templates = templateSources(
    COMPLETION_OUTCOMES,
    own.files,
    languageOf(locale).completion.templates,
  );
  return {
    program: locale === run.program.locale ? run.program : { ...run.program, locale },
    report,
    roster: options.records.display,
    headerLine: run.headerLine,
    rosterSha256: run.sha256,
    inputs: run.inputs,
    carry: run.carried.carry,
    emailAt: run.carried.emailAt,
    nameAt: run.carried.nameAt,
    entries,
    templates,
    without,
    ...(own.passedOver ? { passedOver: { ...own.passedOver, own: run.program.locale } } : {}),
  };
};
