/**
 * The allocation as data for every format: one row per applicant (admitted,
 * waitlisted, declined, ineligible, invalid), each with a code and plain words, and a
 * summary per quota and per spread value. Rows come in a stable order that
 * does not depend on the order of the list: admitted, waitlisted and declined by rank,
 * then ineligible and invalid by id and line.
 *
 * The rows are not built up front: `Decision.rows` makes each row from the
 * allocation result as a format pulls it (DecisionRows), so a million
 * applicants are written without a million row objects held at once.
 */

import type {
  AllocationResult,
  ChoiceRefusal,
  Outcome,
  OutcomeColumns,
  Reason,
  Relaxation,
} from "../allocation/types.js";
import { describeProblem } from "../applicants/problem-words.js";
import type { RelaxationWords } from "../language/decision-words.js";
import { type Locale, languageOf } from "../language/index.js";
import type { Program } from "../program/schema.js";
import { type NotCompeting, NotCompetingList } from "./not-competing.js";
import type { TeamBlocker } from "./teams.js";
import { describeReason } from "./words.js";

export type { NotCompeting } from "./not-competing.js";
export { NotCompetingList } from "./not-competing.js";

export type OutcomeKind = "admitted" | "waitlisted" | "declined" | "ineligible" | "invalid";

export interface DecisionRow {
  id: string;
  outcome: OutcomeKind;
  quota: string | null;
  /** Place in the rank order of eligible applicants, 1-based. */
  rank: number | null;
  /** Waitlist place, overall and within the quota group. */
  position: { overall: number; inGroup: number } | null;
  code: string;
  reason: string;
  /**
   * The reason's params as the allocation decided them (the counts and names
   * the words are made from); only for the competing (admitted, waitlisted,
   * declined). For the audit record; not in `--format json`.
   */
  params?: Reason["params"];
  transferred: boolean;
  /** Set by a top-up: offered a seat in this round. */
  newlyOffered: boolean;
  /** With classes: the applicant's choices (class ids, sites, "*" for any), best first. */
  choices?: readonly string[];
  /** With classes, admitted: the class (id) and the 1-based choice met. */
  class?: string;
  choice?: number;
  /** With classes: why each better choice (every choice, for the waitlisted) was not possible. */
  choiceReasons?: ChoiceRow[];
  /** With classes: place on the waitlist of each of those choices. */
  positions?: { choice: number; id: string; position: number }[];
  /**
   * The leader group the applicant applied with, null when alone; present
   * only when the program declares leader groups (`applicants.team`).
   */
  group?: string | null;
  /** The carried columns' cells, in the order of `Decision.carry`; only when columns are carried. */
  carried?: readonly string[];
  /**
   * HELD_FOR_MIN and HELD_FOR_QUOTA: the quotas (ids) and T (`total`) the
   * seat is held for together with the first target, when there are any
   * (the reason's words name them). For the letters; not in the JSON.
   */
  heldWith?: HeldWith;
}

/** Why one choice was not possible, in words. */
export interface ChoiceRow {
  choice: number;
  id: string;
  code: string;
  reason: string;
  /** The refusal's params, for the audit record (as the row's `params`). */
  params?: ChoiceRefusal["reason"]["params"];
}

/** The other targets a held seat is held for: quotas by id, and T when every seat must be filled. */
export interface HeldWith {
  quotas: readonly string[];
  total: number | null;
}

/** What a held reason names besides its first target, or undefined when nothing. */
export const heldWithOf = (o: Reason): HeldWith | undefined => {
  if (o.code === "HELD_FOR_MIN") {
    const quotas = o.params.quotas ?? [];
    const total = o.params.total ?? null;
    return quotas.length > 0 || total !== null ? { quotas, total } : undefined;
  }
  if (o.code === "HELD_FOR_QUOTA") {
    const { quota } = o.params;
    const quotas = o.params.quotas.filter((q) => q !== quota);
    const total = o.params.total ?? null;
    return quotas.length > 0 || total !== null ? { quotas, total } : undefined;
  }
  return undefined;
};

/** A parallel class as the words need it. */
export interface DecisionClass {
  id: string;
  label: string;
  site: string;
}

/**
 * Every applicant's row, in decision order, made as it is read: iterate as
 * often as needed, each pass gives the same rows (fresh objects, so a format
 * may keep those it needs). Nothing per row is held but the allocation
 * result and the columns of those not competing.
 */
