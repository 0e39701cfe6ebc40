/**
 * What a letter's placeholders are filled with (docs/commands/letters.md
 * lists them): the applicant's carried columns, the outcome and its reasons in
 * the program's language, the program, its first module and the dates.
 */
import type { CellProblem } from "../../core/applicants/layout.js";
import { addDays, type IsoDate } from "../../core/calendar/date.js";
import { languageOf } from "../../core/language/index.js";
import type { LetterWords } from "../../core/language/letter-words.js";
import type { LetterEntry, LettersDocument } from "../../core/letters/letter.js";
import type { Program, ProgramModule } from "../../core/program/schema.js";
import { letterDate, letterDateRange } from "./dates.js";
import type { Placeholders } from "./template.js";

export interface LetterOptions {
  /** The day the letters are dated (the Date header and `{{date}}`). */
  date: IsoDate;
  /** The answer deadline (`{{replyBy}}`), when given. */
  replyBy?: IsoDate;
}

export const MODULE_KEYS = new Set(["title", "start", "end", "dates", "location", "days"]);
export const PROGRAM_KEYS = new Set(["name", "owner", "provider", "url", "id"]);

/** A module as the placeholders inside `{{#modules}}` see it. */
export const moduleView = (
  m: { title: string; start: IsoDate; end: IsoDate; days: number; location?: string | undefined },
  locale: Program["locale"],
) => ({
  title: m.title,
  start: letterDate(m.start, locale),
  end: m.end === m.start ? "" : letterDate(m.end, locale),
  dates: letterDateRange(m.start, m.end, locale),
  location: m.location ?? "",
  days: String(m.days),
});

/** The program as `{{program.…}}` sees it. */
export const programView = (program: Program) => ({
  id: program.id,
  name: program.name,
  owner: program.owner,
  provider: program.provider ?? "",
  url: program.url ?? "",
});
const TOP = [
  "name",
  "email",
  "id",
  "outcome",
  "code",
  "reason",
  "reasons",
  "quota",
  "rank",
  "position",
  "positionInQuota",
  "class",
  "site",
  "deadline",
  "replyBy",
  "date",
];

export const placeholdersOf = (doc: LettersDocument): Placeholders => {
  const top = new Map<string, ReadonlySet<string> | null>(TOP.map((n) => [n, null]));
  top.set("program", PROGRAM_KEYS);
  top.set("applicant", new Set(doc.carry.map((c) => c.column)));
  top.set("firstModule", MODULE_KEYS);
  top.set("modules", MODULE_KEYS);
  return {
    top,
    objects: new Map([
      ["firstModule", MODULE_KEYS],
      ["modules", MODULE_KEYS],
    ]),
  };
};

const endOf = (m: ProgramModule): IsoDate => m.end ?? addDays(m.start, (m.days ?? 1) - 1);

const problemWords = (
  p: CellProblem,
  idColumn: string,
  choiceColumns: ReadonlySet<string>,
  words: LetterWords["problem"],
): string =>
  p.column === ""
    ? words.row
    : p.column === idColumn && p.value !== ""
      ? words.duplicate(p.column, p.value)
      : p.value === ""
        ? words.missing(p.column)
        : choiceColumns.has(p.column)
          ? words.choice(p.column, p.value)
          : words.unreadable(p.column, p.value);

/**
 * A held seat's sentence, ending with what it was held for besides when the
 * allocation named more (a quota together with a minimum, every seat to be
 * filled); the sentence as it was otherwise.
 */
const heldSentence = (
  sentence: string,
  quotas: readonly string[],
  total: number | null,
  words: LetterWords["waitlist"],
): string => {
  const also = words.heldAlso(quotas, total);
  return also === "" ? sentence : `${sentence.replace(/\.$/, "")}${also}.`;
};

const waitlistWords = (
  entry: LetterEntry,
  quota: string | null,
  words: LetterWords["waitlist"],
  quotaLabel: (id: string) => string,
): string => {
  switch (entry.code) {
    case "GROUP_FULL":
      return words.groupFull(quota);
    case "SPREAD_CAP":
      return words.spreadCap(entry.spreadValue ?? "");
    case "HELD_FOR_MIN":
      return heldSentence(
        words.heldForMin,
        (entry.heldWith?.quotas ?? []).map(quotaLabel),
        entry.heldWith?.total ?? null,
        words,
      );
    case "HELD_FOR_QUOTA":
      // The sentence speaks of the program's quotas already: T is what it may add.
      return heldSentence(words.heldForQuota, [], entry.heldWith?.total ?? null, words);
    case "SEATS_FULL":
      return words.seatsFull;
    default:
      return "";
  }
};

/** The parts of a view every letter of a document shares. */
export const sharedView = (doc: LettersDocument, options: LetterOptions) => {
  const { program } = doc;
  const locale = program.locale;
  const modulesOf = (list: Program["modules"]) =>
    [...(list ?? [])]
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
      .map((m) => moduleView({ ...m, end: endOf(m), days: m.days ?? 1 }, locale));
  const modules = modulesOf(program.modules);
  // Per class of an intake with classes: its label, site and own dates
  // (the intake's when it has none).
  const classes = new Map(
    doc.classes.map((c) => {
      const own = c.modules ? modulesOf(c.modules) : modules;
      return [
        c.id,
        { class: c.label, site: c.site, modules: own, firstModule: own[0] ?? null },
      ] as const;
    }),
  );
  return {
    classes,
    program: programView(program),
    modules,
    firstModule: modules[0] ?? null,
    // Without classes the site is where the first module is held.
    site: modules[0]?.location ?? "",
    class: "",
    deadline: program.application?.deadline ? letterDate(program.application.deadline, locale) : "",
    replyBy: options.replyBy ? letterDate(options.replyBy, locale) : "",
    date: letterDate(options.date, locale),
  };
};

export const viewOf = (
  doc: LettersDocument,
  entry: LetterEntry,
  shared: ReturnType<typeof sharedView>,
): Record<string, unknown> => {
  const words = languageOf(doc.program.locale).letters;
  const choices = doc.program.applicants?.choices;
  const choiceColumns = new Set(choices?.columns ?? (choices?.column ? [choices.column] : []));
  const quotas = doc.program.seats?.quotas ?? [];
  const quotaLabel = (id: string) => quotas.find((q) => q.id === id)?.label ?? id;
  const quota = entry.quota === null ? null : quotaLabel(entry.quota);
  const reasons =
    entry.outcome === "ineligible"
      ? [...entry.reasons]
      : entry.outcome === "invalid"
        ? entry.problems.map((p) => problemWords(p, doc.idColumn, choiceColumns, words.problem))
        : [];
  const applicant = Object.fromEntries(doc.carry.map((c, i) => [c.column, entry.carried[i] ?? ""]));
  const { classes, ...common } = shared;
  const placed = entry.class === null ? undefined : classes.get(entry.class);
  return {
    ...common,
    ...(placed ?? {}),
    applicant,
    name: doc.nameAt < 0 ? "" : (entry.carried[doc.nameAt] ?? ""),
    email: doc.emailAt < 0 ? "" : (entry.carried[doc.emailAt] ?? ""),
    id: entry.id,
    outcome: words.outcome[entry.outcome],
    code: entry.code,
    reason:
      entry.outcome === "waitlisted"
        ? waitlistWords(entry, quota, words.waitlist, quotaLabel)
        : reasons.join("; "),
    reasons,
    quota: quota ?? "",
    rank: entry.rank === null ? "" : String(entry.rank),
    position: entry.position ? String(entry.position.overall) : "",
    positionInQuota: entry.position ? String(entry.position.inGroup) : "",
  };
};
