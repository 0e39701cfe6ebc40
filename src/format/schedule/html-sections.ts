/**
 * The parts of a program's HTML page, each a small function of the program
 * returning escaped markup. Text from the program file is always escaped.
 */

import { languageOf } from "../../core/language/index.js";
import type { ScheduleLabels } from "../../core/language/schedule-labels.js";
import type { Program } from "../../core/program/schema.js";
import { endPosition, monthAxis } from "../../core/schedule/months.js";
import type { ProgramSchedule } from "../../core/schedule/schedule.js";
import { longDate, monthShort } from "./dates.js";
import { isIllustrative } from "./illustrative.js";
import { eligibilityProse, type ProseItem } from "./rule-prose.js";

export const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

const badge = (labels: ScheduleLabels): string =>
  `<span class="badge">${escapeHtml(labels.illustrative)}</span>`;

/** A section heading, badged when the whole section is illustrative (parts are badged where they show). */
const heading = (
  program: Program,
  labels: ScheduleLabels,
  text: string,
  path: string | undefined,
  level: 2 | 3 = 2,
): string =>
  `<h${level}>${escapeHtml(text)}${path && isIllustrative(program, path) ? badge(labels) : ""}</h${level}>`;

const percent = (n: number): string => `${(Math.round(n * 1000) / 1000).toString()}%`;

/** Sections named in the illustrative note, in page order, by key prefix. */
const illustrativeParts = (program: Program, labels: ScheduleLabels): string[] => {
  const parts: [string, string][] = [
    ["application.opens", labels.opens],
    ["application.deadline", labels.deadline],
    ["application", labels.application],
    ["eligibility", labels.eligibility],
    ["seats", labels.seats],
    ["credits", labels.credits],
    ["fee", labels.fee],
    ["format", labels.duration],
    ["modules", labels.schedule],
    ["components", labels.components],
    ["requirements", labels.requirements],
    ["competencies", labels.competencies],
  ];
  const names: string[] = [];
  for (const key of program.illustrative ?? []) {
    const match = parts.find(([prefix]) => key === prefix || key.startsWith(`${prefix}.`));
    if (match && !names.includes(match[1].toLowerCase())) names.push(match[1].toLowerCase());
  }
  return names;
};

export const illustrativeNote = (program: Program): string => {
  const labels = languageOf(program.locale).schedule;
  const parts = illustrativeParts(program, labels);
  if (parts.length === 0) return "";
  return `<p class="note" role="note"><strong>${escapeHtml(labels.illustrative)}:</strong> ${escapeHtml(`${labels.illustrativeNote} ${parts.join(", ")}.`)}</p>`;
};

const money = (program: Program): string => {
  const fee = program.fee;
  if (fee?.amount === undefined) return "";
  const locale = program.locale === "en" ? "en-GB" : program.locale;
  return fee.currency
    ? new Intl.NumberFormat(locale, { style: "currency", currency: fee.currency }).format(
        fee.amount,
      )
    : new Intl.NumberFormat(locale).format(fee.amount);
};

export const facts = (p: ProgramSchedule): string => {
  const { program } = p;
  const labels = languageOf(program.locale).schedule;
  const rows: [string, string, string][] = [];
  const mark = (path: string) => (isIllustrative(program, path) ? badge(labels) : "");
  if (p.deadline)
    rows.push([
      labels.deadline,
      escapeHtml(longDate(p.deadline, program.locale)),
      mark("application.deadline"),
    ]);
  if (p.opens)
    rows.push([
      labels.opens,
      escapeHtml(longDate(p.opens, program.locale)),
      mark("application.opens"),
    ]);
  if (program.seats)
    rows.push([
      labels.seats,
      escapeHtml(labels.seatsTotal(program.seats.total)),
      mark("seats.total"),
    ]);
  if (p.modules.length > 0)
    rows.push([
      labels.schedule,
      escapeHtml(labels.totals(p.totals.gatherings, p.totals.days)),
      mark("modules"),
    ]);
  if (program.format?.duration)
    rows.push([labels.duration, escapeHtml(program.format.duration), mark("format")]);
  if (program.credits) {
    const level =
      program.credits.level === "none" ? "" : `, ${labels.level[program.credits.level]}`;
    rows.push([
      labels.credits,
      escapeHtml(`${program.credits.ects} ECTS${level}`),
      mark("credits"),
    ]);
  }
  if (program.fee) {
    const amount = money(program);
    const text = [labels.payer[program.fee.payer], amount].filter(Boolean).join(": ");
    const note = program.fee.note ? `<br>${escapeHtml(program.fee.note)}` : "";
    rows.push([labels.fee, `${escapeHtml(text)}${note}`, mark("fee")]);
  }
  if (rows.length === 0) return "";
  return `<dl class="facts">${rows.map(([dt, dd, b]) => `<dt>${escapeHtml(dt)}</dt><dd>${dd}${b}</dd>`).join("")}</dl>`;
};

