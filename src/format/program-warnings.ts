/**
 * The warnings of a program that a command other than validate loaded: one
 * line each on stderr, with the location validate would show, so that a
 * coordinator sees them wherever the program is used. In the program's
 * language (or --lang) when given: the word "warning", and the words of
 * every warning that carries a detail; the code stays English, and validate
 * keeps its English messages.
 */
import type { LocatedFinding } from "../core/findings.js";
import { type Locale, languageOf } from "../core/language/index.js";
import { fitError } from "./input-error.js";
import { sentenceDate } from "./schedule/warning-words.js";
import { terminalText } from "./terminal-text.js";

/** A warning's words in `locale`; its English message when it has no detail. */
export const warningWords = (f: LocatedFinding, locale: Locale): string => {
  const d = f.detail;
  if (!d) return f.message;
  const language = languageOf(locale);
  const w = language.warnings;
  const text = (() => {
    switch (d.kind) {
      case "module-weekend":
        return w.moduleWeekend(d.module, d.weekday, sentenceDate(language, d.date));
      case "module-holiday":
        return w.moduleHoliday(
          d.module,
          w.holidayName(d.holiday),
          sentenceDate(language, d.date),
          d.country,
        );
      case "spread-max-unfillable":
        return w.spreadMaxUnfillable(d.field, d.capacity, d.total);
      case "choices-undeclared":
        return w.choicesUndeclared(d.classes);
      case "choices-without-classes":
        return w.choicesWithoutClasses(d.intakes);
      case "illustrative-unknown-key":
        return w.illustrativeUnknownKey(d.key);
      case "yaml-binary":
        return w.yamlBinary;
      case "yaml-unknown-tag":
        return w.yamlUnknownTag(d.tag);
      case "yaml-value-changed":
        return w.yamlValueChanged(d.raw, d.value);
    }
  })();
  const s = f.scope;
  if (!s) return text;
  return `${s.class === undefined ? w.intake(s.intake) : w.intakeClass(s.intake, s.class)}: ${text}`;
};

/**
 * One line per warning; on a terminal of `width` columns each wraps at
 * spaces, continuing two spaces in, the file name kept whole, so that every
 * warning still starts with its label and `file:line:column:`. Without a
 * width, the bytes scripts have always read.
 */
export const programWarningLines = (
  warnings: readonly LocatedFinding[],
  locale?: Locale,
  width?: number,
): string => {
  const label = locale ? languageOf(locale).decision.summary.warning : "warning";
  return warnings
    .map((f) => {
      const line = `${label}: ${f.file}:${f.line}:${f.column}: ${locale ? warningWords(f, locale) : f.message} (${f.code})`;
      return `${width === undefined ? line : fitError(terminalText(line), width, [terminalText(f.file)])}\n`;
    })
    .join("");
};
