/**
 * cohort letters --lang in this process: the letters and what the run says
 * in another language than the program's, whatever language the allocation
 * was recorded in; a program's own templates for that language read from
 * their own folder; an unknown code refused.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inputErrorText } from "../../src/format/input-error.js";
import { type Workspace, workspace } from "../letters/workspace.js";
import { attendedRoster } from "./attended-roster.js";
import { run } from "./run.js";

let ws: Workspace;
const at = (...parts: string[]) => join(ws.dir, ...parts);
const inWs = (argv: string[]) => run(argv, { cwd: ws.dir });

const index = (folder: string) =>
  parse(readFileSync(at(folder, "index.csv")), { columns: true }) as {
    file: string;
    id: string;
    outcome?: string;
    status?: string;
  }[];
const letterOf = (folder: string, outcome: string): string => {
  const row = index(folder).find((r) => (r.outcome ?? r.status) === outcome)!;
  return readFileSync(at(folder, row.file), "utf8");
};
const folderText = (folder: string) =>
  Object.fromEntries(readdirSync(at(folder)).map((f) => [f, readFileSync(at(folder, f), "utf8")]));

beforeAll(async () => {
  ws = workspace(); // an nb program
  for (const [audit, lang] of [
    ["audit.json", []],
    ["audit-en.json", ["--lang", "en"]],
  ] as const) {
    const allocated = await inWs([
      "allocate",
      "topplederprogrammet.yaml",
      "list.csv",
      "--audit",
      audit,
      "-o",
      `${audit}.result.json`,
      ...lang,
    ]);
    expect(allocated.code, allocated.stderr).toBe(1);
  }
  expect(JSON.parse(readFileSync(at("audit-en.json"), "utf8")).language).toBe("en");
});
afterAll(() => ws.remove());

describe("cohort letters --lang", () => {
  it("writes the letters, their dates and what it says on stderr in that language", async () => {
    const result = await inWs([
      "letters",
      "audit.json",
      "-o",
      "sv",
      "--format",
      "md",
      "--lang",
      "sv",
    ]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain(
      "varning: list.csv:3, kolumn ”E-post”: S0000002 har ingen e-postadress; brevet får ingen mottagare",
    );
    expect(result.stderr).toContain(
      "skrev 160 brev till sv (40 antagen, 44 reserv, 73 inte behörig, 3 ogiltig)",
    );
    const admitted = letterOf("sv", "admitted");
    expect(admitted).toMatch(/^# Erbjudande om plats: /);
    expect(admitted).toContain("Vi har glädjen att erbjuda dig en plats");
    expect(admitted).toContain("7–9 september 2027, Oslo");
    const waitlisted = letterOf("sv", "waitlisted");
    expect(waitlisted).toMatch(/^# Reservlista: /);
    expect(waitlisted).toContain("har gått till sökande som är rangordnade före dig");
    expect(letterOf("sv", "invalid")).toMatch(
      /”[^”]+” (saknas|har ett värde som inte går att läsa)/,
    );
    // The program's own rule texts stay as the program writes them.
    expect(letterOf("sv", "ineligible")).toMatch(/^# Besked om din ansökan: /);
    for (const letter of [admitted, waitlisted])
      expect(letter).not.toMatch(/\b(Hei|Vi har gleden)\b/);
  });

  it("words the same letters whatever language the allocation was recorded in", async () => {
    expect(
      (await inWs(["letters", "audit-en.json", "-o", "from-en", "--format", "md", "--lang", "sv"]))
        .code,
    ).toBe(1);
    expect(folderText("from-en")).toEqual(folderText("sv"));
    // Without --lang the letters are in the program's language, not the record's.
    expect((await inWs(["letters", "audit-en.json", "-o", "own", "--format", "md"])).code).toBe(1);
    expect(letterOf("own", "admitted")).toMatch(/^# Tilbud om plass: /);
    expect(folderText("own")).not.toEqual(folderText("sv"));
  });

  it("reads the program's own templates for that language from a folder named by its code", async () => {
    const folder = at("topplederprogrammet.letters");
    mkdirSync(join(folder, "sv"), { recursive: true });
    writeFileSync(
      join(folder, "admitted.txt"),
      "Subject: Tilbud {{program.id}}\n\nHei {{name}}, {{date}}\n",
    );
    writeFileSync(
      join(folder, "sv", "admitted.txt"),
      "Subject: Erbjudande {{program.id}}\n\nHej {{name}}, {{date}}\n",
    );
    try {
      const args = ["audit.json", "--format", "md", "--date", "2027-05-03"];
      expect((await inWs(["letters", ...args, "-o", "t-nb"])).code).toBe(1);
      expect(letterOf("t-nb", "admitted")).toMatch(
        /^# Tilbud topplederprogrammet\n[\s\S]*, 3\. mai 2027\n$/,
      );
      expect((await inWs(["letters", ...args, "-o", "t-sv", "--lang", "sv"])).code).toBe(1);
      expect(letterOf("t-sv", "admitted")).toMatch(
        /^# Erbjudande topplederprogrammet\n[\s\S]*, 3 maj 2027\n$/,
      );
      // The program's own language through --lang is the program's own folder.
      expect((await inWs(["letters", ...args, "-o", "t-nb2", "--lang", "nb"])).code).toBe(1);
      expect(folderText("t-nb2")).toEqual(folderText("t-nb"));
      // A language without its own files gets its shipped defaults, not the nb file.
      expect((await inWs(["letters", ...args, "-o", "t-fi", "--lang", "fi"])).code).toBe(1);
      expect(letterOf("t-fi", "admitted")).not.toContain("Tilbud");
      expect(letterOf("t-fi", "admitted")).toContain("7.–9. syyskuuta 2027");

      // A bad template of that folder is located in it, in that language's words.
      writeFileSync(join(folder, "sv", "waitlisted.txt"), "Subject: x\n\nHej {{nmae}}\n");
      const bad = await inWs(["letters", ...args, "-o", "t-bad", "--lang", "sv"]);
      expect(bad.code).toBe(2);
      expect(bad.error?.location).toMatchObject({
        file: join("topplederprogrammet.letters", "sv", "waitlisted.txt"),
        line: 3,
        column: 5,
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("writes completion letters in that language", async () => {
    expect(
      (await inWs(["roster", "topplederprogrammet.yaml", "audit.json", "-o", "roster.csv"])).code,
    ).toBe(0);
    writeFileSync(at("filled.csv"), attendedRoster(readFileSync(at("roster.csv"))));
    const result = await inWs([
      "letters",
      "topplederprogrammet.yaml",
      "--progress",
      "filled.csv",
      "--as-of",
      "2028-06-30",
      "-o",
      "cert-da",
      "--format",
      "md",
      "--lang",
      "da",
    ]);
    expect(result.code, result.stderr).toBe(1); // one address is not one
    expect(result.stderr).toContain(
      "advarsel: filled.csv:21, kolonne »E-post«: S0000003: »ikke en adresse« er ikke én gyldig e-mailadresse; brevet får ingen modtager",
    );
    expect(result.stderr).toContain("skrev 40 breve til cert-da (40 gennemført)");
    const certificate = letterOf("cert-da", "completed");
    expect(certificate).toMatch(/^# Kursusbevis: /);
    expect(certificate).toContain("7. september 2027 – 8. juni 2028");
    expect(certificate).toContain("(3 af 3 dage)");
    expect(certificate).toContain("\n30. juni 2028\n");
  });

  it("refuses a language it does not know, as every command does", async () => {
    const result = await inWs(["letters", "audit.json", "-o", "de", "--lang", "de"]);
    expect(result.code).toBe(2);
    expect(result.error?.message).toContain(
      "option '--lang <code>' argument 'de' is invalid. Allowed choices are nb, nn, sv, da, fi, en.",
    );
    expect(existsSync(at("de"))).toBe(false);
  });

  it("words an input error in that language", async () => {
    const result = await inWs(["letters", "missing.json", "-o", "x", "--lang", "fi"]);
    expect(result.code).toBe(2);
    expect(result.error?.locale).toBe("fi");
    expect(inputErrorText(result.error!, "fi")).toBe("tiedostoa ei ole: missing.json");
  });
});
