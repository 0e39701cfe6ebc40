import type { Program, TeamSpec } from "../program/schema.js";

/**
 * The seat rules as the allocation applied them, for the audit record: every
 * key present (defaults filled in), so a reader years later needs no schema.
 */
export const auditParameters = (
  seats: NonNullable<Program["seats"]>,
  classes: readonly { id: string; site: string; seats: number }[] = [],
  team?: TeamSpec,
) => ({
  total: seats.total,
  quotas: seats.quotas ?? [],
  unfilled: seats.unfilled,
  spread: seats.spread ?? [],
  ranking: seats.ranking ?? [],
  ties: seats.ties,
  ...(seats.timestamp ? { timestamp: seats.timestamp } : {}),
  // The intake's classes as allocated (their modules are not seat rules).
  ...(classes.length > 0
    ? { classes: classes.map(({ id, site, seats: n }) => ({ id, site, seats: n })) }
    : {}),
  // The leader groups: which column, how a group is ranked, what an ineligible member means.
  ...(team ? { team: { column: team.column, rank: team.rank, ineligible: team.ineligible } } : {}),
});
