/**
 * The words about leader groups (teams: applicants who apply together and
 * are admitted whole, into one class, or not at all) in one language: the
 * problems and warnings of check, the reason of a member whose group cannot
 * go on, and the column of tables and workbooks.
 */
export interface TeamWords {
  /** Header of the group column in tables and workbooks. */
  column: string;
  /** A member row whose choices differ from the row of the same group on `line`. */
  choicesDiffer: (line: number) => string;
  /** A group id on one row only: a group of one, allocated alone. */
  alone: (team: string) => string;
  /** More eligible members than the largest class the group chose seats. */
  tooBigForClasses: (team: string, members: number, seats: number) => string;
  /** More eligible members than there are seats. */
  tooBigForSeats: (team: string, members: number, seats: number) => string;
  /** After the first warnings about groups: how many more there are. */
  moreWarnings: (n: number) => string;
  /** TEAM_MEMBER_INELIGIBLE: the group is admitted only whole, and `members` (joined with "; ") cannot be admitted. */
  memberIneligible: (team: string, members: string) => string;
  /** After the reason of a waitlisted member: the group needs room for all its members at once. */
  waitsWhole: (team: string, members: number) => string;
  /** After the first members named in memberIneligible: how many more cannot be admitted. */
  moreMembers: (n: number) => string;
  /** One member who is not eligible, with the rules they fail (joined with "; "). */
  memberFailed: (id: string, reasons: string) => string;
  /** One member whose row of the list is invalid. */
  memberInvalid: (id: string, line: number) => string;
}
