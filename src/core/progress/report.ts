/**
 * A progress run as data: each participant's standing with every requirement
 * checked, the problems of the roster, and per module how many attended.
 * Formats word it; nothing here is worded but the rule reasons, which the
 * rule engine writes in the program's language (the problems are codes with
 * params, problems.ts).
 */
import type { IsoDate } from "../calendar/date.js";
import type { Locale } from "../language/index.js";
import { PROGRESS_STATUSES, type ProgressStatus } from "../language/progress-words.js";
import type { Program } from "../program/schema.js";
import type { RosterProblem } from "./problems.js";
import type { ParticipantRecord, RosterLayout } from "./read.js";

export type { RosterProblem } from "./problems.js";

import { type CheckedRequirements, type RequirementResult, standingOf } from "./status.js";

export interface ParticipantProgress {
  id: string;
  line: number;
  class: { id: string; label: string; site: string } | null;
  status: ProgressStatus;
  /** Every requirement, met or not, in the program's order; empty when the row could not be read. */
  results: RequirementResult[];
  problems: RosterProblem[];
}

export interface ModuleAttendance {
  id: string;
  title: string;
  start: IsoDate;
  end: IsoDate;
  days: number;
  /** The classes whose module it is; empty without classes. */
  classes: string[];
  held: boolean;
  /** Participants whose module it is. */
  participants: number;
  /** Cells filled in. */
  recorded: number;
  /** Participants who attended at least one day. */
  attended: number;
}

export interface ProgressReport {
  program: string;
  locale: Locale;
  intake: string | null;
  asOf: IsoDate;
  participants: ParticipantProgress[];
  modules: ModuleAttendance[];
  /** Problems of the header (columns that read like a module but match none). */
  problems: RosterProblem[];
  summary: Record<ProgressStatus, number>;
  /** Requirements checked by hand: no attendance, no rule. */
  byHand: { id: string; text: string }[];
}

/** The admitted participants of an audit record, to check a roster against (`--audit`). */
export interface AdmittedCheck {
  /** The record as shown to the user. */
  file: string;
  /** Id -> the class the record places them in (null: no classes). */
  classOf: ReadonlyMap<string, string | null>;
}

const auditProblems = (
  admitted: AdmittedCheck,
  layout: RosterLayout,
  r: ParticipantRecord,
): RosterProblem[] => {
  if (r.id === "") return [];
  if (!admitted.classOf.has(r.id))
    return [
      {
        kind: "not-admitted",
        code: "not-admitted",
        params: { id: r.id, file: admitted.file },
        line: r.line,
        column: layout.idIndex + 1,
        header: layout.idColumn,
        value: r.id,
      },
    ];
  const placed = admitted.classOf.get(r.id) ?? null;
  const own = r.group >= 0 ? layout.groups[r.group]!.id : null;
  if (placed === null || own === null || placed === own || layout.classIndex < 0) return [];
  return [
    {
      kind: "other-class",
      code: "other-class",
      params: {
        id: r.id,
        file: admitted.file,
        placed,
        own,
        recorded: layout.groups.find((g) => g.id === placed)?.label ?? placed,
      },
      line: r.line,
      column: layout.classIndex + 1,
      header: layout.header[layout.classIndex] ?? "",
      value: own,
    },
  ];
};

export const progressReport = (args: {
  program: Program;
  intake: string | null;
  layout: RosterLayout;
  checked: CheckedRequirements;
  records: readonly ParticipantRecord[];
  headerProblems: readonly RosterProblem[];
  asOf: IsoDate;
  /** With `--audit`: every participant must be admitted there, in the class it names. */
  admitted?: AdmittedCheck;
}): ProgressReport => {
  const { layout, checked, records, asOf } = args;
  const rowsOf = new Map<string, number[]>();
  for (const r of records) {
    if (r.id === "") continue;
    const lines = rowsOf.get(r.id);
    if (lines) lines.push(r.line);
    else rowsOf.set(r.id, [r.line]);
  }
  const participants = records.map((r): ParticipantProgress => {
    const problems: RosterProblem[] = [
      ...r.problems,
      ...(args.admitted ? auditProblems(args.admitted, layout, r) : []),
    ];
    const lines = rowsOf.get(r.id) ?? [];
    if (lines.length > 1)
      problems.push({
        kind: "duplicate",
        code: "duplicate",
        params: { rows: lines },
        line: r.line,
        column: layout.idIndex + 1,
        header: layout.idColumn,
        value: r.id,
      });
    const group = r.group >= 0 ? layout.groups[r.group]! : undefined;
    const cls =
      group && group.id !== null
        ? { id: group.id, label: group.label ?? group.id, site: group.site ?? "" }
        : null;
    if (problems.length > 0 || !group)
      return { id: r.id, line: r.line, class: cls, status: "invalid", results: [], problems };
    const standing = standingOf(checked, group.modules, r.attended, r.values, asOf);
    return {
      id: r.id,
      line: r.line,
      class: cls,
      status: standing.status,
      results: standing.results,
      problems,
    };
  });
  const modules = layout.modules.map(({ column }): ModuleAttendance => {
    const m = column.module;
    let participants = 0;
    let recorded = 0;
    let attended = 0;
    for (const r of records) {
      if (r.group < 0 || !column.groups.includes(r.group)) continue;
      const own = layout.groups[r.group]!.modules;
      const at = own.findIndex(
        (o) => o.start === m.start && o.title === m.title && o.days === m.days,
      );
      participants++;
      const days = r.attended[at] ?? null;
      if (days !== null) recorded++;
      if (days !== null && days > 0) attended++;
    }
    return {
      id: m.id,
      title: m.title,
      start: m.start,
      end: m.end,
      days: m.days,
      classes: column.groups.flatMap((g) => {
        const id = layout.groups[g]!.id;
        return id === null ? [] : [id];
      }),
      held: m.end <= asOf,
      participants,
      recorded,
      attended,
    };
  });
  const summary = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<
    ProgressStatus,
    number
  >;
  for (const p of participants) summary[p.status]++;
  return {
    program: args.program.id,
    locale: args.program.locale,
    intake: args.intake,
    asOf,
    participants,
    modules,
    problems: [...args.headerProblems],
    summary,
    byHand: (args.program.requirements ?? [])
      .filter((r) => !r.attendance && !r.rule)
      .map((r) => ({ id: r.id, text: r.text })),
  };
};

/** 0 when everyone has completed or is on track and the roster read cleanly; 1 otherwise. */
export const progressClean = (report: ProgressReport): boolean =>
  report.problems.length === 0 &&
  report.participants.every((p) => p.status === "completed" || p.status === "on-track");
