import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildSchedule } from "../../../src/core/schedule/schedule.js";
import { escapeText, foldLine, formatIcs } from "../../../src/format/schedule/ics.js";
import { module, program } from "../../core/schedule/program.js";

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n /g, "");

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
});

describe("foldLine", () => {
  it("leaves lines of up to 75 octets alone", () => {
    const line = `SUMMARY:${"x".repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    for (const char of ["a", "å", "€", "🌞"]) {
      for (let length = 60; length < 200; length += 7) {
        const line = `DESCRIPTION:${char.repeat(length)}`;
        const folded = foldLine(line);
        for (const part of folded.split("\r\n")) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          expect(part).not.toContain("\uFFFD");
        }
        expect(unfold(folded)).toBe(line);
      }
    }
  });
});

describe("formatIcs", () => {
  const p = program({
    id: "demo",
    name: "Demo, with; specials",
    application: { deadline: "2027-04-12" },
    modules: [
      module("one", "2027-09-07", 3, { location: "Oslo, sentrum", description: "Line 1\nLine 2" }),
      module("two", "2027-12-30", 3),
    ],
  });
  const schedule = buildSchedule([{ program: p }]);

  it("writes all-day events with exclusive ends, stable UIDs and a derived DTSTAMP", () => {
    const text = formatIcs(schedule, { color: false });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString()])).toEqual([
      ["one.demo@cohort", "2027-09-07", "2027-09-10"],
      ["two.demo@cohort", "2027-12-30", "2028-01-02"],
    ]);
    expect(events.every((e) => e.startDate.isDate && e.endDate.isDate)).toBe(true);
    expect(events[0]!.location).toBe("Oslo, sentrum");
    expect(events[0]!.description).toContain("Line 1\nLine 2");
    expect(text).toContain("DTSTAMP:20270412T000000Z");
  });

  it("uses the given stamp", () => {
    const text = formatIcs(schedule, { color: false, stamp: "20270101T120000Z" });
    expect(text.match(/DTSTAMP:20270101T120000Z/g)).toHaveLength(2);
  });

  it("marks events of illustrative modules as tentative", () => {
    const illustrative = program({ ...p, illustrative: ["modules.1"] });
    const text = formatIcs(buildSchedule([{ program: illustrative }]), { color: false });
    expect(text.match(/STATUS:\w+/g)).toEqual(["STATUS:CONFIRMED", "STATUS:TENTATIVE"]);
  });
});
