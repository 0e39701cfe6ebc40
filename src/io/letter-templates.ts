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
 * same rules; an outcome without one there gets the language's default.
 */
import { readdir } from "node:fs/promises";
import { basename, dirname, extname, join, relative } from "node:path";
import { COMPLETION_OUTCOMES } from "../core/language/completion-words.js";
import { LETTER_OUTCOMES } from "../core/language/letter-words.js";
import type { TemplateFile } from "../core/letters/letter.js";
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

export const readLetterTemplates = async <K extends string>(
  cwd: string,
  /** The program file, absolute. */
  programFile: string,
  /** The templates this run writes with. */
  outcomes: readonly K[],
  /** A language other than the program's: its folder inside the program's. */
  language?: string,
): Promise<Partial<Record<K, TemplateFile>>> => {
  const own = templateFolderOf(programFile);
  const folder = language === undefined ? own : join(own, language);
  const shown = relative(cwd, folder) || ".";
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return {};
    if (code === "ENOTDIR") throw inputError({ code: "templates-not-folder", folder: shown });
    throw inputError({ code: "templates-unreadable", folder: shown, fault: systemFault(error) });
  }
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
  return result;
};
