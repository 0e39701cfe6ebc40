/** The participants and modules of a progress run as rows of cells: what csv, xlsx and the table share. */
import { languageOf } from "../../core/language/index.js";
import type { ProgressReport } from "../../core/progress/report.js";
import { unmetOf } from "./words.js";

export const hasClasses = (report: ProgressReport): boolean =>
  report.participants.some((p) => p.class !== null);

export const participantRows = (report: ProgressReport, separator = "; "): string[][] => {
  const w = languageOf(report.locale).progress;
  const classes = hasClasses(report);
  return [
    [w.tables.participant, ...(classes ? [w.roster.class] : []), w.tables.status, w.tables.unmet],
    ...report.participants.map((p) => [
      p.id,
      ...(classes ? [p.class?.id ?? ""] : []),
      w.status[p.status],
      unmetOf(report, p).join(separator),
    ]),
  ];
};

export const moduleRows = (report: ProgressReport): string[][] => {
  const w = languageOf(report.locale).progress;
  const classes = report.modules.some((m) => m.classes.length > 0);
  return [
    [
      w.tables.module,
      w.tables.date,
      ...(classes ? [w.roster.class] : []),
      w.tables.attended,
      w.tables.recorded,
      w.tables.participants,
    ],
    ...report.modules.map((m) => [
      m.title,
      m.start === m.end ? m.start : `${m.start}–${m.end}`,
      ...(classes ? [m.classes.join(", ")] : []),
      m.held || m.recorded > 0 ? String(m.attended) : "",
      String(m.recorded),
      String(m.participants),
    ]),
  ];
};
