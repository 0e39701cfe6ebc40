/**
 * cohort letters as users run it: the built binary turns a shipped program's
 * audit record into letters that an independent mail parser (mailparser)
 * reads back, with the right subject, recipient and reason words.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Workspace, workspace } from "../letters/workspace.js";
import { runCli } from "./run-cli.js";

let ws: Workspace;
const at = (...parts: string[]) => join(ws.dir, ...parts);
const inWs = (args: string[]) => runCli(args, { cwd: ws.dir });

interface IndexRow {
  file: string;
  id: string;
  outcome: string;
  email: string;
}

const index = (folder: string): IndexRow[] =>
  parse(readFileSync(at(folder, "index.csv")), { columns: true }) as IndexRow[];

const folderBytes = (folder: string) =>
  Object.fromEntries(readdirSync(at(folder)).map((f) => [f, readFileSync(at(folder, f))]));

beforeAll(() => {
  ws = workspace();
  const allocated = inWs([
    "allocate",
    "topplederprogrammet.yaml",
    "list.csv",
    "--audit",
    "audit.json",
    "-o",
    "result.json",
  ]);
  expect(allocated.code, allocated.stderr).toBe(1); // the list has invalid rows
});
afterAll(() => ws.remove());

describe("cohort letters", () => {
  it("writes one .eml per applicant that mailparser reads, in the program's language", async () => {
    const result = inWs(["letters", "audit.json", "-o", "out", "--reply-by", "2027-05-20"]);
    expect(result.code, result.stderr).toBe(1); // two applicants without a usable address
    const rows = index("out");
    const outcomes = JSON.parse(readFileSync(at("audit.json"), "utf8")).outcomes as {
      id: string;
      outcome: string;
    }[];
    expect(rows.map((r) => [r.id, r.outcome])).toEqual(outcomes.map((o) => [o.id, o.outcome]));
    expect(readdirSync(at("out")).sort()).toEqual([...rows.map((r) => r.file), "index.csv"].sort());

    const read = async (outcome: string) => {
      const row = rows.find((r) => r.outcome === outcome && r.email !== "")!;
      return { row, mail: await simpleParser(readFileSync(at("out", row.file))) };
    };

    const admitted = await read("admitted");
    expect(admitted.mail.subject).toBe(
      "Tilbud om plass: Nasjonalt topplederprogram for kommune- og spesialisthelsetjenesten",
    );
    expect(
      admitted.mail.to && "value" in admitted.mail.to && admitted.mail.to.value[0]!.address,
    ).toBe(admitted.row.email);
    expect(admitted.mail.text).toContain("Vi har gleden av å tilby deg plass");
    expect(admitted.mail.text).toContain("7.–9. september 2027");
    expect(admitted.mail.text).toContain("innen 20. mai 2027");
    expect(admitted.mail.date?.toISOString()).toBe("2027-04-12T12:00:00.000Z");
    expect(admitted.mail.messageId).toMatch(/^<[0-9a-f]{32}\.S\d+@cohort\.invalid>$/);

    const waitlisted = await read("waitlisted");
    expect(waitlisted.mail.subject).toMatch(/^Venteliste: /);
    expect(waitlisted.mail.text).toMatch(/Du står som nummer \d+ på ventelisten/);
    expect(waitlisted.mail.text).toMatch(/er fylt av søkere som er rangert foran deg/);

    const ineligible = await read("ineligible");
    expect(ineligible.mail.subject).toMatch(/^Svar på søknaden din: /);
    expect(ineligible.mail.text).toMatch(
      /- (Målgruppen er ledere på strategisk nivå|Nominert av leder, eller egen søknad bekreftet av leder|Minst ett års ledererfaring ved søknadsfristen)/,
    );

    const invalid = await read("invalid");
    expect(invalid.mail.subject).toMatch(/^Søknaden din må rettes: /);
    expect(invalid.mail.text).toMatch(/«[^»]+» (mangler|har en verdi vi ikke kan lese)/);
  });

  it("warns, with row and column, about a missing e-mail and writes the letter without a recipient", async () => {
    const result = inWs(["letters", "audit.json", "-o", "no-mail"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "advarsel: list.csv:3, kolonne «E-post»: S0000002 har ingen e-postadresse; brevet får ingen mottaker",
    );
    expect(result.stderr).toContain(
      "advarsel: list.csv:4, kolonne «E-post»: S0000003: «ikke en adresse» er ikke én gyldig e-postadresse",
    );
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    const row = index("no-mail").find((r) => r.id === "S0000002")!;
    expect(row.email).toBe("");
    const mail = await simpleParser(readFileSync(at("no-mail", row.file)));
    expect(mail.to).toBeUndefined();
    expect(mail.text).toContain("Hei Ola Larsen,");
  });

  it("writes the same bytes on a rerun", () => {
    expect(inWs(["letters", "audit.json", "-o", "again-1"]).code).toBe(1);
    expect(inWs(["letters", "audit.json", "-o", "again-2"]).code).toBe(1);
    expect(folderBytes("again-2")).toEqual(folderBytes("again-1"));
  });

  it("refuses a folder that is not empty unless --force, and then replaces it whole", () => {
    writeFileSync(at("result.txt"), "x");
    expect(inWs(["letters", "audit.json", "-o", "kept"]).code).toBe(1);
    writeFileSync(at("kept", "stale.eml"), "old");
    const refused = inWs(["letters", "audit.json", "-o", "kept"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("kept exists and is not empty; give --force");
    expect(existsSync(at("kept", "stale.eml"))).toBe(true);
    expect(inWs(["letters", "audit.json", "-o", "kept", "--force"]).code).toBe(1);
    expect(existsSync(at("kept", "stale.eml"))).toBe(false);
    expect(existsSync(at("kept", "index.csv"))).toBe(true);
    expect(readdirSync(ws.dir).filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("writes .md and .html letters", () => {
    expect(inWs(["letters", "audit.json", "-o", "md", "--format", "md"]).code).toBe(1);
    const md = index("md");
    expect(md[0]!.file).toMatch(/\.md$/);
    expect(readFileSync(at("md", md[0]!.file), "utf8")).toMatch(/^# Tilbud om plass: /);
    expect(inWs(["letters", "audit.json", "-o", "html", "--format", "html"]).code).toBe(1);
    const html = readFileSync(at("html", index("html")[0]!.file), "utf8");
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain("<title>Tilbud om plass: ");
  });

  it("refuses a record that does not verify, and writes nothing", () => {
    const list = readFileSync(at("list.csv"), "utf8");
    writeFileSync(at("list.csv"), list.replace("Ola Lie", "Ola Li"));
    try {
      const result = inWs(["letters", "audit.json", "-o", "unverified"]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("audit.json does not verify (an input has changed)");
      expect(existsSync(at("unverified"))).toBe(false);
    } finally {
      writeFileSync(at("list.csv"), list);
    }
  });

  it("uses a program's own template, and locates a misspelt placeholder", async () => {
    const folder = at("topplederprogrammet.letters");
    const { mkdirSync, rmSync } = await import("node:fs");
    mkdirSync(folder);
    try {
      writeFileSync(
        join(folder, "admitted.txt"),
        "Subject: Velkommen, {{name}}!\n\nHei {{name}} ({{applicant.Arbeidsgiver}}): {{outcome}}.\n",
      );
      expect(inWs(["letters", "audit.json", "-o", "own"]).code).toBe(1);
      const row = index("own").find((r) => r.outcome === "admitted" && r.email !== "")!;
      const mail = await simpleParser(readFileSync(at("own", row.file)));
      expect(mail.subject).toMatch(/^Velkommen, .+!$/);
      expect(mail.text).toMatch(/^Hei .+ \(Kommune \d+\): tilbudt plass\.\n$/);

      writeFileSync(join(folder, "admitted.txt"), "Subject: Hei\n\nHei {{nmae}}\n");
      const typo = inWs(["letters", "audit.json", "-o", "typo"]);
      expect(typo.code).toBe(2);
      expect(typo.stderr).toContain("topplederprogrammet.letters/admitted.txt:3:5");
      // In the program's language (nb), every part of it.
      expect(typo.stderr).toBe(
        `cohort: topplederprogrammet.letters/admitted.txt:3:5: ukjent plassholder {{nmae}}; se plassholderne i docs/commands/letters.md\n`,
      );
      expect(existsSync(at("typo"))).toBe(false);
      // Mustache's syntax errors are worded too, located where Mustache finds them.
      writeFileSync(join(folder, "admitted.txt"), "Subject: Hei\n\n{{#reasons}}\n- {{.}}\n");
      const unclosed = inWs(["letters", "audit.json", "-o", "typo"]);
      expect(unclosed.code).toBe(2);
      expect(unclosed.stderr).toMatch(
        /^cohort: \S*admitted\.txt:3:1: delen \{\{#reasons\}\} er ikke lukket med \{\{\/reasons\}\}\n$/,
      );
      writeFileSync(join(folder, "admitted.txt"), "Hei {{name}}\n");
      const frame = inWs(["letters", "audit.json", "-o", "typo"]);
      expect(frame.code).toBe(2);
      expect(frame.stderr).toMatch(
        /admitted\.txt:1: en brevmal begynner med en linje «Subject: …», deretter en tom linje og så selve brevet\n$/,
      );
      expect(existsSync(at("typo"))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe.each([
  [
    "sv",
    "Erbjudande om plats: ",
    "Du står som nummer",
    "Det första kurstillfället är ”",
    "7–9 september 2027",
  ],
  [
    "fi",
    "Paikkatarjous: ",
    "Olet varasijalla numero",
    "Ensimmäinen lähijakso on ”",
    "7.–9. syyskuuta 2027",
  ],
  ["da", "Tilbud om plads: ", "Du står som nummer", "Første samling er »", "7.–9. september 2027"],
])("cohort letters for a %s program", (locale, subject, waitlist, module, dates) => {
  let local: Workspace;
  beforeAll(() => {
    local = workspace(locale);
    runCli(
      ["allocate", "topplederprogrammet.yaml", "list.csv", "--audit", "audit.json", "-o", "r.json"],
      {
        cwd: local.dir,
      },
    );
  });
  afterAll(() => local.remove());

  it("writes the letters in that language", async () => {
    const result = runCli(["letters", "audit.json", "-o", "out"], { cwd: local.dir });
    expect(result.code, result.stderr).toBe(1);
    const rows = parse(readFileSync(join(local.dir, "out", "index.csv")), {
      columns: true,
    }) as IndexRow[];
    const mail = async (outcome: string) =>
      simpleParser(
        readFileSync(
          join(local.dir, "out", rows.find((r) => r.outcome === outcome && r.email)!.file),
        ),
      );
    const admitted = await mail("admitted");
    expect(admitted.subject?.startsWith(subject)).toBe(true);
    expect(admitted.text).toContain(`${module}Strategisk ledelse`);
    expect(admitted.text).toContain(dates);
    expect((await mail("waitlisted")).text).toContain(waitlist);
  });
});
