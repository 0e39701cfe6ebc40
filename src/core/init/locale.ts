/**
 * The locale and country of a new program file, from the user's environment
 * (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them) when not given.
 */
import { LOCALES, type Locale } from "../language/index.js";
import { COUNTRIES, type Country } from "../vocabulary.js";

// "no" is the macrolanguage code some systems use for Norwegian Bokmål.
const ALIASES: Record<string, Locale> = { no: "nb" };

export interface EnvironmentLocale {
  locale: Locale;
  /** The territory of the environment's locale, when it is a supported country (sv_FI -> FI). */
  country?: Country;
}

/** Reads `nb_NO.UTF-8`, `sv_FI`, `da`, `C.UTF-8`: unknown or unset falls back to en. */
export const environmentLocale = (
  env: Readonly<Record<string, string | undefined>>,
): EnvironmentLocale => {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  const match = /^([a-z]{2,3})(?:_([A-Z]{2}))?/.exec(value ?? "");
  const language = match?.[1] ?? "";
  const locale = (LOCALES as readonly string[]).includes(language)
    ? (language as Locale)
    : ALIASES[language];
  if (!locale) return { locale: "en" };
  const territory = match?.[2];
  return territory && (COUNTRIES as readonly string[]).includes(territory)
    ? { locale, country: territory as Country }
    : { locale };
};
