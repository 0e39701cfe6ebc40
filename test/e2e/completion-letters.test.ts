/**
 * Completion letters as users make them, with the built binary: the roster
 * `cohort roster` wrote, filled through an independent xlsx writer (SheetJS)
 * as in Excel, turned into certificates and reminders that an independent
 * mail parser (mailparser) reads back; and the shipped programs' filled
 * roster fixtures, letter by letter.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { parse } from "csv-parse/sync";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Workspace, workspace } from "../letters/workspace.js";
import { runCli } from "./run-cli.js";

let ws: Workspace;
let rows: string[][];
const at = (...parts: string[]) => join(ws.dir, ...parts);
const inWs = (args: string[]) => runCli(args, { cwd: ws.dir });

interface IndexRow {
  file: string;
  id: string;
  status: string;
  email: string;
}
const index = (folder: string): IndexRow[] =>
  parse(readFileSync(at(folder, "index.csv")), { columns: true }) as IndexRow[];

beforeAll(() => {
  ws = workspace();
  expect(
    inWs([
      "allocate",
      "topplederprogrammet.yaml",
      "list.csv",
      "--audit",
      "audit.json",
      "-o",
      "r.json",
    ]).code,
  ).toBe(1);
  expect(inWs(["roster", "topplederprogrammet.yaml", "audit.json", "-o", "roster.xlsx"]).code).toBe(
    0,
  );
  const book = XLSX.read(readFileSync(at("roster.xlsx")));
  rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, {
    header: 1,
    defval: "",
    raw: false,
  });
  // Filled on 2028-06-30, after the last gathering: row 1 missed one, row 2 lacks the credits.
  const filled = rows.map((row, i) =>
    i === 0
      ? row
      : [
          ...row.slice(0, 4),
          ...(i === 1
            ? [3, 0, 3, 3, 3, 3, 30]
            : i === 2
              ? [3, 3, 3, 3, 3, 3, ""]
              : [3, 3, 3, 3, 3, 3, 30]),
        ],
  );
  workbook("filled.xlsx", filled);
  // Filled on 2028-01-15: three gatherings held, row 1 missed the second.
  workbook(
    "midway.xlsx",
    rows.map((row, i) =>
      i === 0 ? row : [...row.slice(0, 4), ...(i === 1 ? [3, 0, 3] : [3, 3, 3]), "", "", "", ""],
    ),
  );
});

const workbook = (file: string, table: unknown[][]) => {
  const out = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(out, XLSX.utils.aoa_to_sheet(table), "Deltakere");
  writeFileSync(at(file), XLSX.write(out, { type: "buffer", bookType: "xlsx" }));
};
afterAll(() => ws.remove());

describe("cohort letters --progress on a roster filled in Excel", () => {
  it("certificates and letters that mailparser reads, in the program's language", async () => {
    const result = inWs([
      "letters",
      "topplederprogrammet.yaml",
      "--progress",
      "filled.xlsx",
      "--as-of",
      "2028-06-30",
      "-o",
      "letters",
      "--from",
      "Topplederprogrammet <post@example.no>",
    ]);
    expect(result.code, result.stderr).toBe(1); // a participant without a usable address
    const list = index("letters");
    expect(list.map((r) => r.id)).toEqual(rows.slice(1).map((r) => r[0]));
    expect(list.slice(0, 2).map((r) => r.status)).toEqual(["not-completed", "not-completed"]);
    expect(list.slice(2).every((r) => r.status === "completed")).toBe(true);
    expect(readdirSync(at("letters")).sort()).toEqual(
      [...list.map((r) => r.file), "index.csv"].sort(),
    );

    const certificateRow = list.find((r) => r.status === "completed" && r.email !== "")!;
    const certificate = await simpleParser(readFileSync(at("letters", certificateRow.file)));
    const name = rows.find((r) => r[0] === certificateRow.id)![1]!;
    expect(certificate.subject).toBe(
      "Kursbevis: Nasjonalt topplederprogram for kommune- og spesialisthelsetjenesten",
    );
    expect(certificate.to && "value" in certificate.to && certificate.to.value[0]).toMatchObject({
      address: certificateRow.email,
      name,
    });
    expect(certificate.from?.value[0]).toMatchObject({ address: "post@example.no" });
    expect(certificate.date?.toISOString()).toBe("2028-06-30T12:00:00.000Z");
    expect(certificate.text).toContain(
      `Det bekreftes at ${name} har fullført Nasjonalt topplederprogram`,
    );
    expect(certificate.text).toContain(
      "- Strategisk ledelse og strategiutvikling i helse- og omsorgssektoren, 7.–9. september 2027",
    );
    expect(certificate.text).toContain("(3 av 3 dager)");
    expect(certificate.text).toContain("- Godkjent arbeid for 30 studiepoeng på masternivå");

    const missed = await simpleParser(readFileSync(at("letters", list[0]!.file)));
    expect(missed.subject).toBe(
      "Kravene for å fullføre er ikke oppfylt: Nasjonalt topplederprogram for kommune- og spesialisthelsetjenesten",
    );
    expect(missed.text).toContain(
      "- Deltakelse på alle seks samlingene: deltatt på 5 av 6 samlinger, minst 6 kreves",
    );
    const credits = await simpleParser(readFileSync(at("letters", list[1]!.file)));
    expect(credits.text).toContain("- Godkjent arbeid for 30 studiepoeng på masternivå (");

    // S0000003's cell is not an address: located by the roster's row, a letter without To.
    const bad = list.find((r) => r.id === "S0000003")!;
    const row = rows.findIndex((r) => r[0] === "S0000003") + 1;
    expect(result.stderr).toContain(
      `advarsel: filled.xlsx:${row}, kolonne «E-post»: S0000003: «ikke en adresse» er ikke én gyldig e-postadresse; brevet får ingen mottaker`,
    );
    expect(bad.email).toBe("");
    const unsent = await simpleParser(readFileSync(at("letters", bad.file)));
    expect(unsent.to).toBeUndefined();
    expect(result.stderr).toContain("; 1 uten mottaker\n");
  });

  it("a reminder for a participant at risk names what is unmet and what is still to come", async () => {
    const result = inWs([
      "letters",
      "topplederprogrammet.yaml",
      "--progress",
      "midway.xlsx",
      "--as-of",
      "2028-01-15",
      "-o",
      "reminders",
      "--format",
      "html",
    ]);
    // Only the participant at risk gets a letter; the others are on track.
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe(
      "skrev 1 brev til reminders (1 i faresonen)\ningen brev til 39 i rute (med --all får også de brev)\n",
    );
    const list = index("reminders");
    expect(list[0]!.status).toBe("at-risk");
    const html = readFileSync(at("reminders", list[0]!.file), "utf8");
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain("<h1>Påminnelse om kravene for å fullføre: Nasjonalt topplederprogram");
    expect(html).toContain(
      "<li>Deltakelse på alle seks samlingene: deltatt på 2 av 6 samlinger, minst 6 kreves; kan ikke lenger nås (høyst 5)</li>",
    );
    expect(html).toContain("<li>Helseøkonomi, teknologi og endring, 7.–9. mars 2028, Oslo</li>");
  });

  it("the same inputs write the same bytes", () => {
    const args = [
      "letters",
      "topplederprogrammet.yaml",
      "--progress",
      "filled.xlsx",
      "--as-of",
      "2028-06-30",
      "--from",
      "Topplederprogrammet <post@example.no>",
    ];
    inWs([...args, "-o", "again"]);
    for (const f of readdirSync(at("letters")))
      expect(readFileSync(at("again", f)).equals(readFileSync(at("letters", f))), f).toBe(true);
  });
});

describe("cohort letters --progress on the shipped programs' filled roster fixtures", () => {
  const letters = (program: string, fixture: string, asOf: string, extra: string[] = []) => {
    const result = runCli([
      "letters",
      program,
      "--progress",
      `fixtures/progress/${fixture}`,
      "--as-of",
      asOf,
      "-o",
      at(`${program}-${asOf}`),
      "--format",
      "md",
      ...extra,
    ]);
    return { ...result, index: index(`${program}-${asOf}`).map((r) => [r.id, r.status]) };
  };

  it("the experienced leaders' program, mid-way with --all and at the end", () => {
    const mid = letters("ous-erfarne-ledere", "ous-erfarne-ledere.csv", "2028-01-01", ["--all"]);
    expect(mid.code).toBe(1);
    expect(mid.index).toEqual([
      ["E1001", "completed"],
      ["E1002", "at-risk"],
      ["E1003", "on-track"],
      ["E1004", "at-risk"],
      ["E1005", "on-track"],
    ]);
    expect(mid.stderr).toContain("fixtures/progress/ous-erfarne-ledere.csv:7:4: samling-2:");
    expect(mid.stderr).toContain(
      "advarsel: fixtures/progress/ous-erfarne-ledere.csv:1: programmet oppgir ingen kolonne for e-post (applicants.email), så ingen av brevene får mottaker",
    );
    expect(mid.stderr).toContain("ingen brev til 1 med en rad som ikke kunne leses (se over)");
    const e1004 = readFileSync(at("ous-erfarne-ledere-2028-01-01", "E1004.md"), "utf8");
    expect(e1004).toContain("deltatt 4 av 9 dager, minst 9 kreves; kan ikke lenger nås (høyst 7)");
    expect(e1004).toContain("- Samling 4: Endring og utvikling, 19.–20. januar 2028, Oslo");
    const end = letters("ous-erfarne-ledere", "ous-erfarne-ledere.csv", "2028-03-01");
    expect(end.index.map((r) => r[1])).toEqual([
      "completed",
      "not-completed",
      "not-completed",
      "not-completed",
      "not-completed",
    ]);
  });

  it("Ledarskaps-ST: an intyg in Swedish, and the improvement project not approved", () => {
    const result = letters("ledarskaps-st", "ledarskaps-st.csv", "2028-01-01");
    expect(result.index).toEqual([
      ["19850101-1234", "completed"],
      ["19860202-2345", "not-completed"],
      ["19870303-3456", "not-completed"],
    ]);
    const folder = "ledarskaps-st-2028-01-01";
    expect(readFileSync(at(folder, "19850101-1234.md"), "utf8")).toMatch(
      /^# Intyg: Ledarskaps-ST\n\nINTYG\n/,
    );
    expect(readFileSync(at(folder, "19860202-2345.md"), "utf8")).toContain(
      "- Genomfört förbättringsarbete enligt SoS målbeskrivning och Region Skånes riktlinjer för ST-utbildning (Förbättringsarbete godkänt är ja)",
    );
    expect(result.stderr).toContain(
      "varning: fixtures/progress/ledarskaps-st.csv:1: programmet anger ingen kolumn för namn (applicants.name), så intygen visar deltagarnas id i stället för namn",
    );
  });
});
