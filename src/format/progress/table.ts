import { languageOf } from "../../core/language/index.js";
import type { ProgressReport } from "../../core/progress/report.js";
import { fitLines } from "../fit-width.js";
import type { Formatter } from "../formatter.js";
import { sentenceDate } from "../schedule/warning-words.js";
import { textTable } from "../text-table.js";
import { moduleRows, participantRows } from "./rows.js";

/** Participants, then modules, then the requirements checked by hand and the summary line. */
export const progressTable: Formatter<ProgressReport> = function* (report, options) {
  const language = languageOf(report.locale);
  const w = language.progress;
  const { width } = options;
  const [head, ...rows] = participantRows(report, "\n");
  // The last column says why (unmet requirements): it gives way first.
  const last = (cells: readonly string[] | undefined) => [
    { columns: [(cells?.length ?? 1) - 1], floor: 16 },
  ];
  yield textTable(head!, rows, { width, giveWay: last(head) });
  const [mhead, ...mrows] = moduleRows(report);
  if (mrows.length > 0) yield `\n${textTable(mhead!, mrows, { width })}`;
  if (report.byHand.length > 0)
    yield `\n${report.byHand.map((r) => fitLines(`${w.tables.requirement} ${r.id} (${w.byHand}): ${r.text}`, width, 2)).join("\n")}\n`;
  yield `\n${fitLines(w.summary(report.summary, sentenceDate(language, report.asOf)), width, 2)}\n`;
};
