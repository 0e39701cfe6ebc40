/**
 * From the allocation to completion with the built binary: `cohort roster`
 * writes the admitted participants' roster, the test fills it in through
 * SheetJS as a coordinator would in Excel, and `cohort progress` reads it
 * back; every shipped program that states requirements is judged on a
 * filled roster fixture, row by row.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Workspace, workspace } from "../letters/workspace.js";
import { ROOT, runCli } from "./run-cli.js";

let ws: Workspace;
beforeAll(() => {
  ws = workspace();
  const allocated = runCli(
    ["allocate", "topplederprogrammet.yaml", "list.csv", "--audit", "audit.json", "-o", "r.json"],
    { cwd: ws.dir },
  );
  expect(allocated.code).toBe(1);
});
afterAll(() => ws.remove());

const MODULES = [
  "2027-09-07 Strategisk ledelse og strategiutvikling i helse- og omsorgssektoren (dager, av 3)",
  "2027-11-02 Ledelse på tvers og organisering for samarbeid (dager, av 3)",
  "2028-01-11 Strategisk innovasjonsledelse og innovasjonsstrategi (dager, av 3)",
  "2028-03-07 Helseøkonomi, teknologi og endring (dager, av 3)",
  "2028-04-25 Gjennomføring og kvalitet (dager, av 3)",
  "2028-06-06 Kommunikasjon og helhetlig styring (dager, av 3)",
];

const sheetRows = (file: string): string[][] => {
  const book = XLSX.read(readFileSync(file));
  return XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, {
    header: 1,
    defval: "",
    raw: false,
  });
};

describe("cohort roster → fill in Excel → cohort progress", () => {
  it("writes a workbook with the carried columns, one column per module and the record columns", () => {
    const result = runCli(
      ["roster", "topplederprogrammet.yaml", "audit.json", "-o", "roster.xlsx"],
      {
        cwd: ws.dir,
      },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "skrev 40 deltakere til roster.xlsx, med 6 samlingskolonner som skal fylles ut\n",
    );
    const book = XLSX.read(readFileSync(join(ws.dir, "roster.xlsx")));
    expect(book.SheetNames).toEqual(["Deltakere"]);
    const rows = sheetRows(join(ws.dir, "roster.xlsx"));
    expect(rows[0]).toEqual([
      "Søker-ID",
      "Navn",
      "Arbeidsgiver",
      "E-post",
      ...MODULES,
      "Studiepoeng",
    ]);
    expect(rows).toHaveLength(41);
    const audit = JSON.parse(readFileSync(join(ws.dir, "audit.json"), "utf8")) as {
      outcomes: { id: string; outcome: string }[];
    };
    expect(rows.slice(1).map((r) => r[0])).toEqual(
      audit.outcomes.filter((o) => o.outcome === "admitted").map((o) => o.id),
    );
    // Names and addresses come from the list the record was made from.
    for (const row of rows.slice(1)) {
      expect(row[1]).not.toBe("");
      expect(row.slice(4)).toEqual(["", "", "", "", "", "", ""]);
    }
  });

  it("the same inputs write the same bytes", () => {
    runCli(["roster", "topplederprogrammet.yaml", "audit.json", "-o", "again.xlsx"], {
      cwd: ws.dir,
    });
    expect(
      readFileSync(join(ws.dir, "again.xlsx")).equals(readFileSync(join(ws.dir, "roster.xlsx"))),
    ).toBe(true);
  });

  it("reads the filled workbook back: a status per participant, the unmet requirements in words", () => {
    const file = join(ws.dir, "roster.xlsx");
    const rows = sheetRows(file);
    // Filled on 2028-01-15: the first three gatherings held.
    const fill: Record<number, (string | number)[]> = {
      1: [3, 3, 3, "", "", "", ""], // on track
      2: [3, 0, 3, "", "", "", ""], // missed one: six of six out of reach
      3: [3, "ja", 2, "", "", "", 30], // yes means every day
      4: [3, "kanskje", 3, "", "", "", ""], // does not read
    };
    const filled = rows.map((row, i) =>
      i === 0 ? row : [...row.slice(0, 4), ...(fill[i] ?? [3, 3, 3, "", "", "", ""])],
    );
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(filled), "Deltakere");
    writeFileSync(
      join(ws.dir, "filled.xlsx"),
      XLSX.write(book, { type: "buffer", bookType: "xlsx" }),
    );

    const result = runCli(
      [
        "progress",
        "topplederprogrammet.yaml",
        "filled.xlsx",
        "--as-of",
        "2028-01-15",
        "--format",
        "json",
      ],
      { cwd: ws.dir },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `filled.xlsx:5:6: ${MODULES[1]}: samlingen varer i 3 dager; skriv inn hvor mange dager deltakeren var med, 0 til 3, eller ja (alle dagene) eller nei ("kanskje")`,
    );
    const report = JSON.parse(result.stdout) as {
      summary: Record<string, number>;
      participants: {
        id: string;
        row: number;
        status: string;
        requirements: {
          requirement: string;
          met: boolean;
          message?: string;
          actual?: number;
          possible?: number;
        }[];
      }[];
      modules: {
        id: string;
        attended: number;
        recorded: number;
        participants: number;
        held: boolean;
      }[];
    };
    const [p1, p2, p3, p4] = report.participants;
    expect([p1!.row, p1!.status]).toEqual([2, "on-track"]);
    expect(p2!.status).toBe("at-risk");
    expect(p2!.requirements[0]).toMatchObject({ requirement: "samlinger", actual: 2, possible: 5 });
    expect(p2!.requirements[0]!.message).toBe(
      "Deltakelse på alle seks samlingene: deltatt på 2 av 6 samlinger, minst 6 kreves; kan ikke lenger nås (høyst 5)",
    );
    expect(p3!.status).toBe("on-track");
    expect(p3!.requirements.find((r) => r.requirement === "studiepoeng")?.met).toBe(true);
    expect(p4!.status).toBe("invalid");
    expect(report.summary).toEqual({
      completed: 0,
      "on-track": 38,
      "at-risk": 1,
      "not-completed": 0,
      invalid: 1,
    });
    expect(report.modules.map((m) => [m.id, m.held, m.attended, m.recorded])).toEqual([
      ["strategi", true, 40, 40],
      ["samarbeid", true, 38, 39],
      ["innovasjon", true, 40, 40],
      ["helseokonomi", false, 0, 0],
      ["kvalitet", false, 0, 0],
      ["kommunikasjon", false, 0, 0],
    ]);
  });

  it("a CSV roster for Excel reads back the same way", () => {
    const written = runCli(
      [
        "roster",
        "topplederprogrammet.yaml",
        "audit.json",
        "--format",
        "csv",
        "--excel",
        "-o",
        "roster.csv",
      ],
      { cwd: ws.dir },
    );
    expect(written.code).toBe(0);
    const text = readFileSync(join(ws.dir, "roster.csv"), "utf8");
    expect(text.startsWith("\uFEFFSøker-ID;Navn;")).toBe(true);
    const rows = parse(text, { delimiter: ";", bom: true }) as string[][];
    const full = rows.map((r, i) =>
      i === 0 ? r : [...r.slice(0, 4), "3", "3", "3", "3", "3", "3", "30"],
    );
    writeFileSync(
      join(ws.dir, "done.csv"),
      full.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(";")).join("\r\n"),
    );
    const result = runCli(
      ["progress", "topplederprogrammet.yaml", "done.csv", "--as-of", "2028-06-30"],
      { cwd: ws.dir },
    );
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .split("\n")
        .slice(1, -1)
        .every((l) => l.includes(",fullført,")),
    ).toBe(true);
    expect(result.stderr).toContain(
      "per 30. juni 2028: 40 fullført, 0 i rute, 0 i faresonen, 0 ikke fullført",
    );
  });

  it("refuses to write the roster over an input, and leaves the input as it was", () => {
    const before = readFileSync(join(ws.dir, "audit.json"));
    const result = runCli(
      ["roster", "topplederprogrammet.yaml", "audit.json", "-o", "audit.json"],
      { cwd: ws.dir },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/audit\.json/);
    expect(readFileSync(join(ws.dir, "audit.json")).equals(before)).toBe(true);
  });

  it("refuses a record of another program, and a list that is not the recorded one", () => {
    const other = runCli(["roster", join(ROOT, "programs/ous-erfarne-ledere.yaml"), "audit.json"], {
      cwd: ws.dir,
    });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("en fordeling for programmet «topplederprogrammet»");
    writeFileSync(
      join(ws.dir, "other.csv"),
      readFileSync(join(ws.dir, "list.csv"), "utf8").replace("Kommune 5", "Kommune 55"),
    );
    const changed = runCli(
      ["roster", "topplederprogrammet.yaml", "audit.json", "--applicants", "other.csv"],
      { cwd: ws.dir },
    );
    expect(changed.code).toBe(2);
    expect(changed.stderr).toContain("er ikke søkerlisten audit.json ble laget fra");
  });

  it("a roster whose structure was changed: the missing module column is named, exit 2", () => {
    const rows = sheetRows(join(ws.dir, "roster.xlsx")).map((r) => r.filter((_, i) => i !== 6));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "Deltakere");
    writeFileSync(join(ws.dir, "cut.xlsx"), XLSX.write(book, { type: "buffer", bookType: "xlsx" }));
    const result = runCli(["progress", "topplederprogrammet.yaml", "cut.xlsx"], { cwd: ws.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`kolonnen «${MODULES[2]}» mangler`);
  });
});

describe("cohort progress on the shipped programs' filled roster fixtures", () => {
  const statuses = (program: string, fixture: string, asOf: string) => {
    const result = runCli([
      "progress",
      program,
      `fixtures/progress/${fixture}`,
      "--as-of",
      asOf,
      "--format",
      "json",
    ]);
    const report = JSON.parse(result.stdout) as { participants: { id: string; status: string }[] };
    return {
      code: result.code,
      stderr: result.stderr,
      rows: report.participants.map((p) => [p.id, p.status]),
    };
  };

  it("the experienced leaders' program: nine days in five gatherings, mid-way and at the end", () => {
    const mid = statuses("ous-erfarne-ledere", "ous-erfarne-ledere.csv", "2028-01-01");
    expect(mid.rows).toEqual([
      ["E1001", "completed"],
      ["E1002", "at-risk"],
      ["E1003", "on-track"],
      ["E1004", "at-risk"],
      ["E1005", "on-track"],
      ["E1006", "invalid"],
    ]);
    expect(mid.code).toBe(1);
    expect(mid.stderr).toContain("fixtures/progress/ous-erfarne-ledere.csv:7:4: samling-2:");
    const end = statuses("ous-erfarne-ledere", "ous-erfarne-ledere.csv", "2028-03-01");
    expect(end.rows.map((r) => r[1])).toEqual([
      "completed",
      "not-completed",
      "not-completed",
      "not-completed",
      "not-completed",
      "invalid",
    ]);
  });

  it("Ledarskaps-ST: the improvement project approved, in Swedish", () => {
    const result = statuses("ledarskaps-st", "ledarskaps-st.csv", "2028-01-01");
    expect(result.rows).toEqual([
      ["19850101-1234", "completed"],
      ["19860202-2345", "not-completed"],
      ["19870303-3456", "not-completed"],
      ["19880404-4567", "invalid"],
    ]);
    const table = runCli([
      "progress",
      "ledarskaps-st",
      "fixtures/progress/ledarskaps-st.csv",
      "--as-of",
      "2028-01-01",
      "--format",
      "csv",
    ]);
    expect(table.stdout).toContain("19860202-2345,inte genomförd,Genomfört förbättringsarbete");
    expect(table.stdout).toContain("(Förbättringsarbete godkänt är ja)");
  });
});
