/**
 * One self-contained HTML page: inline CSS only, no scripts, fonts or
 * requests, readable on a phone and printable. Several programs become
 * sections of the same page with a table of contents, whether the page goes
 * to stdout or to a file.
 */
import type { ProgramSchedule } from "../../core/schedule/schedule.js";
import {
  about,
  application,
  competencies,
  components,
  escapeHtml,
  facts,
  illustrativeNote,
  modules,
  requirements,
  seats,
} from "./html-sections.js";
import { HTML_STYLE } from "./html-style.js";
import type { ScheduleRenderer } from "./options.js";

/** A class's dates inside its program's article: the class's name and site, then its modules. */
const classSection = (p: ProgramSchedule): string => {
  const cls = p.class!;
  return [
    `<section class="class" id="program-${escapeHtml(p.program.id)}-${escapeHtml(cls.id)}">`,
    `<h2>${escapeHtml(cls.label)} · ${escapeHtml(cls.site)}</h2>`,
    modules(p),
    "</section>",
  ].join("\n");
};

/** One article per program: the parallel classes of an intake share it. */
const article = (group: readonly ProgramSchedule[]): string => {
  const p = group[0]!;
  const { program } = p;
  const meta = [program.owner, program.provider].filter(Boolean).join(" · ");
  const name = `${program.name}${p.intake ? ` · ${p.intake.label}` : ""}`;
  return [
    `<article id="program-${escapeHtml(program.id)}" lang="${program.locale}">`,
    `<header><h1>${escapeHtml(name)}</h1><p class="meta">${escapeHtml(meta)}</p></header>`,
    illustrativeNote(program),
    facts(p),
    about(program),
    application(program),
    seats(program),
    ...(p.class ? group.map(classSection) : [modules(p)]),
    components(p),
    requirements(program),
    competencies(program),
    "</article>",
  ]
    .filter(Boolean)
    .join("\n");
};

/** Consecutive entries of one program (its classes) grouped; every other program alone. */
const byProgram = (programs: readonly ProgramSchedule[]): ProgramSchedule[][] => {
  const groups: ProgramSchedule[][] = [];
  for (const p of programs) {
    const last = groups[groups.length - 1];
    if (last && p.class && last[0]!.class && last[0]!.program.id === p.program.id) last.push(p);
    else groups.push([p]);
  }
  return groups;
};

export const formatHtml: ScheduleRenderer = (schedule) => {
  const programs = schedule.programs;
  const groups = byProgram(programs);
  const lang = programs[0]?.program.locale ?? "en";
  const title = groups.map((g) => g[0]!.program.name).join(" · ") || "cohort";
  const nav =
    groups.length > 1
      ? `<nav><ul>${groups.map(([p]) => `<li><a href="#program-${escapeHtml(p!.program.id)}">${escapeHtml(p!.program.name)}</a></li>`).join("")}</ul></nav>`
      : "";
  const files = programs.map((p) => p.file).filter(Boolean);
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing on the page may load anything: styles are inline, there are no scripts or images.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    nav,
    ...groups.map(article),
    "</main>",
    `<footer>cohort schedule${files.length > 0 ? ` · ${escapeHtml(files.join(", "))}` : ""}</footer>`,
    "</body>",
    "</html>",
    "",
  ]
    .filter((line, i, all) => line !== "" || i === all.length - 1)
    .join("\n");
};
