/**
 * cohort schedule on the built binary (run `npm run build` first): every
 * format, on the shipped programs (whatever files programs/ holds) and on
 * fixtures/schedule/. The clock and the time zone are pinned by run-cli.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { addDays, isoWeekday } from "../../src/core/calendar/date.js";
import type { Locale } from "../../src/core/language/index.js";
import { modulesInOrder } from "../../src/core/program/model.js";
import type { Program } from "../../src/core/program/schema.js";
import { readProgramSource } from "../../src/io/program-source.js";
import { ROOT, runCli } from "./run-cli.js";

/** Weekday names as a reader of each language expects them, Monday first. */
const WEEKDAYS: Record<Locale, string[]> = {
  nb: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
  nn: ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "søndag"],
  sv: ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
  da: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
  fi: ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};
const weekday = (date: string, locale: Locale) => WEEKDAYS[locale][isoWeekday(date)]!;

/** The shipped programs, read with the project's own loader. */
const shipped = (): { file: string; program: Program }[] =>
  readdirSync(join(ROOT, "programs"))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => {
      const source = readProgramSource(f, readFileSync(join(ROOT, "programs", f), "utf8"));
      return source.program ? [{ file: `programs/${f}`, program: source.program }] : [];
    });
const dated = () =>
  shipped().filter((s) => s.program.kind === "program" && (s.program.modules ?? []).length > 0);

const ARTIFACTS = join(ROOT, "test-artifacts");
const TMP = join(ARTIFACTS, "schedule-e2e");
mkdirSync(TMP, { recursive: true });
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const parseIcs = (text: string) =>
  new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents("vevent")
    .map((component) => new ICAL.Event(component));

