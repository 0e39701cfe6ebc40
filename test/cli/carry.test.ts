/**
 * Columns carried into check's and allocate's results (applicants.carry,
 * email, name, or --carry), through the command tree in this process: CSV
 * parsed by csv-parse, workbooks read back by SheetJS, each carried cell
 * compared with the list's own cell (read by csv-parse, not by cohort).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookOf } from "../format/workbook-look.js";
import { type Workspace, workspace } from "../letters/workspace.js";
import { run } from "./run.js";

let ws: Workspace;
/** The list's rows by applicant id, as an independent reader reads them. */
let listById: Map<string, Record<string, string>>;
const CARRIED = ["Navn", "Arbeidsgiver", "E-post"];
const PLAIN = "plain.yaml";

beforeAll(() => {
  ws = workspace();
  const rows = parse(readFileSync(join(ws.dir, "list.csv")), {
    columns: true,
    relaxColumnCount: true,
  }) as Record<string, string>[];
  listById = new Map(rows.map((r) => [r["Søker-ID"]!, r]));
  // The same program without carry, email and name: what the results were before.
  writeFileSync(
    join(ws.dir, PLAIN),
    readFileSync(join(ws.dir, "topplederprogrammet.yaml"), "utf8").replace(
      "  carry: [Navn, Arbeidsgiver]\n  email: E-post\n  name: Navn\n",
      "",
    ),
  );
  // A list with nothing invalid in it, whose employer cells look like formulas.
  const header = [
    "Søker-ID",
    "Navn",
    "E-post",
    "Arbeidsgiver",
    "Sektor",
    "Region",
    "Ledernivå",
    "Nominert",
    "Bekreftet av leder",
    "Leder siden",
    "Poeng",
    "Innsendt",
  ];
  const row = (id: string, name: string, employer: string) =>
    [
      id,
      name,
      `${id.toLowerCase()}@example.no`,
      employer,
      "kommune",
      "nord",
      "strategisk",
      "ja",
      "nei",
      "2015-03-01",
      "80",
      "2027-02-01 09:00",
    ]
      .map((c) => (/[",;\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c))
      .join(",");
  writeFileSync(
    join(ws.dir, "clean.csv"),
    `${[
      header.join(","),
      row("A1", "Kari Nordmann", '=HYPERLINK("http://x")'),
      row("A2", "Ola; Hansen", "+47 Bodø"),
      row("A3", "Åse Ødegård", "-Helse Nord"),
    ].join("\n")}\n`,
  );
});
afterAll(() => ws.remove());

const inWs = (argv: string[]) => run(argv, { cwd: ws.dir });

const csvRows = (text: string, delimiter = ","): string[][] =>
  parse(text.replace(/^\uFEFF/, ""), { delimiter, relaxColumnCount: false }) as string[][];

/** Each carried cell is the list's own cell of that applicant (trimmed). */
const expectCarriedFromList = (id: string, cells: readonly string[], columns = CARRIED) => {
  const source = listById.get(id);
  expect(source, id).toBeDefined();
  expect(cells, id).toEqual(columns.map((c) => (source![c] ?? "").trim()));
};

describe("check carries the program's columns", () => {
  it("csv: the verdict in words, then carry, then the e-mail column, after the others", async () => {
    const result = await inWs(["check", "topplederprogrammet.yaml", "list.csv", "--format", "csv"]);
    expect(result.code).toBe(1); // the list has invalid rows
    const [header, ...rows] = csvRows(result.stdout);
    expect(header).toEqual([
      "id",
      "line",
      "verdict",
      "reasons",
      "problems",
      "verdict_words",
      ...CARRIED,
    ]);
    expect(rows).toHaveLength(160);
    const words = { eligible: "kvalifisert", ineligible: "ikke kvalifisert", invalid: "ugyldig" };
    for (const r of rows) {
      expect(r[5]).toBe(words[r[2] as keyof typeof words]);
      expectCarriedFromList(r[0]!, r.slice(6));
    }
    // S0000002 has no e-mail address: an empty cell, not a missing one.
    expect(rows.find((r) => r[0] === "S0000002")!.at(-1)).toBe("");
  });

  it("json and ndjson: a carried object per applicant, in the columns' order", async () => {
    const json = JSON.parse(
      (await inWs(["check", "topplederprogrammet.yaml", "list.csv", "--format", "json"])).stdout,
    );
    expect(json.version).toBe(1);
    expect(json.applicants).toHaveLength(160);
    for (const a of json.applicants) {
      expect(Object.keys(a.carried)).toEqual(CARRIED);
      expectCarriedFromList(a.id, Object.values(a.carried));
    }
    const ndjson = (await inWs(["check", "topplederprogrammet.yaml", "list.csv", "-f", "ndjson"]))
      .stdout;
    const lines = ndjson.trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l))).toEqual(json.applicants);
  });

  it("xlsx: the carried columns on the applicants' sheet, header bold as the rest", async () => {
    const result = await inWs([
      "check",
      "topplederprogrammet.yaml",
      "list.csv",
      "--format",
      "xlsx",
      "-o",
      "check.xlsx",
    ]);
    expect(result.code).toBe(1);
    const bytes = readFileSync(join(ws.dir, "check.xlsx"));
    const book = XLSX.read(bytes, { type: "buffer" });
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: "" });
    expect(rows[0]).toEqual([
      "Søker",
      "Linje",
      "Vurdering",
      "Begrunnelse",
      "Feil i raden",
      ...CARRIED,
    ]);
    expect(rows).toHaveLength(161);
    for (const r of rows.slice(1)) expectCarriedFromList(String(r[0]), r.slice(5).map(String));
    const look = lookOf(bytes)[0]!;
    for (const ref of ["A1", "E1", "F1", "G1", "H1"]) expect(look.bold(ref), ref).toBe(true);
    expect(look.autoFilter).toBe("A1:H161");
  });
});

