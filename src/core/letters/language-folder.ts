/**
 * Whether a folder inside a program's template folder is named as a folder
 * of a language's own templates would be (`SV`, `nb-NO`, `svenska`, `sw`)
 * without being one of the codes cohort reads such a folder by (`sv`).
 * cohort looks only for `<code>/`, so the templates in such a folder would
 * be passed over in silence and the language's defaults used instead, as
 * with a misspelt template name.
 *
 * Other names (`drafts`, `old`, `2026`) are ordinary folders a coordinator
 * may keep there, and are not guessed at: only a two-letter name, a
 * language tag (`xx-YY`, `xx_YY`, `xx-Latn`), a three-letter code of the
 * six languages, or the name of one of them in one of them.
 */
import { LOCALES, type Locale } from "../language/index.js";

/** Names of the languages, and codes of other standards, for a language cohort speaks (undefined: nb or nn). */
const NAMED: Readonly<Record<string, Locale | undefined>> = {
  // Norwegian, which may mean either written standard.
  no: undefined,
  nor: undefined,
  norsk: undefined,
  norska: undefined,
  norwegian: undefined,
  norja: undefined,
  nob: "nb",
  bokmål: "nb",
  bokmal: "nb",
  bokmaal: "nb",
  nno: "nn",
  nynorsk: "nn",
  swe: "sv",
  svenska: "sv",
  svensk: "sv",
  swedish: "sv",
  ruotsi: "sv",
  se: "sv",
  dan: "da",
  dansk: "da",
  danska: "da",
  danish: "da",
  tanska: "da",
  dk: "da",
  fin: "fi",
  suomi: "fi",
  finsk: "fi",
  finska: "fi",
  finnish: "fi",
  eng: "en",
  english: "en",
  engelsk: "en",
  engelska: "en",
  englanti: "en",
  gb: "en",
  uk: "en",
  us: "en",
};

const KNOWN = new Set<string>(LOCALES);

/** A language subtag, then script or region subtags: nb-NO, sv_FI, sr-Latn-RS. */
const TAG = /^([a-z]{2,3})((?:[-_](?:[a-z]{2}|[a-z]{4}|[0-9]{3}))+)$/;

/**
 * undefined: an ordinary folder (or a language folder cohort reads). Else the
 * folder looks meant for a language's templates, and `meant` is the code it
 * most likely means when one is clear (`SV` and `nb-NO`: `sv`, `nb`).
 */
export const languageFolderGuess = (name: string): { meant: Locale | undefined } | undefined => {
  if (KNOWN.has(name)) return undefined;
  const lower = name.normalize("NFC").toLowerCase();
  if (KNOWN.has(lower)) return { meant: lower as Locale };
  if (Object.hasOwn(NAMED, lower)) return { meant: NAMED[lower] };
  if (/^[a-z]{2}$/.test(lower)) return { meant: undefined };
  const tag = TAG.exec(lower);
  if (tag) {
    const primary = tag[1]!;
    if (KNOWN.has(primary)) return { meant: primary as Locale };
    if (Object.hasOwn(NAMED, primary)) return { meant: NAMED[primary] };
    if (primary.length === 2) return { meant: undefined };
  }
  return undefined;
};