describe("cohort schedule (table)", () => {
  it("prints every dated module of every shipped program with weekdays in its language", () => {
    const result = runCli(["schedule", "programs/"], { env: { COLUMNS: "400" } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    for (const { program } of dated()) {
      expect(result.stdout).toContain(program.name);
      for (const m of modulesInOrder(program)) {
        const row = lines.find((line) => line.includes(` ${m.title} `));
        expect(row, `${program.id}: ${m.title}`).toBeDefined();
        expect(row).toContain(weekday(m.start, program.locale));
        expect(row).toContain(weekday(m.end, program.locale));
      }
    }
  });

  it("lists the undated components and the totals", () => {
    const result = runCli(["schedule", "topplederprogrammet", "ous-erfarne-ledere"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("6 samlinger, 18 dager");
    expect(result.stdout).toContain(
      "Søknad åpner: mandag 11. januar 2027; Søknadsfrist: mandag 12. april 2027",
    );
    expect(result.stdout).toContain(
      "Deler uten faste datoer:\n  - Enkeltstående temabaserte dagssamlinger (kurs)",
    );
  });

  it("writes Swedish weekdays and warns about weekends and Swedish holidays", () => {
    const result = runCli(["schedule", "fixtures/schedule/midsommar.yaml"], {
      env: { COLUMNS: "200" },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/fredag 5 mars 2027\s+söndag 7 mars 2027/);
    // The warnings in Swedish, dates the local way; the codes stay English.
    expect(result.stdout).toContain(
      "varning ”Uppstart: roller, ansvar; förväntningar” infaller på en helg (6 mars 2027, 7 mars 2027) module-weekend",
    );
    expect(result.stdout).toContain(
      "infaller på Midsommarafton (25 juni 2027), en helgdag eller helgdagsafton i Sverige module-holiday",
    );
    const json = JSON.parse(
      runCli(["schedule", "fixtures/schedule/midsommar.yaml", "--format", "json"]).stdout,
    );
    expect(json.programs[0].warnings[0].message).toBe(
      '"Uppstart: roller, ansvar; förväntningar" falls on a weekend (2027-03-06, 2027-03-07)',
    );
  });

  it("draws a month timeline with one bar per module", () => {
    const result = runCli(["schedule", "topplederprogrammet", "--timeline"]);
    expect(result.code).toBe(0);
    const timeline = result.stdout.slice(result.stdout.lastIndexOf("6 samlinger, 18 dager"));
    expect(timeline).toMatch(/2027\s+2028/);
    expect(timeline).toMatch(/sep\.\s+okt\.\s+nov\./);
    expect(timeline.split("\n").filter((l) => l.includes("█"))).toHaveLength(6);
  });

  it("leaves frameworks out of a folder but shows one that is named", () => {
    const frameworks = shipped().filter((s) => s.program.kind === "framework");
    const all = runCli(["schedule", "programs/", "--format", "json"]);
    const ids = JSON.parse(all.stdout).programs.map((p: { id: string }) => p.id);
    for (const f of frameworks) expect(ids).not.toContain(f.program.id);
    for (const f of frameworks) {
      const named = runCli(["schedule", f.file, "--format", "json"]);
      expect(JSON.parse(named.stdout).programs[0].id).toBe(f.program.id);
    }
  });
});

describe("cohort schedule --format json", () => {
  it("has the documented shape with the modules of the file", () => {
    const result = runCli(["schedule", "programs/topplederprogrammet.yaml", "--format", "json"]);
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout);
    expect(data.version).toBe(1);
    const [p] = data.programs;
    expect(Object.keys(p)).toEqual(
      expect.arrayContaining([
        "id",
        "name",
        "locale",
        "modules",
        "components",
        "totals",
        "deadline",
        "warnings",
      ]),
    );
    expect(p).toMatchObject({ id: "topplederprogrammet", locale: "nb", deadline: "2027-04-12" });
    expect(p.totals).toMatchObject({ gatherings: 6, days: 18 });
    expect(p.modules[0]).toEqual({
      number: 1,
      id: "strategi",
      title: "Strategisk ledelse og strategiutvikling i helse- og omsorgssektoren",
      start: "2027-09-07",
      end: "2027-09-09",
      days: 3,
      location: "Oslo",
      startText: "tirsdag 7. september 2027",
      endText: "torsdag 9. september 2027",
    });
  });

  it("warns about modules that share days across programs, on both sides", () => {
    const result = runCli([
      "schedule",
      "fixtures/schedule/overlap-a.yaml",
      "fixtures/schedule/overlap-b.yaml",
      "--format",
      "json",
    ]);
    expect(result.code).toBe(0);
    const [a, b] = JSON.parse(result.stdout).programs;
    expect(a.warnings).toEqual([
      expect.objectContaining({
        code: "program-overlap",
        module: "host",
        dates: ["2027-10-13", "2027-10-14"],
        other: { program: "overlap-b", module: "oppstart" },
      }),
    ]);
    expect(b.warnings.map((w: { code: string; module: string }) => [w.code, w.module])).toEqual([
      ["program-overlap", "oppstart"],
      ["module-holiday", "mai"],
    ]);
  });

  it("cuts a period with --from and --to", () => {
    const result = runCli([
      "schedule",
      "topplederprogrammet",
      "--from",
      "2027-10-01",
      "--to",
      "2028-01-31",
      "--format",
      "json",
    ]);
    const [p] = JSON.parse(result.stdout).programs;
    expect(p.modules.map((m: { id: string }) => m.id)).toEqual(["samarbeid", "innovasjon"]);
    expect(p.modules.map((m: { number: number }) => m.number)).toEqual([2, 3]);
    expect(p.omitted).toBe(4);
    expect(p.totals).toMatchObject({ gatherings: 2, days: 6 });
  });
});

describe("cohort schedule --format ics", () => {
  it("imports the Topplederprogram as six three-day all-day events", () => {
    const result = runCli(["schedule", "topplederprogrammet", "--format", "ics"]);
    expect(result.code).toBe(0);
    const events = parseIcs(result.stdout);
    expect(events).toHaveLength(6);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.isDate).toBe(true);
      expect(event.endDate.subtractDate(event.startDate).toSeconds()).toBe(3 * 24 * 3600);
      expect(event.location).toBe("Oslo");
    }
  });

  it("has every module of every shipped program on its dates, with stable UIDs", () => {
    const result = runCli(["schedule", "programs/", "--format", "ics"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:[^\r\n]+\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n/,
    );
    expect(result.stdout.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of result.stdout.split("\r\n")) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    }
    const events = new Map(parseIcs(result.stdout).map((e) => [e.uid, e]));
    // Programs with intakes show one intake's classes: tested on their own below.
    const modules = dated()
      .filter(({ program }) => !program.intakes)
      .flatMap(({ program }) => modulesInOrder(program).map((m) => ({ program, m })));
    const withIntakes = shipped().filter(({ program }) => program.intakes);
    const intakeEvents = [...events.keys()].filter((uid) =>
      withIntakes.some(({ program }) => uid.endsWith(`.${program.id}@cohort`)),
    );
    expect(events.size).toBe(modules.length + intakeEvents.length);
    for (const { program, m } of modules) {
      const event = events.get(`${m.id}.${program.id}@cohort`);
      expect(event, `${program.id}/${m.id}`).toBeDefined();
      expect(event!.summary).toBe(m.title);
      expect(event!.startDate.toString()).toBe(m.start);
      expect(event!.endDate.toString()).toBe(addDays(m.end, 1));
    }
    const again = runCli(["schedule", "programs/", "--format", "ics"]);
    expect(again.stdout).toBe(result.stdout);
  });

  it("escapes and folds texts and derives DTSTAMP from the deadline, or takes --stamp", () => {
    const file = "fixtures/schedule/midsommar.yaml";
    const derived = runCli(["schedule", file, "--format", "ics"]);
    expect(derived.stdout).toContain("DTSTAMP:20270215T000000Z\r\n");
    expect(derived.stdout).toContain("SUMMARY:Uppstart: roller\\, ansvar\\; förväntningar\r\n");
    expect(derived.stdout).toContain("LOCATION:Malmö\\, Clarion Hotel\r\n");
    const [first, second] = parseIcs(derived.stdout);
    expect(first!.description).toContain(
      "Första träffen.\nTa med: dator, <laddare> & egen case \\ fall",
    );
    expect(second!.summary).toBe(
      "Sommarträff med en mycket lång titel som måste vikas i kalenderfilen åäö ÅÄÖ 🌞",
    );
    const stamped = runCli(["schedule", file, "--format", "ics", "--stamp", "20270301T101500Z"]);
    expect(stamped.stdout.match(/DTSTAMP:20270301T101500Z/g)).toHaveLength(2);
    const bad = runCli(["schedule", file, "--format", "ics", "--stamp", "2027-03-01"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("YYYYMMDDTHHMMSSZ");
  });
});

describe("cohort schedule --format ics: calendars that update", () => {
  const source = readFileSync(join(ROOT, "fixtures/schedule/midsommar.yaml"), "utf8");
  const write = (name: string, text: string): string => {
    const file = join(TMP, name);
    writeFileSync(file, text);
    return file;
  };
  const ics = (file: string, extra: string[] = []) =>
    runCli(["schedule", file, "--format", "ics", ...extra]);

  it("gives SEQUENCE 0 without a revision, and the revision as SEQUENCE of every event", () => {
    const before = parseIcs(ics(write("rev0.yaml", source)).stdout);
    expect(before.map((e) => e.sequence)).toEqual([0, 0]);
    // The coordinator moves the summer meeting a week and raises the revision.
    const moved = source
      .replace("start: 2027-06-24\n    end: 2027-06-25", "start: 2027-07-01\n    end: 2027-07-02")
      .replace("country: SE\n", "country: SE\nrevision: 1\n");
    const after = parseIcs(ics(write("rev1.yaml", moved)).stdout);
    expect(after.map((e) => e.sequence)).toEqual([1, 1]);
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[1]!.startDate.toString()).toBe("2027-07-01");
    // The same file gives the same bytes, DTSTAMP included.
    expect(ics(write("rev1-again.yaml", moved)).stdout).toBe(ics(write("rev1.yaml", moved)).stdout);
  });

  it("rejects a revision that is not a whole number of 0 or more", () => {
    const result = runCli(["validate", write("rev-bad.yaml", `${source}revision: -1\n`)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("schema-value");
  });

  it("writes no calendar for a program without modules: a clear message and exit 1", () => {
    const bare = source.slice(0, source.indexOf("modules:"));
    const file = write("no-modules.yaml", bare);
    expect(runCli(["validate", file]).code).toBe(0);
    const out = join(TMP, "no-modules.ics");
    const result = ics(file, ["-o", out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    // (The cut file also warns that its `illustrative` list names modules it lost.)
    // In the program's language, Swedish.
    expect(result.stderr).toContain(
      "\ncohort: ingen kalender skrevs: midsommar har inga träffar med datum, och en kalender måste ha minst en händelse\n",
    );
    expect(existsSync(out)).toBe(false);
    const filtered = ics(write("rev-filter.yaml", source), ["--from", "2030-01-01"]);
    expect(filtered.code).toBe(1);
    expect(filtered.stderr).toContain("inga träffar med datum mellan 2030-01-01 och slutet");
    const english = ics(write("rev-filter.yaml", source), ["--from", "2030-01-01", "--lang", "en"]);
    expect(english.stderr).toContain("no modules with dates between 2030-01-01 and the end");
  });
});

describe("cohort schedule is the same in every time zone", () => {
  const formats = ["ics", "json", "table", "markdown", "html"];
  for (const tz of ["Pacific/Kiritimati", "America/Los_Angeles"]) {
    it(`gives byte-identical output under TZ=${tz} and Europe/Oslo`, () => {
      for (const format of formats) {
        const args = [
          "schedule",
          "programs/",
          "fixtures/schedule/midsommar.yaml",
          "--format",
          format,
        ];
        const oslo = runCli(args, { env: { TZ: "Europe/Oslo" } });
        const other = runCli(args, { env: { TZ: tz } });
        expect(oslo.code).toBe(0);
        expect(other.stdout, format).toBe(oslo.stdout);
      }
    });
  }
});

describe("cohort schedule --format markdown", () => {
  it("writes a table in the program's language", () => {
    const result = runCli(["schedule", "topplederprogrammet", "--format", "markdown"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "## Nasjonalt topplederprogram for kommune- og spesialisthelsetjenesten",
    );
    expect(result.stdout).toContain("| Nr. | Samling | Start | Slutt | Dager | Sted |");
    expect(result.stdout).toContain(
      "| 1 | Strategisk ledelse og strategiutvikling i helse- og omsorgssektoren | tirsdag 7. september 2027 | torsdag 9. september 2027 | 3 | Oslo |",
    );
    expect(result.stdout).toContain("**Søknadsfrist: mandag 12. april 2027**");
  });
});

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `Skipping the HTML browser test: ${CHROMIUM} is missing (apt-get install chromium).`,
  );
}

describe("cohort schedule --format html", () => {
  it.skipIf(!hasChromium)(
    "renders in a real browser with every module title and no console errors",
    async () => {
      const file = join(ARTIFACTS, "schedule.html");
      const result = runCli(["schedule", "programs/", "--format", "html", "-o", file]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe("");
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      });
      try {
        for (const [name, viewport] of [
          ["schedule-desktop.png", { width: 1200, height: 900 }],
          ["schedule-phone.png", { width: 390, height: 844 }],
        ] as const) {
          const page = await browser.newPage({ viewport });
          const problems: string[] = [];
          page.on("console", (m) => {
            if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
          });
          page.on("pageerror", (e) => problems.push(e.message));
          page.on("request", (r) => {
            if (!r.url().startsWith("file:")) problems.push(`request to ${r.url()}`);
          });
          await page.goto(`file://${file}`);
          // Playwright's innerText: the text as rendered, not the DOM property.
          const text = await page.locator("body").innerText();
          for (const { program } of dated()) {
            expect(text).toContain(program.name);
            for (const m of program.modules ?? []) expect(text).toContain(m.title);
          }
          const bars = await page.locator(".tl-bar").count();
          // One bar per module of each schedule entry: a program with intakes
          // shows its chosen intake once per class.
          const entries = JSON.parse(
            runCli(["schedule", "programs/", "--format", "json"]).stdout,
          ) as { programs: { modules: unknown[] }[] };
          expect(bars).toBe(entries.programs.reduce((n, p) => n + p.modules.length, 0));
          const overflow = await page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth",
          );
          expect(Number(overflow), "no horizontal scrolling").toBeLessThanOrEqual(0);
          await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
          expect(problems).toEqual([]);
          await page.close();
        }
      } finally {
        await browser.close();
      }
    },
    60_000,
  );

  it("is one self-contained page", () => {
    const result = runCli(["schedule", "topplederprogrammet", "--format", "html"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>\n<html lang="nb">/);
    expect(result.stdout).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(result.stdout).toContain("Noen verdier på denne siden er illustrative");
    expect(result.stdout).toContain("Målgruppen er ledere på strategisk nivå");
    expect(result.stdout).toContain("Spesialisthelsetjenesten: 20 plasser");
    expect(result.stdout).toContain("30 ECTS, masternivå");
  });
});

describe("cohort schedule: inputs and errors", () => {
  it("finds a program by id and suggests the id meant by a typo", () => {
    expect(runCli(["schedule", "topplederprogrammet"]).code).toBe(0);
    const typo = runCli(["schedule", "toplederprogrammet"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "topplederprogrammet"?');
  });

  it("reads a program from stdin", () => {
    const text = readFileSync(join(ROOT, "fixtures/schedule/overlap-a.yaml"), "utf8");
    const result = runCli(["schedule", "-", "--format", "json"], { input: text });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).programs[0].id).toBe("overlap-a");
  });

  it("stops with exit 2 and the findings' locations on an invalid program file", () => {
    const result = runCli(["schedule", "fixtures/schedule/broken/broken.yaml"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      "fixtures/schedule/broken/broken.yaml:7:35: 2027-02-30 is not a date",
    );
    expect(result.stderr).toContain("cohort validate fixtures/schedule/broken/broken.yaml");
  });

  it.each([
    [["--from", "2027-13-01"], '--from "2027-13-01" is not a date'],
    [["--from", "2028-01-01", "--to", "2027-01-01"], "--from 2028-01-01 is after --to 2027-01-01"],
    [["--timeline", "--format", "json"], "--timeline draws in the terminal table"],
    [["--format", "pdf"], "Allowed choices are table, markdown, json, ics, html"],
  ])("refuses %j with exit 2", (args, message) => {
    const result = runCli(["schedule", "topplederprogrammet", ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("writes -o atomically and never over an input", () => {
    const out = join(TMP, "toppleder.ics");
    const result = runCli(["schedule", "topplederprogrammet", "--format", "ics", "-o", out]);
    expect(result).toMatchObject({ code: 0, stdout: "" });
    expect(readFileSync(out, "utf8")).toContain("BEGIN:VCALENDAR");
    const refused = runCli([
      "schedule",
      "fixtures/schedule/overlap-a.yaml",
      "-o",
      "fixtures/schedule/overlap-a.yaml",
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("refusing to write the output");
  });

  it("shows examples in --help", () => {
    const result = runCli(["schedule", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("$ cohort schedule topplederprogrammet --format ics");
  });
});
