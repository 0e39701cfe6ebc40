import { languageOf } from "../../core/language/index.js";
import type { ProgressReport } from "../../core/progress/report.js";
import type { Formatter } from "../formatter.js";
import { textTable } from "../text-table.js";
import { moduleRows, participantRows } from "./rows.js";

/** Participants, then modules, then the requirements checked by hand and the summary line. */
export const progressTable: Formatter<ProgressReport> = function* (report) {
  const w = languageOf(report.locale).progress;
  const [head, ...rows] = participantRows(report, "\n");
  yield textTable(head!, rows);
  const [mhead, ...mrows] = moduleRows(report);
  if (mrows.length > 0) yield `\n${textTable(mhead!, mrows)}`;
  if (report.byHand.length > 0)
    yield `\n${report.byHand.map((r) => `${w.tables.requirement} ${r.id} (${w.byHand}): ${r.text}`).join("\n")}\n`;
  yield `\n${w.summary(report.summary, report.asOf)}\n`;
};
