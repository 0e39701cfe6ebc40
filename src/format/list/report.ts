import type { ProgramListEntry } from "../../core/schedule/status.js";

/** What `cohort list` formatters draw from. */
export interface ListReport {
  /** The day statuses are relative to. */
  today: string;
  programs: (ProgramListEntry & { file: string })[];
}
