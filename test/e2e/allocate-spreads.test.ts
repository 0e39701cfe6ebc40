/**
 * The shipped example of several spread fields (a region spread and a gender
 * balance on two quotas), allocated as a coordinator would: row by row as
 * expected, every cap and minimum of both fields held, reasons that name the
 * field that decided, a summary of each field in every format, the same bytes
 * on every run, and an audit record that verifies.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const PROGRAM = "fixtures/allocate/region-kjonn.yaml";
const LIST = "fixtures/allocate/region-kjonn.csv";

interface Row {
  id: string;
  outcome: string;
  quota: string | null;
  code: string;
  reason: string;
}
interface ValueSummary {
  value: string | null;
  min: number;
  max: number | null;
  target: number | null;
  admitted: number;
}
interface Result {
  applicants: Row[];
  summary: {
    spread: { field: string; values: ValueSummary[] };
    spreads: { field: string; label: string; values: ValueSummary[] }[];
    relaxations: unknown[];
  };
}

const allocate = (...more: string[]) =>
  runCli(["allocate", PROGRAM, LIST, "--seed", "2027", ...more]);

/** The list's rows by id, read apart from cohort (the file has no quoted cells). */
const listRows = (): Map<string, Record<string, string>> => {
  const [header, ...lines] = readFileSync(join(ROOT, LIST), "utf8").trimEnd().split("\n");
  const names = header!.split(",");
  return new Map(
    lines.map((line) => {
      const cells = line.split(",");
      const row = Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ""]));
      return [row["Søker-ID"]!, row];
    }),
  );
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cohort-spreads-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("allocate: a region spread and a gender balance on two quotas", () => {
  const run = allocate("--format", "json");
  const result = JSON.parse(run.stdout) as Result;

  it("gives every applicant the outcome and code the fixture expects", () => {
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("internal error");
    const expected = readFileSync(join(ROOT, LIST.replace(".csv", ".expected")), "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith("#"));
    expect(
      result.applicants.map((a) => [a.id, a.outcome, a.quota ?? "-", a.code].join(" ")),
    ).toEqual(expected);
  });

  it("holds every cap and minimum of both fields, and the quotas, counted from the list", () => {
    const rows = listRows();
    const admitted = result.applicants.filter((a) => a.outcome === "admitted");
    expect(admitted).toHaveLength(12);
    const count = (column: string, value: string) =>
      admitted.filter((a) => rows.get(a.id)![column] === value).length;
    for (const region of ["nord", "midt", "vest", "sor-ost"]) {
      expect(count("Region", region)).toBeGreaterThanOrEqual(2);
      expect(count("Region", region)).toBeLessThanOrEqual(4);
    }
    for (const gender of ["kvinne", "mann"])
      expect(count("Kjønn", gender)).toBeGreaterThanOrEqual(5);
    for (const sector of ["spesialist", "kommune"]) expect(count("Sektor", sector)).toBe(6);
    // The summary says the same, per field.
    const [region, gender] = result.summary.spreads;
    expect(region!.field).toBe("region");
    expect(region!.label).toBe("Region");
    expect(gender!.field).toBe("kjonn");
    expect(gender!.label).toBe("Kjønn");
    for (const v of region!.values) expect(v.admitted).toBe(count("Region", v.value!));
    for (const v of gender!.values) expect(v.admitted).toBe(count("Kjønn", v.value!));
    expect(gender!.values.find((v) => v.value === "kvinne")).toMatchObject({ min: 5, admitted: 5 });
    // `spread` stays the first field, as before.
    expect(result.summary.spread).toEqual({ field: "region", values: region!.values });
    expect(result.summary.relaxations).toEqual([]);
  });

  it("names the field whose limit decided, beside the value", () => {
    const reason = (id: string) => result.applicants.find((a) => a.id === id)!;
    expect(reason("R-05")).toMatchObject({
      code: "SPREAD_CAP",
      reason: "taket for sor-ost (Region) er nådd, 4/4",
    });
    expect(reason("R-10")).toMatchObject({
      code: "HELD_FOR_MIN",
      reason: "plassen holdes av til minstetallet for kvinne (Kjønn), 0/5",
    });
    expect(reason("R-18")).toMatchObject({
      code: "HELD_FOR_MIN",
      reason: "plassen holdes av til minstetallet for nord (Region), 0/2",
    });
    const english = JSON.parse(allocate("--format", "json", "--lang", "en").stdout) as Result;
    expect(english.applicants.find((a) => a.id === "R-05")!.reason).toBe(
      "cap reached for sor-ost (Region), 4/4",
    );
  });

  it("shows every field's values in the table, the CSV's reasons and the workbook's summary", () => {
    const table = allocate("--format", "table").stdout;
    expect(table).toContain("Fordeling etter Region");
    expect(table).toContain("Fordeling etter Kjønn");
    expect(table).toMatch(/kvinne +█+░* 5 \(min\. 5, maks\. 12\)/);
    // docs/commands/allocate.md quotes this table: every line it quotes is the tool's.
    const page = readFileSync(join(ROOT, "docs/commands/allocate.md"), "utf8");
    const block = page.slice(page.indexOf("**Several spread fields**"));
    const quoted = /```\n(│[\s\S]*?)\n```/.exec(block)![1]!;
    const lines = quoted.split("\n").filter((l) => l.trim() !== "" && l !== "…");
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) expect(table).toContain(line);
    const csv = allocate("--format", "csv").stdout;
    expect(csv).toContain("taket for sor-ost (Region) er nådd, 4/4");
    const file = join(dir, "opptak.xlsx");
    expect(allocate("--format", "xlsx", "-o", file).code).toBe(0);
    const book = XLSX.read(readFileSync(file));
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Sammendrag!, { header: 1 });
    const headings = summary.map((r) => r[0]);
    expect(headings).toContain("Region");
    expect(headings).toContain("Kjønn");
    const women = summary.find((r) => r[0] === "kvinne")!;
    expect(women.slice(1)).toEqual([5, 12, 5]);
  });

  it("writes the same bytes on every run and for the rows in any order", () => {
    expect(allocate("--format", "json").stdout).toBe(run.stdout);
    const [header, ...rows] = readFileSync(join(ROOT, LIST), "utf8").trimEnd().split("\n");
    writeFileSync(join(dir, "reversed.csv"), `${[header, ...rows.reverse()].join("\n")}\n`);
    const again = runCli([
      "allocate",
      PROGRAM,
      join(dir, "reversed.csv"),
      "--seed",
      "2027",
      "--format",
      "json",
    ]);
    expect((JSON.parse(again.stdout) as Result).applicants).toEqual(result.applicants);
  });

  it("verifies its audit record, which holds every field", () => {
    writeFileSync(join(dir, "soknader.csv"), readFileSync(join(ROOT, LIST)));
    writeFileSync(join(dir, "program.yaml"), readFileSync(join(ROOT, PROGRAM)));
    const audit = join(dir, "vedtak.json");
    const made = runCli(
      ["allocate", "program.yaml", "soknader.csv", "--audit", audit, "-o", join(dir, "r.json")],
      { cwd: dir },
    );
    expect(made.code).toBe(0);
    const record = JSON.parse(readFileSync(audit, "utf8"));
    expect(record.parameters.spread.map((s: { field: string }) => s.field)).toEqual([
      "region",
      "kjonn",
    ]);
    expect(record.summary.spreads).toHaveLength(2);
    expect(runCli(["verify", audit], { cwd: dir }).code).toBe(0);
    const list = readFileSync(join(dir, "soknader.csv"), "utf8");
    writeFileSync(
      join(dir, "soknader.csv"),
      list.replace("R-21,Berit Ask,spesialist,nord,kvinne", "R-21,Berit Ask,spesialist,nord,mann"),
    );
    expect(runCli(["verify", audit], { cwd: dir }).code).toBe(1);
  });

  it("names in a letter the value of the field whose cap was reached", () => {
    writeFileSync(join(dir, "soknader.csv"), readFileSync(join(ROOT, LIST)));
    // A cap on the second field too: men beyond six wait on it.
    const capped = readFileSync(join(ROOT, PROGRAM), "utf8").replace(
      "{ field: kjonn, min: 5 }",
      "{ field: kjonn, min: 5, max: 6 }",
    );
    writeFileSync(join(dir, "program.yaml"), capped);
    const audit = join(dir, "vedtak.json");
    const made = runCli(
      ["allocate", "program.yaml", "soknader.csv", "--audit", audit, "-o", join(dir, "r.json")],
      { cwd: dir },
    );
    expect(made.code).toBe(0);
    const rows = (JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Result).applicants;
    const byId = (id: string) => rows.find((r) => r.id === id)!;
    expect(byId("R-05").reason).toBe("taket for sor-ost (Region) er nådd, 4/4");
    expect(byId("R-10").reason).toBe("taket for mann (Kjønn) er nådd, 6/6");
    const letters = runCli(
      ["letters", audit, "-o", join(dir, "brev"), "-f", "md", "--date", "2027-05-01"],
      { cwd: dir },
    );
    expect(letters.stderr).not.toContain("internal error");
    const letter = (id: string) => readFileSync(join(dir, "brev", `${id}.md`), "utf8");
    expect(letter("R-05")).toContain("«sor-ost (Region)»");
    expect(letter("R-10")).toContain("«mann (Kjønn)»");
  });

  it("refuses, with why, a list with more combinations of the fields than the allocation takes", () => {
    // Two free-text fields of 50 values each, every pair present: 2,500 kinds.
    writeFileSync(
      join(dir, "program.yaml"),
      [
        "id: mange-kombinasjoner",
        "name: Test",
        "owner: Test",
        "locale: en",
        'country: "NO"',
        "applicants:",
        "  id: id",
        "  fields:",
        "    unit: { type: string }",
        "    team: { type: string }",
        "    score: { type: number }",
        "seats:",
        "  total: 10",
        "  spread:",
        "    - { field: unit, max: 3 }",
        "    - { field: team, max: 3 }",
        "  ranking:",
        "    - { field: score }",
        "",
      ].join("\n"),
    );
    const lines = ["id,unit,team,score"];
    for (let u = 0; u < 50; u++)
      for (let t = 0; t < 50; t++) lines.push(`a${u}-${t},u${u},t${t},${(u * 50 + t) % 97}`);
    writeFileSync(join(dir, "list.csv"), `${lines.join("\n")}\n`);
    const run = runCli(["allocate", "program.yaml", "list.csv"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "list.csv has more than 2000 kinds of applicants (each distinct combination of quota and spread values is one)",
    );
    expect(run.stderr).not.toContain("internal error");
    expect(run.stdout).toBe("");
  });

  it("fills a declined seat under both fields, and warns by field of the minimum that falls short", () => {
    // R-21 (Nord, woman, specialist) declines. No eligible woman from Nord
    // is left: the seat meets the women's minimum or Nord's, not both; the
    // specialist quota and then merit choose R-18 (Vest, woman, specialist).
    writeFileSync(join(dir, "avslag.txt"), "R-21\n");
    const run = allocate("--format", "json", "--declined", join(dir, "avslag.txt"));
    expect(run.code).toBe(0);
    const after = JSON.parse(run.stdout) as Result & { offered: string[] };
    expect(after.offered).toEqual(["R-18"]);
    const before = result.applicants.filter((a) => a.outcome === "admitted").map((a) => a.id);
    for (const id of before.filter((i) => i !== "R-21"))
      expect(after.applicants.find((a) => a.id === id)!.outcome).toBe("admitted");
    expect(after.summary.relaxations).toEqual([
      {
        kind: "min-unreachable",
        subject: "nord",
        field: "region",
        wanted: 2,
        reachable: 1,
        message:
          "minstetallet for nord (Region) er 2, men bare 1 kan oppfylles sammen med de andre minstetallene",
      },
    ]);
    expect(run.stderr).toContain(
      "advarsel: minstetallet for nord (Region) er 2, men bare 1 kan oppfylles sammen med de andre minstetallene",
    );
  });
});

