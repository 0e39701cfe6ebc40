/**
 * The words of `cohort list` for people (its table, and its blocks on a
 * narrow terminal), in one language: headers, statuses and the line under
 * the table. The JSON keeps the English status values. Each language's words
 * live in list/<code>.ts.
 */

/**
 * The statuses of src/core/schedule/status.ts (PROGRAM_STATUSES), written out
 * here: importing them would close a cycle through the program schema, which
 * imports this registry. The list formatter's Record<…> lookup keeps them in step.
 */
type ProgramStatus =
  | "upcoming"
  | "open for applications"
  | "closed"
  | "running"
  | "completed"
  | "framework"
  | "paused"
  | "under-revision"
  | "ended"
  | "continuous"
  | "undated";

export interface ListWords {
  headers: {
    id: string;
    name: string;
    locale: string;
    seats: string;
    deadline: string;
    first: string;
    last: string;
    status: string;
  };
  status: Record<ProgramStatus, string>;
  /** "40 seats", in a program's block on a narrow terminal. */
  seats: (n: number) => string;
  /** Under the table: the day the statuses are for, written the local way. */
  statusOn: (date: string) => string;
  /** After statusOn when some program has intakes. */
  intakeMark: string;
  noPrograms: string;
}
