/**
 * A schedule warning in the program's language, for the table and markdown
 * (JSON keeps the English `message`): its words from the language registry,
 * its dates written the local way ("6. mars 2027").
 */
import { parseIsoDate } from "../../core/calendar/date.js";
import type { Language } from "../../core/language/language.js";
import type { ScheduleWarning } from "../../core/schedule/warnings.js";

/** A date inside a sentence, the language's way. */
export const sentenceDate = (language: Language, date: string): string => {
  const parts = parseIsoDate(date);
  return parts ? language.dates(parts.year, parts.month, parts.day) : date;
};

export const warningText = (w: ScheduleWarning, language: Language): string => {
  const words = language.warnings;
  const dates = w.dates.map((d) => sentenceDate(language, d)).join(", ");
  const { title, otherTitle = "", otherProgram = "" } = w.about;
  switch (w.code) {
    case "module-weekend":
      return words.weekend(title, dates);
    case "module-holiday": {
      const holidays = w.about.holidays ?? [];
      const named = holidays
        .map((h) => `${words.holidayName(h.name)} (${sentenceDate(language, h.date)})`)
        .join(", ");
      return w.about.country
        ? words.holiday(title, named, holidays.length, w.about.country)
        : w.message;
    }
    case "module-overlap":
      return words.overlap(title, otherTitle, dates);
    case "program-overlap":
      return words.programOverlap(title, otherTitle, otherProgram, dates);
  }
};
