/**
 * Everything cohort needs to speak one language: the shape each module in
 * this folder (nb.ts, nn.ts, …) fills in, so that the compiler names every
 * word a new language still lacks.
 */
import type { Country } from "../vocabulary.js";
import type { CellProblemWords } from "./cell-problem-words.js";
import type { CompletionWords } from "./completion-words.js";
import type { DateWords, DecisionWords } from "./decision-words.js";
import type { InitWords } from "./init-words.js";
import type { InputErrorWords } from "./input-error-words.js";
import type { InvalidProgramWords } from "./invalid-program-words.js";
import type { LetterNoteWords } from "./letter-note-words.js";
import type { LetterWords } from "./letter-words.js";
import type { ListWords } from "./list-words.js";
import type { ProgressWords } from "./progress-words.js";
import type { RosterProblemWords } from "./roster-problem-words.js";
import type { RuleWords } from "./rule-words.js";
import type { ScheduleLabels } from "./schedule-labels.js";
import type { StarterWords } from "./starter-words.js";
import type { TeamWords } from "./team-words.js";
import type { TemplateFaultWords } from "./template-fault-words.js";
import type { TerminalWords } from "./terminal-words.js";
import type { WarningWords } from "./warning-words.js";
import type { XlsxDamageWords } from "./xlsx-damage-words.js";

export interface Language {
  /** The country whose public holidays a program in this language most likely follows (init's default). */
  country: Country;
  /** Eligibility rules described in check reasons, explanations and on the program page. */
  rules: RuleWords;
  /** A date inside a sentence (rule reasons): "12. april 2027". */
  dates: DateWords;
  /** Verdicts, outcomes, reasons, tables, summaries and workbooks of check and allocate. */
  decision: DecisionWords;
  /** Headings and labels of the schedule pages and calendar entries. */
  schedule: ScheduleLabels;
  /** Comments and example values of the starter program file. */
  starter: StarterWords;
  /** Decision letters: default templates per outcome and the sentences they are filled with. */
  letters: LetterWords;
  /** What `cohort letters` says on stderr: warnings about its inputs, the closing lines. */
  letterNotes: LetterNoteWords;
  /** Rosters and progress after admission: headers, statuses, unmet requirements. */
  progress: ProgressWords;
  /** Leader groups: check's problems and warnings, a member's reason, the column. */
  teams: TeamWords;
  /** Completion letters after a filled roster: certificates, reminders, what is still possible. */
  completion: CompletionWords;
  /** Lines only a terminal gets: a table shown in part, the status line while a list is read. */
  terminal: TerminalWords;
  /** What `cohort init` says on stderr, and its refusal of an argument that is not a program id. */
  init: InitWords;
  /** Why a letter template cannot be used: its frame, what it names, its Mustache syntax. */
  templateFaults: TemplateFaultWords;
  /** What is damaged in a workbook that cannot be read (the end of the xlsx-damaged error). */
  xlsxDamage: XlsxDamageWords;
  /** The rarer problems of a cell of the list: impossible dates, invisible characters, unsaved formulas, choices. */
  cellProblems: CellProblemWords;
  /** What is wrong with a filled roster (progress), and the line `cohort roster` writes. */
  rosterProblems: RosterProblemWords;
  /** `cohort list` for people: headers, statuses, the line under the table. */
  list: ListWords;
  /** Warnings of schedules, and about program files where commands other than validate print them. */
  warnings: WarningWords;
  /** Why an input stopped the run (src/core/input-problems.ts): the errors main.ts prints. */
  inputErrors: InputErrorWords;
  /** The frame of an invalid program file, when a command other than validate stops on one. */
  invalidProgram: InvalidProgramWords;
}
