/**
 * `list --format json`, version 1 (docs/schedule.md). Absent values are null
 * so every key is always there.
 */
import type { TextRenderer } from "../formatter.js";
import type { ListReport } from "./report.js";

export const formatJson: TextRenderer<ListReport> = (report) =>
  `${JSON.stringify(
    {
      version: 1,
      today: report.today,
      programs: report.programs.map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        locale: p.locale,
        seats: p.seats ?? null,
        opens: p.opens ?? null,
        deadline: p.deadline ?? null,
        first: p.first ?? null,
        last: p.last ?? null,
        status: p.status,
        file: p.file,
      })),
    },
    null,
    2,
  )}\n`;
