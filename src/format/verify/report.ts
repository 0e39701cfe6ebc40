/** What `cohort verify` prints: plain lines on stdout. */
import type { Verification } from "../../core/decision/verification.js";
import { type TextRenderer, whole } from "../formatter.js";

/** Differences shown in full; the rest are counted. */
const SHOWN = 20;

const json = (outcome: unknown): string =>
  outcome === undefined ? "(none)" : JSON.stringify(outcome);

const renderVerification: TextRenderer<Verification> = (report) => {
  const out: string[] = [];
  if (report.tool.recorded !== report.tool.current)
    out.push(
      `note: the record was written by ${report.tool.recorded}; this is ${report.tool.current}`,
    );
  if (report.kind === "changed") {
    for (const c of report.changed)
      out.push(
        `${c.role} file ${c.path} changed: sha256 ${c.recorded.slice(0, 12)}… in the record, ${c.actual.slice(0, 12)}… now`,
      );
    out.push("not verified: the inputs are not the ones the record was made from");
    return `${out.join("\n")}\n`;
  }
  const { differences, recorded } = report.comparison;
  if (differences.length > 0) {
    out.push(
      `the allocation differs from the record in ${differences.length} of ${recorded} outcomes:`,
      ...differences
        .slice(0, SHOWN)
        .map(
          (d) =>
            `  outcome ${d.index + 1}:\n    recorded: ${json(d.recorded)}\n    now:      ${json(d.now)}`,
        ),
    );
    if (differences.length > SHOWN) out.push(`  … and ${differences.length - SHOWN} more`);
    return `${out.join("\n")}\n`;
  }
  out.push(
    `verified: ${recorded} outcomes reproduced exactly (program ${report.program}, seed ${report.seed}, inputs unchanged)`,
  );
  return `${out.join("\n")}\n`;
};

export const formatVerification = whole(renderVerification);