export interface DecisionRows extends Iterable<DecisionRow> {
  /** How many rows there are. */
  readonly length: number;
  /** The rows of one outcome, in decision order (a pass over that outcome's rows only). */
  of(outcome: OutcomeKind): Iterable<DecisionRow>;
}

export interface DecisionSummary {
  seats: number;
  target: number;
  admitted: number;
  waitlisted: number;
  /** Declined a seat they were offered (after --declined). */
  declined: number;
  ineligible: number;
  invalid: number;
  /**
   * Rows of the list empty in every cell, skipped (not applicants). Present
   * only when there were any: audit records of lists without them read as before.
   */
  emptyRows?: number;
  quotas: {
    id: string | null;
    label: string;
    seats: number | null;
    target: number | null;
    admitted: number;
    transferred: number;
  }[];
  /** The first spread field (the only one, mostly); null without a spread. */
  spread: { field: string; values: SpreadValueSummary[] } | null;
  /**
   * Every spread field, in the program's order, when there is more than one
   * (`spread` is then the first). Absent otherwise, so that the summaries
   * and audit records of programs with one field read as before.
   */
  spreads?: { field: string; label: string; values: SpreadValueSummary[] }[];
  /** `field` is set, for a spread value, when the program spreads more than one field. */
  relaxations: (Relaxation & { message: string })[];
  /** With classes: seats and admitted per class, in the intake's order. */
  classes?: { id: string; label: string; site: string; seats: number; admitted: number }[];
}

/** Seats per value of one spread field: its limits, the target met, the admitted. */
export interface SpreadValueSummary {
  value: string | null;
  min: number;
  max: number | null;
  target: number | null;
  admitted: number;
}

export interface Decision {
  program: string;
  /** The intake allocated, for a program with intakes. */
  intake?: string;
  /** The language the reasons are worded in, and the formats word the rest in. */
  locale: Locale;
  /** The (first) spread field's own label (its column), for headings; null without a spread. */
  spreadLabel: string | null;
  /** The leader group column's header, when the program declares leader groups. */
  teamColumn?: string;
  seed: string;
  rows: DecisionRows;
  summary: DecisionSummary;
  /** Ids newly offered a seat by a top-up, in rank order. */
  offered: string[];
  declined: string[];
  /** Headers of the columns carried into the results (rows' `carried`); absent when none. */
  carry?: readonly string[];
}

const describeRelaxation = (
  r: Relaxation,
  quotaLabel: (id: string) => string,
  /** A spread value's subject as sentences name it (with its field when there are several). */
  valueLabel: (field: string, value: string) => string,
  words: RelaxationWords,
): string => {
  const others = r.limitedBy === "other-targets";
  const subject = r.field === undefined ? r.subject : valueLabel(r.field, r.subject);
  switch (r.kind) {
    case "min-unreachable":
      return (others ? words.minWithOthers : words.minFromPool)(subject, r.wanted, r.reachable);
    case "quota-unfillable":
      return (others ? words.quotaWithOthers : words.quotaFromPool)(
        quotaLabel(r.subject),
        r.wanted,
        r.reachable,
      );
    case "seats-unfilled":
      return words.seatsUnfilled(r.wanted, r.reachable);
    case "kept-over-limit":
      return words.keptOverLimit(subject, r.reachable, r.wanted);
  }
};

/** An outcome's kind, as decide keeps it per candidate. */
const WAITLISTED = 0;
const ADMITTED = 1;
const DECLINED = 2;

/** Members named in a TEAM_MEMBER_INELIGIBLE reason (docs/reliability.md). */
export const MAX_BLOCKERS_NAMED = 5;

