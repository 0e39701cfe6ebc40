/**
 * The languages cohort speaks: one module per language in this folder, listed
 * once here. The schema's `locale` enum and the CLI's `--locale` choices are
 * this map's keys, in this order.
 *
 * Adding a language: copy a module (en.ts) to <code>.ts and translate it, add
 * it to the map below, and add its date-fns locale to the map in
 * src/format/schedule/dates.ts (a rendering library, which the pure core does
 * not import; that map is typed Record<Locale, …>, so the compiler asks for it).
 * Then run `npm test`: the language test checks that no word is empty.
 */
import { da } from "./da.js";
import { en } from "./en.js";
import { fi } from "./fi.js";
import type { Language } from "./language.js";
import { nb } from "./nb.js";
import { nn } from "./nn.js";
import { sv } from "./sv.js";

export const LANGUAGES = { nb, nn, sv, da, fi, en } satisfies Record<string, Language>;

/** A language code as programs write it (`locale: nb`). */
export type Locale = keyof typeof LANGUAGES;

/** Every locale, in the map's order (the order the schema and the help list them). */
export const LOCALES = Object.keys(LANGUAGES) as [Locale, ...Locale[]];

export const languageOf = (locale: Locale): Language => LANGUAGES[locale];