describe("allocate: two fields' minimums that hold a seat together", () => {
  // fixtures/allocate/region-kjonn-sammen.csv: after ten applicants from
  // Midt, Vest and Sør-Øst (three women), two seats are left, and both
  // minimums still need two: two women from Nord (S-12, S-13) meet both.
  // S-11, a man from Vest, would leave one seat: neither minimum alone
  // would have kept him out, both together do.
  const TOGETHER = "fixtures/allocate/region-kjonn-sammen.csv";
  const together = (...more: string[]) =>
    runCli(["allocate", PROGRAM, TOGETHER, "--seed", "2027", ...more]);
  const SENTENCES: Record<string, string> = {
    nb: "plassen holdes av til minstetallet for nord (Region), 0/2, og samtidig til minstetallet for kvinne (Kjønn)",
    nn: "plassen blir halden av til minstetalet for nord (Region), 0/2, og samstundes til minstetalet for kvinne (Kjønn)",
    sv: "platsen hålls för minimiantalet för nord (Region), 0/2, och samtidigt för minimiantalet för kvinne (Kjønn)",
    da: "pladsen holdes til minimumsantallet for nord (Region), 0/2, og samtidig til minimumsantallet for kvinne (Kjønn)",
    fi: "paikka on varattu arvon nord (Region) vähimmäismäärää varten, 0/2, ja samalla arvon kvinne (Kjønn) vähimmäismäärää varten",
    en: "seat held for the nord (Region) minimum, 0/2, and also for the kvinne (Kjønn) minimum",
  };

  it("names both minimums in the JSON, in every language", () => {
    for (const [lang, sentence] of Object.entries(SENTENCES)) {
      const run = together("--format", "json", "--lang", lang);
      expect(run.code, lang).toBe(0);
      const rows = (JSON.parse(run.stdout) as Result).applicants;
      const admitted = rows.filter((a) => a.outcome === "admitted").map((a) => a.id);
      expect(admitted, lang).toEqual([
        ...Array.from({ length: 10 }, (_, i) => `S-${String(i + 1).padStart(2, "0")}`),
        "S-12",
        "S-13",
      ]);
      const s11 = rows.find((a) => a.id === "S-11")!;
      expect([s11.outcome, s11.code, s11.reason], lang).toEqual([
        "waitlisted",
        "HELD_FOR_MIN",
        sentence,
      ]);
    }
  });

  it("names both in the CSV, the table and the workbook", () => {
    const csv = together("--format", "csv").stdout;
    expect(csv).toContain(`S-11,waitlisted,spesialist,11,1,1,HELD_FOR_MIN,"${SENTENCES.nb}"`);
    // The table wraps long reasons to its width: the words, in order.
    const table = together("--format", "table").stdout;
    const words = table
      .split("\n")
      .filter((l) => l.startsWith("│"))
      .map((l) => l.split("│").at(-2)!.trim())
      .join(" ");
    expect(words).toContain(`HELD_FOR_MIN: ${SENTENCES.nb}`);
    const file = join(dir, "opptak.xlsx");
    expect(together("--format", "xlsx", "-o", file).code).toBe(0);
    const book = XLSX.read(readFileSync(file));
    const waiting = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Venteliste!);
    const row = waiting.find((r) => Object.values(r).includes("S-11"))!;
    expect(Object.values(row)).toContain(SENTENCES.nb);
  });
});