export const decide = (
  program: Program,
  seed: string,
  result: AllocationResult,
  others: NotCompetingList | readonly NotCompeting[],
  topUp: { offered: string[]; declined: string[] } = { offered: [], declined: [] },
  intake: {
    id?: string | undefined;
    classes?: readonly DecisionClass[] | undefined;
    /** Rows of the list empty in every cell, skipped by the reader. */
    emptyRows?: number;
    /**
     * Columns carried into the results: their headers, and the cells of the
     * competing, by index of their outcome (the candidate's rank).
     */
    carried?: { columns: readonly string[]; of: (rank: number) => readonly string[] | undefined };
  } = {},
): Decision => {
  const classes = intake.classes ?? [];
  const emptyRows = intake.emptyRows ?? 0;
  const carried =
    intake.carried !== undefined && intake.carried.columns.length > 0 ? intake.carried : undefined;
  const language = languageOf(program.locale);
  const words = language.decision;
  const classLabel = new Map(classes.map((c) => [c.id, c.label]));
  // A choice in words: a class by its label, a site by its name, "*" as any class.
  const choiceWords = (id: string): string =>
    id === "*" ? words.reasons.anyClass : (classLabel.get(id) ?? id);
  const quotas = program.seats?.quotas ?? [];
  const label = (id: string | null) =>
    id === null ? words.reasons.openSeats : (quotas.find((q) => q.id === id)?.label ?? id);
  const offered = new Set(topUp.offered);
  const spreadSpecs = program.seats?.spread ?? [];
  const fieldLabel = (field: string): string => program.applicants?.fields[field]?.column ?? field;
  // With several spread fields a value is named with its field ("Nord
  // (Region)"): two fields may share a value, and a reason must say whose
  // limit decided. With one field the words stay as they were.
  const several = spreadSpecs.length > 1;
  const valueLabel = (field: string, value: string): string =>
    several ? words.reasons.valueOfField(value, fieldLabel(field)) : value;
  const labels = {
    quota: (id: string | null) => label(id),
    ...(several ? { value: valueLabel } : {}),
  };
  // Refusals do not depend on the rank, and the allocation hands out one
  // shared params object per distinct refusal: word each once.
  const refusalText = new WeakMap<object, string>();
  const refusalWords = (o: Reason): string => {
    let text = refusalText.get(o.params);
    if (text === undefined) {
      text = describeReason(o, 0, labels, words.reasons);
      refusalText.set(o.params, text);
    }
    return text;
  };
  /**
   * Class, choice and a reason per choice. An admitted applicant's words say
   * where they are placed and why no better choice was possible; a waiting
   * one's name each choice, unless one reason (a cap, a full quota, every
   * seat taken) holds for all of them.
   */
  // The allocation shares the refusal arrays of applicants refused alike
  // (choice-reasons.ts): each array's words are made once.
  const choiceText = new WeakMap<
    readonly ChoiceRefusal[],
    { perChoice: readonly ChoiceRow[]; named: string; one: boolean }
  >();
  const choiceWordsOf = (refusals: readonly ChoiceRefusal[]) => {
    let text = choiceText.get(refusals);
    if (text === undefined) {
      const perChoice = refusals.map((r) => ({
        choice: r.choice,
        id: r.id,
        code: r.reason.code,
        reason: refusalWords(r.reason),
        params: r.reason.params,
      }));
      const named = perChoice.map((r) => `${choiceWords(r.id)}: ${r.reason}`).join("; ");
      const one = perChoice.every(
        (r) => r.reason === perChoice[0]!.reason && r.code !== "CLASS_FULL",
      );
      text = { perChoice, named, one };
      choiceText.set(refusals, text);
    }
    return text;
  };
  const noRefusals = { perChoice: [], named: "", one: true } as const;
  const withChoices = (row: DecisionRow, o: Outcome): void => {
    row.choices = o.choices!;
    const of = o.choices!.length;
    const { perChoice, named, one } = o.choiceReasons ? choiceWordsOf(o.choiceReasons) : noRefusals;
    if (o.admitted && o.class !== undefined && o.choice !== undefined) {
      row.class = o.class;
      row.choice = o.choice;
      const placed = words.reasons.placed(classLabel.get(o.class) ?? o.class, o.choice, of);
      row.reason = `${row.reason}; ${placed}${named ? ` (${named})` : ""}`;
    } else if (perChoice.length > 0) {
      row.reason = one ? perChoice[0]!.reason : named;
    }
    // Fresh objects per row: a format may keep or change the rows it is given.
    if (perChoice.length > 0) row.choiceReasons = perChoice.map((r) => ({ ...r }));
    if (o.positions) row.positions = o.positions.map((p) => ({ ...p }));
  };
  // Rows say their group only for a program with groups: others keep their shape.
  const teams = program.applicants?.team !== undefined;
  const teamWords = language.teams;
  // Members of one group share their blockers: worded once, naming at most
  // MAX_BLOCKERS_NAMED (a group of thousands of ineligible members is one line).
  const blockedText = new WeakMap<readonly TeamBlocker[], string>();
  const blockedWords = (team: string, blockers: readonly TeamBlocker[]): string => {
    let text = blockedText.get(blockers);
    if (text !== undefined) return text;
    const named = blockers
      .slice(0, MAX_BLOCKERS_NAMED)
      .map((b) =>
        b.kind === "invalid"
          ? teamWords.memberInvalid(b.id, b.line)
          : teamWords.memberFailed(b.id, b.reasons.join("; ")),
      );
    if (blockers.length > MAX_BLOCKERS_NAMED)
      named.push(teamWords.moreMembers(blockers.length - MAX_BLOCKERS_NAMED));
    text = teamWords.memberIneligible(team, named.join("; "));
    blockedText.set(blockers, text);
    return text;
  };
  // A waitlisted member's reason says the group waits whole, and how many it is.
  // The outcomes one at a time (made as each row is), not an array of them all.
  const outcomes: OutcomeColumns = result.outcomeColumns ?? {
    length: result.outcomes.length,
    at: (i) => result.outcomes[i]!,
  };
  const n = outcomes.length;
  // Each outcome's kind, and what is counted over all of them, in one pass.
  const kinds = new Uint8Array(n);
  const teamSizes = new Map<string, number>();
  const transferredOf = new Map<string | null, number>();
  let admittedCount = 0;
  let declinedCount = 0;
  for (let r = 0; r < n; r++) {
    const o = outcomes.at(r);
    if (o.admitted) {
      admittedCount++;
      kinds[r] = ADMITTED;
      if (o.transferred) transferredOf.set(o.group, (transferredOf.get(o.group) ?? 0) + 1);
    } else if (o.code === "DECLINED") {
      declinedCount++;
      kinds[r] = DECLINED;
    }
    if (teams && o.team !== undefined && o.code !== "DECLINED")
      teamSizes.set(o.team, (teamSizes.get(o.team) ?? 0) + 1);
  }
  const waitlistedCount = n - admittedCount - declinedCount;
  /** The row of the outcome of rank r + 1. */
  const competingRow = (r: number): DecisionRow => {
    const o = outcomes.at(r);
    const row: DecisionRow = {
      id: o.id,
      outcome: o.admitted ? "admitted" : o.code === "DECLINED" ? "declined" : "waitlisted",
      quota: o.group,
      rank: r + 1,
      position: o.position ?? null,
      code: o.code,
      reason:
        o.code === "MERIT" ? describeReason(o, r + 1, labels, words.reasons) : refusalWords(o),
      params: o.params,
      transferred: o.transferred,
      newlyOffered: offered.has(o.id),
    };
    const held = heldWithOf(o);
    if (held) row.heldWith = held;
    if (o.choices) withChoices(row, o);
    if (teams) row.group = o.team ?? null;
    if (o.team !== undefined && !o.admitted && o.code !== "DECLINED")
      row.reason = `${row.reason}; ${teamWords.waitsWhole(o.team, teamSizes.get(o.team) ?? 1)}`;
    if (carried) row.carried = carried.of(r) ?? [];
    return row;
  };
  const outside = NotCompetingList.from(others);
  // Ineligible applicants share reason arrays (see compileRule): word each once.
  const ineligibleWords = new Map<readonly string[], string>();
  const wordsFor = (reasons: readonly string[]): string => {
    let text = ineligibleWords.get(reasons);
    if (text === undefined) {
      text = words.reasons.notEligible(reasons.join("; "));
      ineligibleWords.set(reasons, text);
    }
    return text;
  };
  const outsideRow = (other: NotCompeting): DecisionRow => {
    const row: DecisionRow = {
      id: other.id,
      outcome: other.kind,
      quota: null,
      rank: null,
      position: null,
      code: other.kind === "ineligible" ? "INELIGIBLE" : "INVALID",
      reason:
        other.kind === "ineligible"
          ? wordsFor(other.reasons)
          : words.reasons.invalidRow(
              other.line,
              other.problems.map((p) => describeProblem(p, { language })).join("; "),
            ),
      transferred: false,
      newlyOffered: false,
      ...(carried ? { carried: other.carried ?? [] } : {}),
    };
    if (other.blockers && other.team !== undefined) {
      row.code = "TEAM_MEMBER_INELIGIBLE";
      row.reason = blockedWords(other.team, other.blockers);
    }
    if (teams) row.group = other.team ?? null;
    return row;
  };
  // The order of those outside is found once, when first asked for.
  let outsideOrder: readonly number[] | undefined;
  const outsideRows = function* (kind?: "ineligible" | "invalid"): Generator<DecisionRow> {
    outsideOrder ??= outside.sorted();
    // Ineligible rows come first in the order, invalid ones after them.
    const from = kind === "invalid" ? outside.ineligible : 0;
    const to = kind === "ineligible" ? outside.ineligible : outsideOrder.length;
    for (let k = from; k < to; k++) yield outsideRow(outside.at(outsideOrder[k]!));
  };
  const competingRows = function* (kind: OutcomeKind): Generator<DecisionRow> {
    const k = kind === "admitted" ? ADMITTED : kind === "declined" ? DECLINED : WAITLISTED;
    for (let r = 0; r < n; r++) if (kinds[r] === k) yield competingRow(r);
  };
  const rows: DecisionRows = {
    length: n + outside.length,
    of: (kind) =>
      kind === "ineligible" || kind === "invalid"
        ? { [Symbol.iterator]: () => outsideRows(kind) }
        : { [Symbol.iterator]: () => competingRows(kind) },
    *[Symbol.iterator]() {
      yield* competingRows("admitted");
      yield* competingRows("waitlisted");
      yield* competingRows("declined");
      yield* outsideRows();
    },
  };

  const spreadSpec = spreadSpecs[0];
  const valuesOf = (field: string): SpreadValueSummary[] =>
    result.counts.values
      .filter((v) => v.field === field)
      .map((v) => {
        const target = result.targets.values.find(
          (t) => t.field === v.field && t.value === v.value,
        );
        return {
          value: v.value,
          min: target?.min ?? 0,
          max: target && Number.isFinite(target.max) ? target.max : null,
          target: target?.target ?? null,
          admitted: v.admitted,
        };
      });
  const summary: DecisionSummary = {
    seats: result.targets.seats,
    target: result.targets.total,
    admitted: admittedCount,
    waitlisted: waitlistedCount,
    declined: declinedCount,
    ineligible: outside.ineligible,
    invalid: outside.length - outside.ineligible,
    ...(emptyRows > 0 ? { emptyRows } : {}),
    quotas: result.counts.groups.map((g) => {
      const target = result.targets.groups.find((t) => t.id === g.id);
      return {
        id: g.id,
        label: label(g.id),
        seats: target?.seats ?? null,
        target: target?.target ?? null,
        admitted: g.admitted,
        transferred: transferredOf.get(g.id) ?? 0,
      };
    }),
    spread: spreadSpec ? { field: spreadSpec.field, values: valuesOf(spreadSpec.field) } : null,
    ...(several
      ? {
          spreads: spreadSpecs.map((spec) => ({
            field: spec.field,
            label: fieldLabel(spec.field),
            values: valuesOf(spec.field),
          })),
        }
      : {}),
    ...(result.counts.classes
      ? {
          classes: result.counts.classes.map((c) => ({
            id: c.id,
            label: classLabel.get(c.id) ?? c.id,
            site: c.site,
            seats: c.seats,
            admitted: c.admitted,
          })),
        }
      : {}),
    relaxations: result.relaxations.map((r) => ({
      kind: r.kind,
      subject: r.subject,
      ...(several && r.field !== undefined ? { field: r.field } : {}),
      wanted: r.wanted,
      reachable: r.reachable,
      message: describeRelaxation(r, (id) => label(id), valueLabel, words.relaxations),
    })),
  };
  return {
    program: program.id,
    ...(intake.id !== undefined ? { intake: intake.id } : {}),
    locale: program.locale,
    spreadLabel: spreadSpec ? fieldLabel(spreadSpec.field) : null,
    ...(program.applicants?.team ? { teamColumn: program.applicants.team.column } : {}),
    seed,
    rows,
    summary,
    offered: topUp.offered,
    declined: topUp.declined,
    ...(carried ? { carry: carried.columns } : {}),
  };
};

/** Rows already made, as a decision holds them (a decision made by hand, in tests and examples). */
export const decisionRows = (rows: readonly DecisionRow[]): DecisionRows => ({
  length: rows.length,
  of: (outcome) => rows.filter((r) => r.outcome === outcome),
  [Symbol.iterator]: () => rows[Symbol.iterator](),
});
