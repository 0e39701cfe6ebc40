/**
 * A program's own letter templates: `<stem>.letters/<outcome>.txt` beside
 * the program file (programs/topplederprogrammet.yaml ->
 * programs/topplederprogrammet.letters/admitted.txt). A missing file means the
 * language's default; a file that is there must be a readable template. One
 * folder holds both decision letters (admitted.txt, …) and completion letters
 * (completed.txt, at-risk.txt, …); each run reads the names it writes.
 *
 * Those files are in the program's language. A run in another language
 * (`letters --lang sv`) reads that language's own files from a folder named
 * by its code inside (topplederprogrammet.letters/sv/admitted.txt), by the
 * same rules; an outcome without one there gets the language's default, and
 * the program's own files such a run passes over are told (`passedOver`).
 * A folder named like a language's but by no code cohort reads (`SV`,
 * `nb-NO`) is refused, as a misspelt template name is.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, extname, join, relative } from "node:path";
import { COMPLETION_OUTCOMES } from "../core/language/completion-words.js";
import { LOCALES } from "../core/language/index.js";
import { LETTER_OUTCOMES } from "../core/language/letter-words.js";
import { languageFolderGuess } from "../core/letters/language-folder.js";
import type { PassedOverTemplates, TemplateFile } from "../core/letters/letter.js";
import { parseTemplateFile } from "../core/letters/template-file.js";
import { inputError } from "../errors.js";
import { readBytes } from "./read-file.js";
import { systemFault } from "./system-error.js";

/** A template is a letter, not a document: 64 KiB is far more than one needs. */
export const MAX_TEMPLATE_BYTES = 64 * 1024;

/** Every template name a program's folder may hold. */
const TEMPLATE_NAMES: readonly string[] = [...LETTER_OUTCOMES, ...COMPLETION_OUTCOMES];

/** The folder of a program's templates, as shown to the user. */
export const templateFolderOf = (programFile: string): string => {
  const stem = basename(programFile, extname(programFile));
  return join(dirname(programFile), `${stem}.letters`);
};

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** What a run reads of a program's templates, and what it passes over. */
export interface LetterTemplateFiles<K extends string> {
  files: Partial<Record<K, TemplateFile>>;
  /**
   * In a run in another language: the program's own files of this run's
   * templates (`admitted.txt`, …) that the language's folder has none of, so
   * that the language's defaults were used instead; null when there are none.
   */
  passedOver: Omit<PassedOverTemplates, "own"> | null;
}

/** The names in a folder; null when there is no folder. */
const entriesOf = async (folder: string, shown: string): Promise<string[] | null> => {
  try {
    return await readdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "ENOTDIR") throw inputError({ code: "templates-not-folder", folder: shown });
    throw inputError({ code: "templates-unreadable", folder: shown, fault: systemFault(error) });
  }
};

/** Whether `path` is a folder holding a `.txt` file (a folder that cannot be read holds none for us). */
const holdsTemplates = async (path: string): Promise<boolean> => {
  try {
    if (!(await stat(path)).isDirectory()) return false;
    return (await readdir(path)).some((n) => n.endsWith(".txt"));
  } catch {
    return false;
  }
};

/**
 * A folder named as a language's templates would be, but by no code cohort
 * reads (`SV`, `nb-NO`, `svenska`), or by the program's own language (whose
 * templates are the folder's own files), holding templates: they would
 * never be used, as a misspelt template name would not, so it is an error
 * in every run, whichever language it is in. An empty one changes nothing.
 */
const refuseMisnamedLanguageFolders = async (
  folder: string,
  shown: string,
  names: readonly string[],
  /** The program's own language. */
  own: string,
): Promise<void> => {
  // In code-unit order, so the folder named does not depend on the file system's.
  for (const name of [...names].sort()) {
    const guess = name === own ? undefined : languageFolderGuess(name);
    if (name !== own && guess === undefined) continue;
    if (!(await holdsTemplates(join(folder, name)))) continue;
    const at = { folder: join(shown, name), parent: shown };
    throw inputError(
      guess === undefined
        ? { code: "templates-own-language-folder", ...at }
        : {
            code: "templates-language-unknown",
            ...at,
            codes: LOCALES,
            ...(guess.meant ? { meant: guess.meant } : {}),
          },
    );
  }
};

export const readLetterTemplates = async <K extends string>(
  cwd: string,
  /** The program file, absolute. */
  programFile: string,
  /** The templates this run writes with. */
  outcomes: readonly K[],
  languages: {
    /** The program's own language: its templates are the folder's own files. */
    own: string;
    /** A language other than the program's: its folder inside the program's. */
    run?: string | undefined;
  },
): Promise<LetterTemplateFiles<K>> => {
  const language = languages.run;
  const own = templateFolderOf(programFile);
  const ownShown = relative(cwd, own) || ".";
  const ownNames = await entriesOf(own, ownShown);
  if (ownNames === null) return { files: {}, passedOver: null };
  await refuseMisnamedLanguageFolders(own, ownShown, ownNames, languages.own);
  const folder = language === undefined ? own : join(own, language);
  const shown = relative(cwd, folder) || ".";
  const names = language === undefined ? ownNames : ((await entriesOf(folder, shown)) ?? []);
  // The program's own files are in its language: another's letters never use them.
  const skipped =
    language === undefined
      ? []
      : outcomes.map((o) => `${o}.txt`).filter((n) => ownNames.includes(n) && !names.includes(n));
  const passedOver =
    skipped.length > 0 ? { folder: ownShown, languageFolder: shown, names: skipped } : null;
  const known = new Set<string>(TEMPLATE_NAMES.map((o) => `${o}.txt`));
  const stray = names.filter((n) => n.endsWith(".txt") && !known.has(n));
  if (stray.length > 0) {
    // A misspelt name would silently leave the default in use.
    throw inputError({
      code: "template-stray",
      file: join(shown, stray[0]!),
      names: TEMPLATE_NAMES.map((o) => `${o}.txt`),
    });
  }
  const result: Partial<Record<K, TemplateFile>> = {};
  for (const outcome of outcomes) {
    if (!names.includes(`${outcome}.txt`)) continue;
    const display = join(shown, `${outcome}.txt`);
    const bytes = await readBytes(join(folder, `${outcome}.txt`), display, MAX_TEMPLATE_BYTES);
    let text: string;
    try {
      text = UTF8.decode(bytes);
    } catch {
      throw inputError({ code: "template-not-utf8", file: display });
    }
    const parsed = parseTemplateFile(text);
    if (!parsed.ok)
      throw inputError(
        { code: "template-invalid", fault: parsed.fault },
        { file: display, line: parsed.line },
      );
    result[outcome] = {
      file: display,
      ...parsed.template,
      subjectLine: parsed.subjectLine,
      bodyLine: parsed.bodyLine,
    };
  }
  return { files: result, passedOver };
};
