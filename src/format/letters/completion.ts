/**
 * Completion letters: what their placeholders are filled with
 * (docs/commands/letters.md lists them) and the folder they are written to.
 * The unmet requirements are the very sentences `cohort progress` prints;
 * what is still possible comes from the same counts.
 */
import type { IsoDate } from "../../core/calendar/date.js";
import type { CompletionWords } from "../../core/language/completion-words.js";
import { languageOf } from "../../core/language/index.js";
import type { CompletionDocument, CompletionEntry } from "../../core/letters/completion.js";
import { isMailAddress } from "../../core/letters/email.js";
import type { DatedModule } from "../../core/program/model.js";
import type { RequirementResult } from "../../core/progress/status.js";
import { unmetOf } from "../progress/words.js";
import { letterDate, letterDateRange } from "./dates.js";
import { folderFiles, type LetterFile } from "./folder.js";
import type { LetterFormat } from "./names.js";
import { renderLetter } from "./render.js";
import type { Placeholders } from "./template.js";
import { MODULE_KEYS, moduleView, PROGRAM_KEYS, programView } from "./view.js";

const COMPLETION_MODULE_KEYS = new Set([...MODULE_KEYS, "attendedDays", "attendance"]);
const MODULE_LISTS = ["modules", "attended", "missed", "upcoming"];
const TEXT_LISTS = ["met", "unmet", "possible", "outOfReach", "byHand"];
const TOP = [
  "name",
  "email",
  "id",
  "status",
  "class",
  "site",
  "date",
  "asOf",
  "period",
  "daysAttended",
  "daysTotal",
  ...TEXT_LISTS,
  "hasAttended",
  "hasMissed",
  "hasUpcoming",
  "hasMet",
  "hasUnmet",
  "hasPossible",
  "hasOutOfReach",
  "hasByHand",
];

export const completionPlaceholders = (doc: CompletionDocument): Placeholders => {
  const top = new Map<string, ReadonlySet<string> | null>(TOP.map((n) => [n, null]));
  top.set("program", PROGRAM_KEYS);
  top.set("participant", new Set(doc.carry.map((c) => c.column)));
  for (const list of MODULE_LISTS) top.set(list, COMPLETION_MODULE_KEYS);
  return { top, objects: new Map(MODULE_LISTS.map((l) => [l, COMPLETION_MODULE_KEYS])) };
};

/** For each unmet requirement still within reach: what it still takes. */
const possibleOf = (
  doc: CompletionDocument,
  entry: CompletionEntry,
  r: RequirementResult,
  words: CompletionWords["possible"],
): string[] => {
  if (r.met || !r.reachable) return [];
  const out: string[] = [];
  if (r.kind === "attendance") {
    const c = r.count;
    const more = c.needed - c.actual;
    if (more > 0) {
      if (c.measure === "modules") out.push(words.modules(r.text, more, c.possible - c.actual));
      else if (c.measure === "mandatory") {
        const among = doc.program.requirements?.find((q) => q.id === r.id)?.attendance?.among;
        const titles = entry.modules
          .filter(
            (m, i) =>
              m.mandatory &&
              (!among || among.includes(m.id)) &&
              entry.attended[i] === null &&
              m.end > doc.report.asOf,
          )
          .map((m) => m.title);
        out.push(words.mandatory(r.text, titles));
      } else out.push(words.days(r.text, more, c.possible - c.actual));
    }
    if (r.rule && !r.rule.met) out.push(words.rule(r.text));
  } else if (r.kind === "rule") out.push(words.rule(r.text));
  return out;
};

export interface CompletionOptions {
  /** The day the letters are dated (the Date header and `{{date}}`). */
  date: IsoDate;
}

