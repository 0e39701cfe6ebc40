/**
 * RFC 5545 calendar of the schedule, written by hand because it is small and
 * must not depend on the machine: every module is an all-day event (DATE
 * values, no time zone), so it lands on the same days in every calendar.
 *
 * - UID `<module>.<program>@cohort`: stable across runs, so re-importing
 *   updates events instead of duplicating them. For a program with intakes
 *   `<module>.<class>.<intake>.<program>@cohort` (the class when the intake
 *   has classes), so two classes or two years never share an event.
 * - DTSTAMP: `--stamp`, or else the program's application deadline (or, with
 *   no deadline, its first module day) at 00:00:00 UTC, so the same file gives
 *   the same bytes on every run and in every time zone.
 * - SEQUENCE: the program's `revision` (0 when absent). A calendar client
 *   replaces an event it has imported only by a higher SEQUENCE (RFC 5546
 *   2.1.4), and nothing in one file can tell whether dates moved since the
 *   last publication, so the coordinator raises `revision` (docs/schedule.md).
 * - DTEND is exclusive: the day after the last day.
 * - Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
 *   character.
 */
import { addDays, type IsoDate } from "../../core/calendar/date.js";
import { languageOf } from "../../core/language/index.js";
import type { ProgramSchedule, ScheduledModule } from "../../core/schedule/schedule.js";
import { isIllustrative } from "./illustrative.js";
import type { ScheduleRenderer } from "./options.js";
import { unitSuffix, unitUid } from "./unit.js";

export const PRODID = "-//cohort//cohort schedule//EN";
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Control characters (RFC 5545 allows none in a value but tab) become
 * U+FFFD: a calendar must not carry NUL, ESC or DEL from a program file.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Escapes a TEXT value: backslash, semicolon, comma and newlines; no control characters. */
export const escapeText = (text: string): string =>
  text
    .replace(CONTROL, "\ufffd")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");

/** Folds a content line into chunks of at most 75 octets, continuation lines starting with a space. */
export const foldLine = (line: string): string => {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
};

/**
 * Only an http(s) address without spaces or control characters is a URL a
 * calendar may open (the HTML page links the same ones): `javascript:` and
 * the like are left out.
 */
const webAddress = (url: string | undefined): url is string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  url !== undefined && /^https?:\/\/[^\s\u0000-\u001f\u007f-\u009f]+$/i.test(url);

const compactDate = (date: IsoDate): string => date.replace(/-/g, "");

/** The deterministic DTSTAMP of a program when --stamp is not given. */
export const derivedStamp = (p: ProgramSchedule): string => {
  const base = p.deadline ?? p.totals.first ?? p.opens ?? "1970-01-01";
  return `${compactDate(base)}T000000Z`;
};

const event = (p: ProgramSchedule, m: ScheduledModule, total: number, stamp: string): string[] => {
  const { program } = p;
  const labels = languageOf(program.locale).schedule;
  const tentative = isIllustrative(program, `modules.${m.index}`);
  const description = [
    `${program.name}${unitSuffix(p)}: ${labels.module.toLowerCase()} ${m.number}/${total}`,
    ...(m.description ? ["", m.description] : []),
    ...(tentative ? ["", labels.illustrativeDates] : []),
  ].join("\n");
  return [
    "BEGIN:VEVENT",
    `UID:${m.id}.${unitUid(p)}${program.id}@cohort`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(m.start)}`,
    `DTEND;VALUE=DATE:${compactDate(addDays(m.end, 1))}`,
    `SUMMARY:${escapeText(m.title)}`,
    ...(m.location || p.class ? [`LOCATION:${escapeText(m.location ?? p.class!.site)}`] : []),
    `DESCRIPTION:${escapeText(description)}`,
    ...(webAddress(program.url) ? [`URL:${program.url}`] : []),
    `STATUS:${tentative ? "TENTATIVE" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    `SEQUENCE:${program.revision ?? 0}`,
    "END:VEVENT",
  ];
};

export const formatIcs: ScheduleRenderer = (schedule, options) => {
  const [first] = schedule.programs;
  const oneProgram =
    first !== undefined && schedule.programs.every((p) => p.program.id === first.program.id);
  const name = !oneProgram
    ? "cohort schedule"
    : schedule.programs.length === 1
      ? `${first.program.name}${unitSuffix(first)}`
      : `${first.program.name}${first.intake ? ` · ${first.intake.label}` : ""}`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const p of schedule.programs) {
    const stamp = options.stamp ?? derivedStamp(p);
    const total = p.modules.length + p.omitted;
    for (const m of p.modules) lines.push(...event(p, m, total, stamp));
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
};