describe("allocate carries the program's columns", () => {
  it("csv: the outcome in words beside code and reason, then the carried columns", async () => {
    const result = await inWs(["allocate", "topplederprogrammet.yaml", "list.csv", "-f", "csv"]);
    const [header, ...rows] = csvRows(result.stdout);
    expect(header).toEqual([
      "id",
      "outcome",
      "quota",
      "rank",
      "position",
      "position_in_quota",
      "code",
      "reason",
      "transferred",
      "newly_offered",
      "outcome_words",
      ...CARRIED,
    ]);
    const words = {
      admitted: "tatt opp",
      waitlisted: "på venteliste",
      ineligible: "ikke kvalifisert",
      invalid: "ugyldig",
    };
    expect(rows).toHaveLength(160);
    for (const r of rows) {
      expect(r[10], r[0]).toBe(words[r[1] as keyof typeof words]);
      expectCarriedFromList(r[0]!, r.slice(11));
    }
  });

  it("json: a carried object per applicant; the audit record holds none", async () => {
    const result = await inWs([
      "allocate",
      "topplederprogrammet.yaml",
      "list.csv",
      "--format",
      "json",
      "-o",
      "result.json",
      "--audit",
      "audit.json",
    ]);
    expect(result.code).toBe(1);
    const json = JSON.parse(readFileSync(join(ws.dir, "result.json"), "utf8"));
    for (const a of json.applicants) {
      expect(Object.keys(a.carried)).toEqual(CARRIED);
      expectCarriedFromList(a.id, Object.values(a.carried));
    }
    // Names and e-mail addresses stay out of the record, which verify re-runs without them.
    const audit = readFileSync(join(ws.dir, "audit.json"), "utf8");
    expect(audit).not.toContain('"carried"');
    expect((await inWs(["verify", "audit.json"])).code).toBe(0);
  });

  it("xlsx: every sheet of applicants has the columns; the Admitted sheet is a mail-merge source", async () => {
    await inWs(["allocate", "topplederprogrammet.yaml", "list.csv", "-f", "xlsx", "-o", "a.xlsx"]);
    const bytes = readFileSync(join(ws.dir, "a.xlsx"));
    const book = XLSX.read(bytes, { type: "buffer" });
    expect(book.SheetNames).toEqual(["Tatt opp", "Venteliste", "Ikke tatt opp", "Sammendrag"]);
    const looks = lookOf(bytes);
    for (const name of ["Tatt opp", "Venteliste", "Ikke tatt opp"]) {
      const sheet = book.Sheets[name]!;
      // A mail merge reads the first row as field names and every row below as one letter.
      expect(sheet["!merges"] ?? [], name).toEqual([]);
      const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { defval: "" });
      const header = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0]!;
      expect(header.slice(-CARRIED.length), name).toEqual(CARRIED);
      expect(header.slice(0, 2), name).toEqual(["Søker", "Utfall"]);
      for (const r of rows)
        expectCarriedFromList(
          String(r.Søker),
          CARRIED.map((c) => String(r[c])),
        );
      const look = looks.find((l) => l.name === name)!;
      const last = XLSX.utils.encode_col(header.length - 1);
      expect(look.bold(`${last}1`), name).toBe(true);
      expect(look.pane?.ySplit, name).toBe("1");
    }
    const admitted = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets["Tatt opp"]!);
    expect(admitted).toHaveLength(40);
    expect(new Set(admitted.map((r) => r.Utfall))).toEqual(new Set(["tatt opp"]));
    expect(admitted.every((r) => typeof r.Navn === "string" && r.Navn !== "")).toBe(true);
  });
});

