/** cohort roster and cohort progress in this process: formats, exit codes, located problems, usage errors. */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inputErrorText } from "../../src/format/input-error.js";
import { type Workspace, workspace } from "../letters/workspace.js";
import { ROOT, run } from "./run.js";

let ws: Workspace;
beforeAll(async () => {
  ws = workspace("en");
  const allocated = await run(
    ["allocate", "topplederprogrammet.yaml", "list.csv", "--audit", "audit.json", "-o", "r.json"],
    { cwd: ws.dir },
  );
  expect(allocated.code).toBe(1);
});
afterAll(() => ws.remove());

const fixture = (name: string) => join(ROOT, "fixtures/progress", name);

describe("cohort roster (in process)", () => {
  it("writes CSV to stdout with the headers in the program's language", async () => {
    const result = await run(["roster", "topplederprogrammet.yaml", "audit.json"], { cwd: ws.dir });
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.trimEnd().split("\n");
    expect(header).toContain(
      '"2027-09-07 Strategisk ledelse og strategiutvikling i helse- og omsorgssektoren (days, of 3)"',
    );
    expect(rows).toHaveLength(40);
  });

  it("xlsx to a stdout that is not a terminal is the workbook's bytes", async () => {
    const result = await run(
      ["roster", "topplederprogrammet.yaml", "audit.json", "--format", "xlsx"],
      {
        cwd: ws.dir,
      },
    );
    expect(result.code).toBe(0);
    const book = XLSX.read(result.bytes);
    expect(book.SheetNames).toEqual(["Participants"]);
  });

  it("--class without classes in the record, and --intake for a program without intakes, are usage errors", async () => {
    const cls = await run(["roster", "topplederprogrammet.yaml", "audit.json", "--class", "a"], {
      cwd: ws.dir,
    });
    expect(cls.code).toBe(2);
    expect(cls.error?.message).toContain("has no classes; leave out --class");
    const intake = await run(
      ["roster", "topplederprogrammet.yaml", "audit.json", "--intake", "2027"],
      {
        cwd: ws.dir,
      },
    );
    expect(intake.code).toBe(2);
    expect(intake.error?.message).toContain("has no intakes");
  });

  it("refuses an edited record, and writes nothing", async () => {
    const text = (await import("node:fs")).readFileSync(join(ws.dir, "audit.json"), "utf8");
    const edited = JSON.parse(text) as { outcomes: { outcome: string }[] };
    edited.outcomes.find((o) => o.outcome === "waitlisted")!.outcome = "admitted";
    writeFileSync(join(ws.dir, "edited.json"), JSON.stringify(edited));
    const result = await run(
      [
        "roster",
        "topplederprogrammet.yaml",
        "edited.json",
        "--applicants",
        "list.csv",
        "-o",
        "x.xlsx",
      ],
      { cwd: ws.dir },
    );
    expect(result.code).toBe(2);
    expect(result.error?.message).toContain("has been edited since it was written");
    expect(existsSync(join(ws.dir, "x.xlsx"))).toBe(false);
  });
});

describe("cohort progress (in process)", () => {
  it("json, csv, table and xlsx of one run agree, and the exit code is 1 with someone at risk", async () => {
    const args = [
      "progress",
      "ous-erfarne-ledere",
      fixture("ous-erfarne-ledere.csv"),
      "--as-of",
      "2028-01-01",
    ];
    const json = await run([...args, "--format", "json"]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { participants: { status: string }[]; asOf: string };
    expect(report.asOf).toBe("2028-01-01");
    const csv = await run([...args, "--format", "csv"]);
    expect(csv.stdout.split("\n")[0]).toBe("deltaker,status,ikke oppfylt");
    expect(csv.stdout).toContain("E1002,i faresonen,");
    const table = await run([...args, "--format", "table"]);
    expect(table.stdout).toContain("per 1. januar 2028: 1 fullført, 2 i rute, 2 i faresonen");
    const xlsx = await run([...args, "--format", "xlsx"]);
    const book = XLSX.read(xlsx.bytes);
    expect(book.SheetNames).toEqual(["Deltakere", "Samlinger"]);
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets.Deltakere!, { header: 1 });
    expect(rows.map((r) => r[1])).toEqual([
      "status",
      "fullført",
      "i faresonen",
      "i rute",
      "i faresonen",
      "i rute",
      "kunne ikke leses",
    ]);
  });

  it("--lang words the run in another language; bad cells are located on stderr", async () => {
    const result = await run([
      "progress",
      "ous-erfarne-ledere",
      fixture("ous-erfarne-ledere.csv"),
      "--as-of",
      "2028-01-01",
      "--lang",
      "en",
      "--format",
      "csv",
    ]);
    expect(result.stdout).toContain(
      'E1004,at risk,"Deltakelse på alle ni dagene i de fem samlingene: attended 4 of 9 days, at least 9 required; can no longer be met (at most 7)"',
    );
    expect(result.stdout).toContain(
      'E1006,could not be read,"""samling-2"" has a value that cannot be read: ""3"""',
    );
    expect(result.stderr).toContain(
      "ous-erfarne-ledere.csv:7:4: samling-2: this module has 2 days",
    );
  });

  it("the day defaults to today, which the shell passes in", async () => {
    const result = await run(
      ["progress", "ledarskaps-st", fixture("ledarskaps-st.csv"), "--format", "json"],
      {
        today: "2030-05-05",
      },
    );
    expect((JSON.parse(result.stdout) as { asOf: string }).asOf).toBe("2030-05-05");
  });

  it("a bad --as-of, a program without requirements, and a roster without the id column: exit 2", async () => {
    const day = await run([
      "progress",
      "ledarskaps-st",
      fixture("ledarskaps-st.csv"),
      "--as-of",
      "1.1.2028",
    ]);
    expect(day.code).toBe(2);
    expect(day.error?.message).toContain('--as-of "1.1.2028" is not a date');
    const none = await run(["progress", "ous-lederkrav", fixture("ledarskaps-st.csv")]);
    expect(none.code).toBe(2);
    writeFileSync(join(ws.dir, "noid.csv"), "Namn,Förbättringsarbete godkänt\nAnna,ja\n");
    const noid = await run(["progress", join(ROOT, "programs/ledarskaps-st.yaml"), "noid.csv"], {
      cwd: ws.dir,
    });
    expect(noid.code).toBe(2);
    expect(noid.error?.locale).toBe("sv");
    expect(inputErrorText(noid.error!, "sv")).toBe(
      "kolumnen ”Personnummer” saknas; cohort roster skriver alla kolumner som progress läser",
    );
    expect(noid.error?.location).toMatchObject({ file: "noid.csv", line: 1 });
  });
});
