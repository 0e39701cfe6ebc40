/**
 * What a member who cannot be admitted means for their leader group
 * (`applicants.team.ineligible`). Under `team` (the default) a group with a
 * member who is not eligible, or whose row is invalid, is not admitted: its
 * eligible members leave the pool, each with outcome `ineligible` and code
 * TEAM_MEMBER_INELIGIBLE naming who and why. Under `members` the eligible
 * members go on as a group (one left is an applicant alone).
 *
 * The ledger holds one entry per member of a group, not per applicant.
 */
import type { TeamSpec } from "../program/schema.js";

/** A member of a group who cannot be admitted. */
export interface TeamBlocker {
  id: string;
  line: number;
  kind: "ineligible" | "invalid";
  /** The rules failed, worded (ineligible). */
  reasons: readonly string[];
}

/** An eligible member kept out of the pool because another member cannot be admitted. */
export interface BlockedMember {
  id: string;
  line: number;
  team: string;
  blockers: readonly TeamBlocker[];
}

interface Entry {
  eligible: { id: string; line: number }[];
  blockers: TeamBlocker[];
}

export class TeamLedger {
  private readonly teams = new Map<string, Entry>();

  constructor(private readonly spec: TeamSpec) {}

  /** One row naming `team`, with its verdict. */
  add(
    team: string,
    row: {
      id: string;
      line: number;
      verdict: "eligible" | "ineligible" | "invalid";
      reasons: readonly string[];
    },
  ): void {
    let entry = this.teams.get(team);
    if (!entry) {
      entry = { eligible: [], blockers: [] };
      this.teams.set(team, entry);
    }
    if (row.verdict === "eligible") entry.eligible.push({ id: row.id, line: row.line });
    else
      entry.blockers.push({ id: row.id, line: row.line, kind: row.verdict, reasons: row.reasons });
  }

  /** The groups that cannot go on, and their eligible members, in the order the groups appear. */
  blocked(): { teams: Set<string>; members: BlockedMember[] } {
    const teams = new Set<string>();
    const members: BlockedMember[] = [];
    if (this.spec.ineligible !== "team") return { teams, members };
    for (const [team, entry] of this.teams) {
      if (entry.blockers.length === 0 || entry.eligible.length === 0) continue;
      teams.add(team);
      for (const m of entry.eligible) members.push({ ...m, team, blockers: entry.blockers });
    }
    return { teams, members };
  }
}