describe("--carry", () => {
  it("replaces the program's list for one run", async () => {
    const result = await inWs([
      "check",
      "topplederprogrammet.yaml",
      "list.csv",
      "-f",
      "ndjson",
      "--carry",
      " Arbeidsgiver , Region ",
    ]);
    const first = JSON.parse(result.stdout.split("\n")[0]!);
    expect(Object.keys(first.carried)).toEqual(["Arbeidsgiver", "Region"]);
    expectCarriedFromList(first.id, Object.values(first.carried), ["Arbeidsgiver", "Region"]);
  });

  it("adds columns to a program that carries none", async () => {
    const result = await inWs(["allocate", PLAIN, "list.csv", "-f", "json", "--carry", "E-post"]);
    const json = JSON.parse(result.stdout);
    for (const a of json.applicants) expectCarriedFromList(a.id, [a.carried["E-post"]], ["E-post"]);
  });

  it('--carry "" carries none: the bytes of a program without carried columns', async () => {
    for (const format of ["csv", "json", "ndjson", "xlsx"]) {
      const without = await inWs(["check", PLAIN, "list.csv", "-f", format]);
      const none = await inWs([
        "check",
        "topplederprogrammet.yaml",
        "list.csv",
        "-f",
        format,
        "--carry",
        "",
      ]);
      expect(none.bytes.equals(without.bytes), format).toBe(true);
      expect(without.stdout).not.toContain("carried");
    }
    for (const format of ["csv", "json", "xlsx"]) {
      // The same seed: a derived one depends on the program file's bytes.
      const without = await inWs(["allocate", PLAIN, "list.csv", "-f", format, "--seed", "7"]);
      const none = await inWs([
        "allocate",
        "topplederprogrammet.yaml",
        "list.csv",
        "-f",
        format,
        "--carry",
        "",
        "--seed",
        "7",
      ]);
      expect(none.bytes.equals(without.bytes), format).toBe(true);
      expect(without.stdout).not.toContain("outcome_words");
    }
  });
});