export const about = (program: Program): string => {
  const labels = languageOf(program.locale).schedule;
  const parts: string[] = [];
  if (program.summary) parts.push(`<p>${escapeHtml(program.summary)}</p>`);
  if (program.audience)
    parts.push(`<h3>${escapeHtml(labels.audience)}</h3><p>${escapeHtml(program.audience)}</p>`);
  if (program.url && /^https?:\/\//i.test(program.url))
    parts.push(`<p><a href="${escapeHtml(program.url)}">${escapeHtml(labels.more)}</a></p>`);
  return parts.length > 0
    ? `<section>${heading(program, labels, labels.about, undefined)}${parts.join("")}</section>`
    : "";
};

const proseList = (program: Program, labels: ScheduleLabels, items: ProseItem[]): string =>
  `<ul class="rules">${items
    .map(
      (item) =>
        `<li>${escapeHtml(item.text)}${isIllustrative(program, item.path) ? badge(labels) : ""}${item.children.length > 0 ? proseList(program, labels, item.children) : ""}</li>`,
    )
    .join("")}</ul>`;

export const application = (program: Program): string => {
  const labels = languageOf(program.locale).schedule;
  const items = eligibilityProse(program);
  const how = program.application?.how;
  if (items.length === 0 && !how) return "";
  const parts = [heading(program, labels, labels.application, undefined)];
  if (how)
    parts.push(
      `${heading(program, labels, labels.howToApply, "application.how", 3)}<p>${escapeHtml(how)}</p>`,
    );
  if (items.length > 0)
    parts.push(
      `${heading(program, labels, labels.eligibility, "eligibility", 3)}${proseList(program, labels, items)}`,
    );
  return `<section>${parts.join("")}</section>`;
};

const fieldLabel = (program: Program, field: string): string =>
  program.applicants?.fields[field]?.column ?? field;

export const seats = (program: Program): string => {
  const seats = program.seats;
  if (!seats) return "";
  const labels = languageOf(program.locale).schedule;
  const parts = [
    heading(program, labels, labels.seats, "seats"),
    `<p>${escapeHtml(labels.seatsTotal(seats.total))}</p>`,
  ];
  if (seats.quotas && seats.quotas.length > 0) {
    parts.push(
      `<h3>${escapeHtml(labels.quotas)}</h3><ul>${seats.quotas
        .map((q) => `<li>${escapeHtml(`${q.label ?? q.id}: ${labels.seatsTotal(q.seats)}`)}</li>`)
        .join("")}</ul><p>${escapeHtml(labels.unfilled[seats.unfilled])}</p>`,
    );
  }
  for (const [i, spread] of (seats.spread ?? []).entries()) {
    const limit = labels.limit(spread.min, spread.max);
    const values = Object.entries(spread.values ?? {}).map(
      ([value, l]) => `<li>${escapeHtml(`${value}: ${labels.limit(l.min, l.max)}`)}</li>`,
    );
    parts.push(
      `<p>${escapeHtml(`${fieldLabel(program, spread.field)}: ${limit} ${labels.perValue}`)}${isIllustrative(program, `seats.spread.${i}`) ? badge(labels) : ""}</p>${values.length > 0 ? `<ul>${values.join("")}</ul>` : ""}`,
    );
  }
  return `<section>${parts.join("")}</section>`;
};

export const timeline = (p: ProgramSchedule): string => {
  if (p.modules.length === 0) return "";
  const locale = p.program.locale;
  const axis = monthAxis(p.totals.first!, p.totals.last!);
  const span = axis.months.length;
  const months = axis.months
    .map((m, i) => {
      const year = i === 0 || m.month === 1 ? `<br>${m.year}` : "";
      return `<span class="tl-month" style="left:${percent((i / span) * 100)};width:${percent(100 / span)}">${escapeHtml(monthShort(m.first, locale))}${year}</span>`;
    })
    .join("");
  const rows = p.modules
    .map((m) => {
      const left = (axis.position(m.start) / span) * 100;
      const width = ((endPosition(axis, m.end) - axis.position(m.start)) / span) * 100;
      const dates = `${longDate(m.start, locale)} – ${longDate(m.end, locale)}`;
      return `<div class="tl-row"><span class="tl-label">${m.number}. ${escapeHtml(m.title)}</span><span class="tl-track"><span class="tl-bar" style="left:${percent(left)};width:${percent(width)}" title="${escapeHtml(dates)}"></span></span></div>`;
    })
    .join("");
  return `<div class="timeline" aria-hidden="true"><div class="tl-row tl-months"><span class="tl-label"></span><span class="tl-track">${months}</span></div>${rows}</div>`;
};

export const modules = (p: ProgramSchedule): string => {
  const { program } = p;
  // A framework describes competencies; it has no gatherings to list.
  if (program.kind === "framework" && p.modules.length === 0) return "";
  const labels = languageOf(program.locale).schedule;
  const parts = [heading(program, labels, labels.schedule, "modules")];
  if (p.modules.length === 0) {
    parts.push(`<p>${escapeHtml(labels.noModules)}</p>`);
  } else {
    parts.push(timeline(p));
    const head = [
      labels.number,
      labels.module,
      labels.start,
      labels.end,
      labels.days,
      labels.location,
    ];
    const rows = p.modules.map((m) => {
      const cells = [
        `<td class="num" data-label="${escapeHtml(labels.number)}">${m.number}</td>`,
        `<td><strong>${escapeHtml(m.title)}</strong>${m.description ? `<br>${escapeHtml(m.description)}` : ""}</td>`,
        `<td data-label="${escapeHtml(labels.start)}">${escapeHtml(longDate(m.start, program.locale))}</td>`,
        `<td data-label="${escapeHtml(labels.end)}">${escapeHtml(longDate(m.end, program.locale))}</td>`,
        `<td class="num" data-label="${escapeHtml(labels.days)}">${m.days}</td>`,
        `<td data-label="${escapeHtml(labels.location)}">${escapeHtml(m.location ?? "")}</td>`,
      ];
      return `<tr>${cells.join("")}</tr>`;
    });
    parts.push(
      `<table class="modules"><thead><tr>${head.map((h, i) => `<th${i === 0 || i === 4 ? ' class="num"' : ""}>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`,
      `<p>${escapeHtml(labels.totals(p.totals.gatherings, p.totals.days))}</p>`,
    );
    if (p.omitted > 0) parts.push(`<p>${escapeHtml(labels.omitted(p.omitted))}</p>`);
  }
  return `<section>${parts.join("")}</section>`;
};

export const components = (p: ProgramSchedule): string => {
  if (p.components.length === 0) return "";
  const { program } = p;
  const labels = languageOf(program.locale).schedule;
  const items = p.components.map(
    (c) =>
      `<li><strong>${escapeHtml(c.title)}</strong> (${escapeHtml(labels.kind[c.kind])})${c.description ? `<br>${escapeHtml(c.description)}` : ""}</li>`,
  );
  return `<section>${heading(program, labels, labels.components, "components")}<ul>${items.join("")}</ul></section>`;
};

export const requirements = (program: Program): string => {
  if (!program.requirements || program.requirements.length === 0) return "";
  const labels = languageOf(program.locale).schedule;
  return `<section>${heading(program, labels, labels.requirements, "requirements")}<ul>${program.requirements
    .map((r) => `<li>${escapeHtml(r.text)}</li>`)
    .join("")}</ul></section>`;
};

export const competencies = (program: Program): string => {
  const c = program.competencies;
  if (!c) return "";
  const labels = languageOf(program.locale).schedule;
  const source = c.source ? `<p class="meta">${escapeHtml(c.source)}</p>` : "";
  const areas = c.areas
    .map(
      (a) =>
        `<div class="competency"><h3>${escapeHtml(a.title)}</h3><ul>${a.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul></div>`,
    )
    .join("");
  return `<section>${heading(program, labels, labels.competencies, "competencies")}<p><strong>${escapeHtml(c.title)}</strong></p>${source}${areas}</section>`;
};
