/**
 * Words of the schedules cohort writes (the terminal table, markdown and HTML
 * pages, calendar entries), in one language.
 */
import type { ComponentKind, CreditLevel, FeePayer } from "../vocabulary.js";

export interface ScheduleLabels {
  number: string;
  module: string;
  start: string;
  end: string;
  days: string;
  location: string;
  schedule: string;
  timeline: string;
  components: string;
  totals: (gatherings: number, days: number) => string;
  noModules: string;
  omitted: (n: number) => string;
  owner: string;
  provider: string;
  audience: string;
  about: string;
  application: string;
  opens: string;
  deadline: string;
  howToApply: string;
  eligibility: string;
  seats: string;
  seatsTotal: (n: number) => string;
  unfilled: { transfer: string; "keep-empty": string };
  /** "at least 4 and at most 14" */
  limit: (min: number | undefined, max: number | undefined) => string;
  perValue: string;
  quotas: string;
  duration: string;
  credits: string;
  level: Record<CreditLevel, string>;
  fee: string;
  payer: Record<FeePayer, string>;
  requirements: string;
  competencies: string;
  illustrative: string;
  illustrativeNote: string;
  illustrativeDates: string;
  warnings: string;
  more: string;
  kind: Record<ComponentKind, string>;
}
