/** Cutting a schedule to a period: a module is kept when any of its days falls inside. */
import type { IsoDate } from "../calendar/date.js";

export interface Period {
  /** First day of the period, inclusive; open when undefined. */
  from?: IsoDate | undefined;
  /** Last day of the period, inclusive; open when undefined. */
  to?: IsoDate | undefined;
}

export const overlapsPeriod = (range: { start: IsoDate; end: IsoDate }, period: Period): boolean =>
  (period.from === undefined || range.end >= period.from) &&
  (period.to === undefined || range.start <= period.to);

/** Two inclusive date ranges share at least one day. */
export const rangesOverlap = (
  a: { start: IsoDate; end: IsoDate },
  b: { start: IsoDate; end: IsoDate },
): boolean => a.start <= b.end && b.start <= a.end;
