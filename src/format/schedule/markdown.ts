/**
 * The schedule as Markdown, for wikis and intranet pages: headings and table
 * in the program's language, dates in its locale's full format.
 */

import { languageOf } from "../../core/language/index.js";
import type { ProgramSchedule } from "../../core/schedule/schedule.js";
import { longDate } from "./dates.js";
import { isIllustrative } from "./illustrative.js";
import type { ScheduleRenderer } from "./options.js";
import { unitSuffix } from "./unit.js";
import { warningText } from "./warning-words.js";

/** Escapes text for Markdown, table pipes included; newlines become spaces. */
export const escapeMarkdown = (text: string): string =>
  text.replace(/\s*[\r\n]+\s*/g, " ").replace(/([\\`*_[\]<>|#])/g, "\\$1");

const programSection = (p: ProgramSchedule): string => {
  const { program } = p;
  const locale = program.locale;
  const labels = languageOf(locale).schedule;
  const out = [`## ${escapeMarkdown(`${program.name}${unitSuffix(p)}`)}`, ""];
  const facts = [];
  if (p.opens) facts.push(`${labels.opens}: ${longDate(p.opens, locale)}`);
  if (p.deadline) facts.push(`**${labels.deadline}: ${longDate(p.deadline, locale)}**`);
  if (facts.length > 0) out.push(facts.join("  \n"), "");
  if (p.modules.length === 0) {
    out.push(`_${labels.noModules}_`, "");
  } else {
    out.push(
      `| ${labels.number} | ${labels.module} | ${labels.start} | ${labels.end} | ${labels.days} | ${labels.location} |`,
      "| ---: | --- | --- | --- | ---: | --- |",
    );
    for (const m of p.modules) {
      out.push(
        `| ${m.number} | ${escapeMarkdown(m.title)} | ${longDate(m.start, locale)} | ${longDate(m.end, locale)} | ${m.days} | ${escapeMarkdown(m.location ?? "")} |`,
      );
    }
    out.push("");
    if (p.omitted > 0) out.push(`_${labels.omitted(p.omitted)}_`, "");
    out.push(`**${labels.totals(p.totals.gatherings, p.totals.days)}**`, "");
    if (isIllustrative(program, "modules")) out.push(`_${labels.illustrativeDates}_`, "");
  }
  if (p.components.length > 0) {
    out.push(`### ${labels.components}`, "");
    for (const c of p.components) {
      const description = c.description ? `: ${escapeMarkdown(c.description)}` : "";
      out.push(`- **${escapeMarkdown(c.title)}** (${labels.kind[c.kind]})${description}`);
    }
    out.push("");
  }
  if (p.warnings.length > 0) {
    out.push(`### ${labels.warnings}`, "");
    for (const w of p.warnings)
      out.push(`- ${escapeMarkdown(warningText(w, languageOf(locale)))} (\`${w.code}\`)`);
    out.push("");
  }
  return out.join("\n");
};

export const formatMarkdown: ScheduleRenderer = (schedule) =>
  `${schedule.programs.map(programSection).join("\n").trimEnd()}\n`;