describe("the table", () => {
  it("stays as it is: no carried columns, no warning about them", async () => {
    for (const command of [["check"], ["allocate", "--seed", "7"]]) {
      const [name, ...rest] = command;
      const plain = await inWs([name!, PLAIN, "list.csv", "-f", "table", ...rest]);
      const carried = await inWs([
        name!,
        "topplederprogrammet.yaml",
        "list.csv",
        "-f",
        "table",
        ...rest,
      ]);
      expect(carried.stdout, name).toBe(plain.stdout);
      expect(carried.stdout, name).not.toContain("example.no");
      const missing = await inWs([
        name!,
        PLAIN,
        "list.csv",
        "-f",
        "table",
        "--carry",
        "Telefon",
        ...rest,
      ]);
      expect(missing.stderr, name).not.toContain("Telefon");
      expect(missing.code, name).toBe(plain.code);
    }
  });
});

describe("a carried column the list lacks", () => {
  it("check: a warning at the list's header, the column empty, exit 1 (even with -q)", async () => {
    const clean = await inWs(["check", PLAIN, "clean.csv", "-f", "csv", "--carry", "Navn"]);
    expect(clean.code).toBe(0);
    expect(clean.stderr).not.toContain("advarsel");
    for (const quiet of [[], ["-q"]]) {
      const result = await inWs([
        ...quiet,
        "check",
        PLAIN,
        "clean.csv",
        "-f",
        "csv",
        "--carry",
        "Navn,Telefon",
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^advarsel: clean\.csv:1: listen har ingen kolonne «Telefon» å ta med i resultatene; den står tom\n/,
      );
      const [header, ...rows] = csvRows(result.stdout);
      expect(header!.slice(-2)).toEqual(["Navn", "Telefon"]);
      expect(rows.map((r) => r.at(-1))).toEqual(["", "", ""]);
    }
  });

  it("allocate: the same warning, in the language of the run", async () => {
    const result = await inWs([
      "allocate",
      "topplederprogrammet.yaml",
      "list.csv",
      "-f",
      "json",
      "--carry",
      "Navn,Telefon",
      "--lang",
      "sv",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "varning: list.csv:1: listan har ingen kolumn ”Telefon” att ta med i resultaten; den lämnas tom\n",
    );
    const json = JSON.parse(result.stdout);
    expect(
      json.applicants.every((a: { carried: { Telefon: string } }) => a.carried.Telefon === ""),
    ).toBe(true);
  });
});

describe("--excel", () => {
  it("carried cells are neutralised as the others, under the Nordic dialect", async () => {
    const result = await inWs([
      "check",
      PLAIN,
      "clean.csv",
      "-f",
      "csv",
      "--excel",
      "--carry",
      "Navn,Arbeidsgiver",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("\uFEFF")).toBe(true);
    const rows = csvRows(result.stdout, ";");
    expect(rows.slice(1).map((r) => r.slice(-2))).toEqual([
      ["Kari Nordmann", '\'=HYPERLINK("http://x")'],
      ["Ola; Hansen", "'+47 Bodø"],
      ["Åse Ødegård", "'-Helse Nord"],
    ]);
    // A header from the program or --carry is neutralised too.
    for (const command of ["check", "allocate"]) {
      const odd = await inWs([
        command,
        PLAIN,
        "clean.csv",
        "-f",
        "csv",
        "--carry",
        "Navn,@SUM(A1)",
      ]);
      expect(csvRows(odd.stdout)[0]!.slice(-2), command).toEqual(["Navn", "'@SUM(A1)"]);
    }
    // In a workbook the same cells are text cells, exactly as in the list.
    await inWs([
      "allocate",
      PLAIN,
      "clean.csv",
      "-f",
      "xlsx",
      "-o",
      "clean.xlsx",
      "--carry",
      "Arbeidsgiver",
    ]);
    const book = XLSX.read(readFileSync(join(ws.dir, "clean.xlsx")), { type: "buffer" });
    const admitted = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets["Tatt opp"]!);
    expect(admitted.map((r) => r.Arbeidsgiver).sort()).toEqual(
      ["+47 Bodø", "-Helse Nord", '=HYPERLINK("http://x")'].sort(),
    );
  });
});
