/**
 * Completion letters as data: one entry per participant of a progress run
 * who gets a letter (a certificate for `completed`, a reminder for `at-risk`,
 * a letter saying what was not met for `not-completed`, a status letter for
 * `on-track` only when asked for), with the modules of their class and the
 * days they attended. A participant whose row could not be read gets none:
 * nothing is guessed.
 */
import type { CompletionOutcome } from "../language/completion-words.js";
import type { DatedModule } from "../program/model.js";
import type { Program } from "../program/schema.js";
import type { ParticipantRecord, RosterLayout } from "../progress/read.js";
import type { ParticipantProgress, ProgressReport } from "../progress/report.js";
import type { CarriedColumn, LetterTemplateSource, PassedOverTemplates } from "./letter.js";

export interface CompletionEntry {
  progress: ParticipantProgress & { status: CompletionOutcome };
  /** The modules of the participant's class (or of the intake), in calendar order. */
  modules: readonly DatedModule[];
  /** Days attended of each of `modules`; null: not filled in. */
  attended: readonly (number | null)[];
  /** The carried columns' cells, in the order of `CompletionDocument.carry`. */
  carried: readonly string[];
}

export interface CompletionDocument {
  /** The program (the intake's view of it, for a program with intakes). */
  program: Program;
  report: ProgressReport;
  /** The roster as shown to the user, for warnings. */
  roster: string;
  /** The row of the roster's header, for a warning about a column it lacks. */
  headerLine: number;
  /** SHA-256 of the roster's bytes: what Message-IDs are made from. */
  rosterSha256: string;
  /** The inputs as absolute paths: never to be written over. */
  inputs: string[];
  carry: CarriedColumn[];
  /** Position in `carry` of the e-mail and the name column, or -1. */
  emailAt: number;
  nameAt: number;
  /** In the roster's order. */
  entries: CompletionEntry[];
  templates: Record<CompletionOutcome, LetterTemplateSource>;
  /** Participants of the run without a letter: on track (without `all`), rows that could not be read. */
  without: { onTrack: number; invalid: number };
  /** The program's own templates this run did not use (with --lang), if any. */
  passedOver?: PassedOverTemplates | undefined;
}

export interface CompletionChoice {
  /** Status letters for the participants on track too. */
  all: boolean;
  /** Only the participants of this class (its id). */
  class?: string | undefined;
}

/** The participants who get a letter, in the roster's order, and how many do not. */
export const completionEntries = (
  report: ProgressReport,
  records: readonly ParticipantRecord[],
  layout: RosterLayout,
  carried: readonly (readonly string[])[],
  choice: CompletionChoice,
): { entries: CompletionEntry[]; without: CompletionDocument["without"] } => {
  const entries: CompletionEntry[] = [];
  const without = { onTrack: 0, invalid: 0 };
  report.participants.forEach((p, i) => {
    if (choice.class !== undefined && p.class?.id !== choice.class) return;
    if (p.status === "invalid") {
      without.invalid++;
      return;
    }
    if (p.status === "on-track" && !choice.all) {
      without.onTrack++;
      return;
    }
    const record = records[i]!;
    entries.push({
      progress: p as CompletionEntry["progress"],
      modules: layout.groups[record.group]!.modules,
      attended: record.attended,
      carried: carried[i] ?? [],
    });
  });
  return { entries, without };
};