export const completionView = (
  doc: CompletionDocument,
  entry: CompletionEntry,
  options: CompletionOptions,
): Record<string, unknown> => {
  const { program, report } = doc;
  const locale = report.locale;
  const language = languageOf(locale);
  const p = entry.progress;
  const held = (m: DatedModule) => m.end <= report.asOf;
  const modules = entry.modules.map((m, i) => {
    const days = entry.attended[i] ?? null;
    return {
      module: m,
      days,
      view: {
        ...moduleView(m, locale),
        attendedDays: days === null ? "" : String(days),
        attendance:
          m.days > 1 && days !== null ? language.completion.daysAttended(days, m.days) : "",
      },
    };
  });
  const attended = modules.filter((m) => (m.days ?? 0) > 0);
  const missed = modules.filter((m) => held(m.module) && !((m.days ?? 0) > 0));
  const upcoming = modules.filter((m) => !held(m.module) && m.days === null);
  const met = p.results.filter((r) => r.met && r.kind !== "by-hand").map((r) => r.text);
  const unmet = unmetOf(report, p);
  const possible = p.results.flatMap((r) =>
    possibleOf(doc, entry, r, language.completion.possible),
  );
  const outOfReach = p.results.filter((r) => !r.met && !r.reachable).map((r) => r.text);
  const byHand = p.results.filter((r) => r.kind === "by-hand").map((r) => r.text);
  const first = entry.modules[0];
  const last = [...entry.modules]
    .sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0))
    .at(-1);
  return {
    program: programView(program),
    participant: Object.fromEntries(doc.carry.map((c, i) => [c.column, entry.carried[i] ?? ""])),
    name: doc.nameAt < 0 ? "" : (entry.carried[doc.nameAt] ?? ""),
    email: doc.emailAt < 0 ? "" : (entry.carried[doc.emailAt] ?? ""),
    id: p.id,
    status: language.progress.status[p.status],
    class: p.class?.label ?? "",
    site: p.class ? p.class.site : (first?.location ?? ""),
    date: letterDate(options.date, locale),
    asOf: letterDate(report.asOf, locale),
    period: first && last ? letterDateRange(first.start, last.end, locale) : "",
    daysAttended: String(attended.reduce((n, m) => n + (m.days ?? 0), 0)),
    daysTotal: String(entry.modules.reduce((n, m) => n + m.days, 0)),
    modules: modules.map((m) => m.view),
    attended: attended.map((m) => m.view),
    missed: missed.map((m) => m.view),
    upcoming: upcoming.map((m) => m.view),
    met,
    unmet,
    possible,
    outOfReach,
    byHand,
    hasAttended: attended.length > 0,
    hasMissed: missed.length > 0,
    hasUpcoming: upcoming.length > 0,
    hasMet: met.length > 0,
    hasUnmet: unmet.length > 0,
    hasPossible: possible.length > 0,
    hasOutOfReach: outOfReach.length > 0,
    hasByHand: byHand.length > 0,
  };
};

/** The recipient's address, or null when the cell is empty or not one address. */
export const completionRecipient = (doc: CompletionDocument, entry: CompletionEntry) => {
  const cell = doc.emailAt < 0 ? "" : (entry.carried[doc.emailAt] ?? "");
  return isMailAddress(cell) ? cell : null;
};

export interface CompletionFilesOptions extends CompletionOptions {
  format: LetterFormat;
  from: { name: string; address: string };
}

export const completionFiles = (
  doc: CompletionDocument,
  options: CompletionFilesOptions,
): Generator<LetterFile, void, undefined> =>
  folderFiles(
    doc.entries.map((e) => e.progress.id),
    (i) => {
      const entry = doc.entries[i]!;
      return {
        kind: entry.progress.status,
        letter: renderLetter(
          doc.templates[entry.progress.status].template,
          completionView(doc, entry, options),
        ),
        to: completionRecipient(doc, entry),
        name: doc.nameAt < 0 ? "" : (entry.carried[doc.nameAt] ?? ""),
      };
    },
    {
      format: options.format,
      date: options.date,
      from: options.from,
      language: doc.report.locale,
      seed: doc.rosterSha256,
      kindColumn: "status",
    },
  );
