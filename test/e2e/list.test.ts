/**
 * cohort list on the built binary, with the clock pinned by --today. The
 * statuses of the programs shipped today are asserted exactly; programs added
 * later must only appear with a known status.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROGRAM_STATUSES } from "../../src/core/schedule/status.js";
import { ROOT, runCli } from "./run-cli.js";

/** Status of each shipped program on 2027-02-01, where the file exists. */
const ON_2027_02_01: Record<string, string> = {
  topplederprogrammet: "open for applications",
  "ledarskaps-st": "paused",
  "ous-erfarne-ledere": "upcoming",
  "ous-ledergruppeutvikling": "undated",
  "ous-lederkrav": "framework",
  "ous-ledermobilisering": "open for applications",
  "ous-mentorgrupper": "continuous",
  "ous-ny-som-leder": "under-revision",
};

interface Row {
  id: string;
  name: string;
  seats: number | null;
  deadline: string | null;
  first: string | null;
  last: string | null;
  status: string;
  file: string;
}

const list = (today: string, args: string[] = []): Row[] => {
  const result = runCli(["list", "--today", today, "--format", "json", ...args]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const data = JSON.parse(result.stdout);
  expect(data.version).toBe(1);
  expect(data.today).toBe(today);
  return data.programs;
};

describe("cohort list", () => {
  it("gives every shipped program its status on 2027-02-01", () => {
    const rows = list("2027-02-01");
    const files = readdirSync(join(ROOT, "programs")).filter((f) => /\.ya?ml$/.test(f));
    expect(rows.map((r) => r.file).sort()).toEqual(files.map((f) => `programs/${f}`).sort());
    for (const row of rows) {
      expect(PROGRAM_STATUSES).toContain(row.status);
      if (row.id in ON_2027_02_01)
        expect([row.id, row.status]).toEqual([row.id, ON_2027_02_01[row.id]]);
    }
    expect(rows.find((r) => r.id === "topplederprogrammet")).toEqual({
      id: "topplederprogrammet",
      name: "Nasjonalt topplederprogram for kommune- og spesialisthelsetjenesten",
      kind: "program",
      locale: "nb",
      seats: 40,
      opens: "2027-01-11",
      deadline: "2027-04-12",
      first: "2027-09-07",
      last: "2028-06-08",
      status: "open for applications",
      file: "programs/topplederprogrammet.yaml",
    });
  });

  it.each([
    ["2027-01-10", "upcoming"],
    ["2027-04-12", "open for applications"],
    ["2027-04-13", "closed"],
    ["2027-09-07", "running"],
    ["2028-06-08", "running"],
    ["2028-06-09", "completed"],
  ])("says the Topplederprogram is %s: %s", (today, status) => {
    const [row] = list(today, ["programs/topplederprogrammet.yaml"]);
    expect(row!.status).toBe(status);
  });

  it("prints a table in the language of most programs, dates and statuses too", () => {
    const result = runCli(["list", "--today", "2027-02-01"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toMatch(/^id\s+navn\s+språk\s+plasser\s+søknadsfrist\s+første samling/);
    const row = lines.find((l) => l.startsWith("topplederprogrammet "));
    expect(row).toMatch(
      /nb\s+40\s+12\. apr\. 2027\s+7\. sep\. 2027\s+8\. juni 2028\s+åpen for søknader$/,
    );
    expect(lines.find((l) => l.startsWith("ledarskaps-st "))).toMatch(/satt på pause$/);
    expect(result.stdout).toContain(
      "Status per 1. februar 2027. * markerer opptaket kommandoene bruker uten --intake.",
    );
  });

  it("--lang writes the table in another language, and JSON keeps the English statuses", () => {
    const sv = runCli(["list", "--today", "2027-02-01", "--lang", "sv"]);
    expect(sv.code).toBe(0);
    const row = sv.stdout.split("\n").find((l) => l.startsWith("topplederprogrammet "));
    expect(row).toMatch(/12 apr\. 2027\s+7 sep\. 2027\s+8 juni 2028\s+öppen för ansökan$/);
    expect(sv.stdout).toContain("Status den 1 februari 2027.");
    const en = runCli(["list", "--today", "2027-02-01", "--lang", "en"]);
    expect(en.stdout).toContain("Status on 1 February 2027.");
    expect(en.stdout).toMatch(/open for applications/);
    const json = JSON.parse(runCli(["list", "--today", "2027-02-01", "--format", "json"]).stdout);
    expect(json.programs.find((p: { id: string }) => p.id === "topplederprogrammet").status).toBe(
      "open for applications",
    );
  });

  it("refuses a --today that is not a date", () => {
    const result = runCli(["list", "--today", "1.2.2027"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--today "1.2.2027" is not a date');
  });

  it("shows examples in --help", () => {
    const result = runCli(["list", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("$ cohort list --today 2027-02-01");
  });
});
