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
        // Only for a program with intakes: version 1 readers see every key they knew.
        ...(p.intakes
          ? {
              intake: p.intake ?? null,
              intakes: p.intakes.map((i) => ({
                id: i.id,
                label: i.label,
                seats: i.seats ?? null,
                opens: i.opens ?? null,
                deadline: i.deadline ?? null,
                first: i.first ?? null,
                last: i.last ?? null,
                status: i.status,
                classes: i.classes,
              })),
            }
          : {}),
        file: p.file,
      })),
    },
    null,
    2,
  )}\n`;
