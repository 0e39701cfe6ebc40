import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

interface JsonVerdict {
  id: string;
  line: number;
  verdict: string;
  reasons: string[];
  problems: { column: string; value: string; message: string }[];
  choices?: string[];
}

const check = (args: string[], input?: string | Buffer) => {
  const result = runCli(
    ["check", ...args, "--format", "json"],
    input === undefined ? {} : { input },
  );
  return {
    ...result,
    json: result.stdout
      ? (JSON.parse(result.stdout) as {
          version: number;
          program: string;
          applicants: JsonVerdict[];
          summary: Record<string, number>;
        })
      : undefined,
  };
};

/** One line per applicant: id, line, verdict, then the reasons or the columns with problems. */
const digest = (applicants: JsonVerdict[]) =>
  applicants.map((a) => [
    a.id,
    a.line,
    a.verdict,
    ...(a.verdict === "invalid" ? a.problems.map((p) => `${p.column}: ${p.message}`) : a.reasons),
  ]);

const STRATEGIC = "Målgruppen er ledere på strategisk nivå";
const NOMINATED = "Nominert av leder, eller egen søknad bekreftet av leder";
const EXPERIENCE = "Minst ett års ledererfaring ved søknadsfristen";

describe("cohort check: verdicts row by row for every shipped program with applicants", () => {
  it("topplederprogrammet: eligible, each way of being ineligible, each kind of invalid row", () => {
    const result = check(["topplederprogrammet", "fixtures/check/topplederprogrammet.csv"]);
    expect(result.code).toBe(1);
    expect(result.json?.version).toBe(1);
    expect(result.json?.program).toBe("topplederprogrammet");
    expect(digest(result.json!.applicants)).toEqual([
      ["T-001", 2, "eligible"],
      ["T-002", 3, "eligible"],
      ["T-003", 4, "eligible"],
      ["T-004", 5, "ineligible", STRATEGIC],
      ["T-005", 6, "ineligible", NOMINATED],
      ["T-006", 7, "ineligible", EXPERIENCE],
      ["T-007", 8, "ineligible", STRATEGIC, NOMINATED, EXPERIENCE],
      ["T-008", 9, "invalid", "Leder siden: 2014-02-30 is not a date: February 2014 has 28 days"],
      ["T-009", 10, "invalid", "Sektor: expected one of spesialist or kommune"],
      ["T-010", 11, "invalid", "Poeng: expected a number (1234,5 or 1234.5)"],
      ["T-011", 12, "invalid", "Poeng: a required value is missing"],
      [
        "T-012",
        13,
        "invalid",
        ": the row has 9 cells, the header 10",
        "Innsendt: a required value is missing",
      ],
      ["T-001", 14, "invalid", "Søker-ID: duplicate applicant id: also on line 2"],
      ["", 15, "invalid", "Søker-ID: the applicant id is missing"],
      ["T-013", 16, "invalid", "Nominert: expected ja/nei, yes/no, true/false, 1/0 or x"],
      ["T-014", 17, "eligible"],
    ]);
    expect(result.json?.summary).toEqual({ eligible: 4, ineligible: 4, invalid: 8 });
    expect(result.stderr).toBe(
      "topplederprogrammet: 16 søkere: 4 kvalifiserte, 4 ikke kvalifiserte, 8 ugyldige\n",
    );
    const t008 = result.json!.applicants.find((a) => a.id === "T-008")!;
    expect(t008.problems[0]).toEqual({
      column: "Leder siden",
      value: "2014-02-30",
      message: "2014-02-30 is not a date: February 2014 has 28 days",
    });
  });

  it("ledarskaps-st (Swedish, semicolons): nomination or attestation, motivation, paid leave, half of ST by 2018", () => {
    const result = check(["ledarskaps-st", "fixtures/check/ledarskaps-st.csv"]);
    expect(digest(result.json!.applicants)).toEqual([
      ["S-01", 2, "eligible"],
      ["S-02", 3, "eligible"],
      ["S-03", 4, "ineligible", "Har genomfört hälften av sin ST-utbildning vid ingången av 2018"],
      ["S-04", 5, "ineligible", "Anställd av Region Skåne"],
      ["S-05", 6, "ineligible", "ST-läkare"],
      [
        "S-06",
        7,
        "ineligible",
        "Nominerad av verksamhets-/sektionschef, eller egen ansökan där chefen intygar ledaregenskaperna",
        "Chefen har lämnat en motivering till att ST-läkaren är en lämplig kandidat",
        "Chefen intygar att ST-läkaren kan vara tjänstledig med lön under programmet",
      ],
      ["S-07", 8, "ineligible", "Har genomfört hälften av sin ST-utbildning vid ingången av 2018"],
      ["S-08", 9, "invalid", "Befattning: expected one of ST-läkare, specialistläkare or annan"],
    ]);
    expect(result.code).toBe(1);
  });

  it("ous-erfarne-ledere: one year as a leader when the program starts (a date reference)", () => {
    const result = check(["ous-erfarne-ledere", "fixtures/check/ous-erfarne-ledere.csv"]);
    expect(digest(result.json!.applicants)).toEqual([
      ["E-100", 2, "eligible"],
      ["E-101", 3, "eligible"],
      ["E-102", 4, "ineligible", "Minimum ett års fartstid som leder når programmet starter"],
      ["E-103", 5, "eligible"],
      ["E-104", 6, "invalid", "Innsendt: expected a date and time YYYY-MM-DD HH:MM"],
    ]);
  });

  it("ous-ledermobilisering: not yet a leader, with a motivation", () => {
    const result = check(["ous-ledermobilisering", "fixtures/check/ous-ledermobilisering.csv"]);
    expect(digest(result.json!.applicants)).toEqual([
      ["M-1", 2, "eligible"],
      ["M-2", 3, "ineligible", "Programmet er for medarbeidere som ennå ikke er ledere"],
      [
        "M-3",
        4,
        "ineligible",
        "Søknaden må beskrive motivasjonen for å velge ledelse som karrierevei",
      ],
      [
        "M-4",
        5,
        "ineligible",
        "Programmet er for medarbeidere som ennå ikke er ledere",
        "Søknaden må beskrive motivasjonen for å velge ledelse som karrierevei",
      ],
    ]);
    expect(result.code).toBe(0);
  });

  it("ks-toppleder-kull, intake 2029: ranked choices by class id, label, site, any, numbered, and each bad list", () => {
    const list = "fixtures/check/ks-toppleder-kull-2029.csv";
    const result = check(["ks-toppleder-kull", list, "--intake", "2029"]);
    expect(result.code).toBe(1);
    const COLUMN = "Ønsket studiested";
    const REPEAT = "it adds no class the choices before it did not already allow";
    expect(
      result.json!.applicants.map((a) => [
        a.id,
        a.line,
        a.verdict,
        ...(a.verdict === "invalid"
          ? a.problems.map((p) => `${p.column}: ${p.message} (${p.value})`)
          : [a.choices]),
      ]),
    ).toEqual([
      ["K-01", 2, "eligible", ["oslo-a", "bergen-b"]],
      ["K-02", 3, "eligible", ["bergen-a", "oslo-b"]],
      ["K-03", 4, "eligible", ["Bergen", "Oslo"]],
      ["K-04", 5, "eligible", ["Bergen", "*"]],
      ["K-05", 6, "eligible", ["Oslo", "bergen-a"]],
      [
        "K-06",
        7,
        "invalid",
        `${COLUMN}: "Tromsø" names no class or site of the intake; expected Oslo A (oslo-a), Oslo B (oslo-b), Bergen A (bergen-a), Bergen B (bergen-b), Oslo, Bergen, "hvor som helst" or "alle" (Tromsø, Bergen)`,
      ],
      [
        "K-07",
        8,
        "invalid",
        `${COLUMN}: "Oslo A" repeats choice 1 ("Oslo"): ${REPEAT} (Oslo, Oslo A)`,
      ],
      ["K-08", 9, "invalid", `${COLUMN}: no choice is given; name at least one class or site ()`],
      ["K-09", 10, "ineligible", ["*"]],
      // A list over two lines of one quoted cell.
      ["K-10", 11, "eligible", ["bergen-b", "Oslo"]],
      ["K-11", 13, "eligible", ["bergen-a", "oslo-b"]],
      ["K-12", 14, "invalid", `${COLUMN}: "oslo" repeats choice 1 ("Oslo"): ${REPEAT} (Oslo,oslo)`],
      [
        "K-13",
        15,
        "invalid",
        `${COLUMN}: "Oslo" repeats choices 1 ("Oslo A") and 2 ("Oslo B"): ${REPEAT} (Oslo A, Oslo B, Oslo)`,
      ],
    ]);
    expect(result.json?.summary).toEqual({ eligible: 7, ineligible: 1, invalid: 5 });
    // The 2028 intake has other classes: "Oslo A" is no class of it.
    const other = check(["ks-toppleder-kull", list, "--intake", "2028"]);
    const k03 = other.json!.applicants.find((a) => a.id === "K-03")!;
    expect(k03.choices).toEqual(["Bergen", "Oslo"]);
    expect(other.json!.applicants.find((a) => a.id === "K-02")!.problems[0]!.message).toContain(
      '"Bergen A" names no class or site of the intake',
    );
    // ndjson has the same objects.
    const ndjson = runCli([
      "check",
      "ks-toppleder-kull",
      list,
      "--intake",
      "2029",
      "--format",
      "ndjson",
    ]);
    expect(
      ndjson.stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual(result.json!.applicants);
  });

  it("a program without choices has no choices key in its output", () => {
    const result = check(["topplederprogrammet", "fixtures/check/topplederprogrammet.csv"]);
    expect(result.stdout).not.toContain('"choices"');
  });

  it("refuses a program without an applicants section (exit 2)", () => {
    const result = runCli(["check", "ous-mentorgrupper", "fixtures/check/topplederprogrammet.csv"]);
    expect(result.code).toBe(2);
    // In the program's language, Norwegian Bokmål.
    expect(result.stderr).toContain("har ingen applicants-del");
  });
});

describe("cohort check: lists as people have them", () => {
  const EXCEL = [
    ["X-01", 2, "eligible"],
    ["X-02", 3, "eligible"],
    ["X-03", 4, "ineligible", STRATEGIC],
    ["X-04", 5, "ineligible", EXPERIENCE],
  ];

  it("reads an Excel-saved Windows-1252 semicolon list with decimal commas without options", () => {
    const result = check(["topplederprogrammet", "fixtures/check/topplederprogrammet-excel.csv"]);
    expect(digest(result.json!.applicants)).toEqual([
      ...EXCEL,
      ["X-05", 6, "invalid", "Poeng: expected a number (1234,5 or 1234.5)"],
    ]);
    expect(result.json!.applicants[4]!.problems[0]!.value).toBe("8,5,0");
  });

  it("reads a named sheet of an .xlsx workbook, and names the sheets when one is missing", () => {
    const result = check([
      "topplederprogrammet",
      "fixtures/check/topplederprogrammet.xlsx",
      "--sheet",
      "Søkere",
    ]);
    expect(result.code).toBe(0);
    expect(digest(result.json!.applicants)).toEqual(EXCEL);
    const wrong = runCli([
      "check",
      "topplederprogrammet",
      "fixtures/check/topplederprogrammet.xlsx",
      "--sheet",
      "Ark1",
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Notater.*Søkere/);
  });

  it("a missing required column is one clear error naming it and the columns found (exit 1)", () => {
    const result = runCli([
      "check",
      "topplederprogrammet",
      "fixtures/check/topplederprogrammet.xlsx",
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^cohort: fixtures\/check\/topplederprogrammet\.xlsx:1: de påkrevde kolonnene «Søker-ID», «Navn», .* mangler; arket «Notater» har «Notater»; arket «Søkere» har dem: les det med --sheet Søkere\n$/,
    );
  });

  it("reads CSV from stdin with -", () => {
    const text = readFileSync(join(ROOT, "fixtures/check/topplederprogrammet.csv"));
    const result = check(["topplederprogrammet", "-"], text);
    expect(result.json!.applicants).toHaveLength(16);
  });

  it("exits 2 for unreadable or unsupported lists, without a stack trace", () => {
    for (const [file, message] of [
      ["no/such.csv", "filen finnes ikke"],
      ["fixtures", "er en mappe"],
      ["README.md", "har et format cohort ikke leser"],
    ] as const) {
      const result = runCli(["check", "topplederprogrammet", file]);
      expect(result.code, file).toBe(2);
      expect(result.stderr, file).toContain(message);
      expect(result.stderr, file).not.toMatch(/\n\s+at /);
    }
  });
});

describe("cohort check: formats", () => {
  const list = "fixtures/check/topplederprogrammet.csv";

  it("ndjson: one applicant object per line, the same objects as json", () => {
    const nd = runCli(["check", "topplederprogrammet", list, "--format", "ndjson"]);
    const json = check(["topplederprogrammet", list]).json!;
    const lines = nd.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual(json.applicants);
  });

  it("csv: a header, one row per applicant, formula injection neutralised", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    const file = join(dir, "list.csv");
    writeFileSync(
      file,
      "Søker-ID,Navn,Sektor,Region,Ledernivå,Nominert,Bekreftet av leder,Leder siden,Poeng,Innsendt\n=HYPERLINK(1),X,kommune,nord,operativ,ja,nei,2015-03-01,1,2027-02-01\n",
    );
    const result = runCli(["check", "topplederprogrammet", file, "--format", "csv"]);
    const lines = result.stdout.trimEnd().split(/\r?\n/);
    expect(lines[0]).toBe("id,line,verdict,reasons,problems");
    expect(lines[1]).toBe(`'=HYPERLINK(1),2,ineligible,${STRATEGIC},`);
  });

  it("table: per-applicant rows and a summary", () => {
    const result = runCli(["check", "topplederprogrammet", list, "--format", "table"]);
    expect(result.stdout).toContain("T-007");
    expect(result.stdout).toContain("16 søkere: 4 kvalifiserte, 4 ikke kvalifiserte, 8 ugyldige");
  });

  it("-o writes atomically and refuses to overwrite an input", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    const out = join(dir, "verdicts.json");
    const result = runCli(["check", "topplederprogrammet", list, "--format", "json", "-o", out]);
    expect(result.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).summary.eligible).toBe(4);
    const copy = join(dir, "list.csv");
    writeFileSync(copy, readFileSync(join(ROOT, list)));
    const refused = runCli(["check", "topplederprogrammet", copy, "-o", copy]);
    expect(refused.code).toBe(2);
    expect(readFileSync(copy)).toEqual(readFileSync(join(ROOT, list)));
  });

  it("--explain prints the rule tree for one applicant with actual values", () => {
    const result = runCli(["check", "topplederprogrammet", list, "--explain", "T-007"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "topplederprogrammet: søker T-007 (linje 8)",
        "  ✘ ikke oppfylt  alle: Målgruppen er ledere på strategisk nivå; Nominert av leder, eller egen søknad bekreftet av leder; Minst ett års ledererfaring ved søknadsfristen",
        `    ✘ ikke oppfylt  ${STRATEGIC}  [verdi: operativ; regel: Ledernivå er strategisk]`,
        `    ✘ ikke oppfylt  ${NOMINATED}`,
        "      ✘ ikke oppfylt  Nominert er ja  [verdi: nei]",
        "      ✘ ikke oppfylt  Bekreftet av leder er ja  [verdi: nei]",
        `    ✘ ikke oppfylt  ${EXPERIENCE}  [verdi: 2026-12-01; regel: Leder siden er på eller før 12. april 2026]`,
        "ikke kvalifisert",
        "",
      ].join("\n"),
    );
    const missing = runCli(["check", "topplederprogrammet", list, "--explain", "NOPE"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("det finnes ingen søker med ID «NOPE»");
  });
});
