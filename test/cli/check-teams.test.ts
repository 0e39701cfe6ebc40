/**
 * What check says about leader groups, in process: a member row with other
 * choices than its group's first row is invalid (row and column, naming that
 * row), a group named on one row only and a group larger than every class it
 * chose are located warnings on stderr, in the program's language or --lang.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run.js";

const PROGRAM = `id: grupper
name: Grupper
owner: Test
locale: nb
country: "NO"
applicants:
  id: ID
  fields:
    score: { type: number, column: Poeng }
  choices: { column: Ønske }
  team: { column: Gruppe }
seats:
  total: 5
  ranking: [{ field: score }]
intakes:
  - id: "2027"
    classes:
      - { id: a, label: A-klassen, site: Oslo, seats: 3 }
      - { id: b, label: B-klassen, site: Bergen, seats: 2 }
`;

const LIST = `ID,Gruppe,Poeng,Ønske
P-1,T1,10,a
P-2,T1,9,b
P-3,T2,8,a
P-4,T3,7,b
P-5,T3,6,b
P-6,T3,5,b
P-7,,4,a
`;

const dir = mkdtempSync(join(tmpdir(), "cohort-check-teams-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, "grupper.yaml"), PROGRAM);
writeFileSync(join(dir, "list.csv"), LIST);
writeFileSync(join(dir, "no-column.csv"), "ID,Poeng,Ønske\nP-1,10,a\n");

interface Verdict {
  id: string;
  line: number;
  verdict: string;
  problems: { column: string; value: string; message: string }[];
}

const check = (...args: string[]) =>
  run(["check", "grupper.yaml", "list.csv", "--intake", "2027", ...args], { cwd: dir });

describe("cohort check with leader groups", () => {
  it("makes a member row with other choices invalid, naming the group's first row", async () => {
    const result = await check("--format", "json");
    expect(result.code).toBe(1);
    const verdicts = (JSON.parse(result.stdout) as { applicants: Verdict[] }).applicants;
    expect(verdicts.find((v) => v.id === "P-1")!.verdict).toBe("eligible");
    expect(verdicts.find((v) => v.id === "P-2")).toMatchObject({
      line: 3,
      verdict: "invalid",
      problems: [
        {
          column: "Gruppe",
          value: "T1",
          message:
            "other choices than the same leader group on line 2; every member of a group must list the same choices",
        },
      ],
    });
    expect(verdicts.filter((v) => v.verdict === "invalid")).toHaveLength(1);
  });

  it("warns, located, of a group of one and of a group too large for the classes it chose", async () => {
    const result = await check("--format", "json");
    expect(result.stderr.split("\n").filter((l) => l.startsWith("advarsel:"))).toEqual([
      "advarsel: list.csv:4: Gruppe: ledergruppen «T2» står bare på denne raden; søkeren fordeles alene",
      "advarsel: list.csv:5: Gruppe: ledergruppen «T3» har 3 kvalifiserte medlemmer, flere enn de 2 plassene i den største klassen den har ønsket; den kan ikke tas opp",
    ]);
  });

  it("words the invalid row and the warnings in the language asked for", async () => {
    const table = await check("--format", "table", "--lang", "sv");
    expect(table.stdout).toContain("Gruppe: andra val än samma ledningsgrupp på rad 2");
    expect(table.stderr).toContain(
      "varning: list.csv:4: Gruppe: ledningsgruppen ”T2” finns bara på den här raden",
    );
    const fi = await check("--format", "csv", "--lang", "fi");
    expect(fi.stderr).toContain(
      "johtoryhmässä ”T3” on 3 kelpoista jäsentä, mutta sen suurimmassa toivomassa ryhmässä on vain 2 paikkaa",
    );
    const en = await check("--format", "csv", "--lang", "en");
    expect(en.stderr).toContain(
      'the leader group "T3" has 3 eligible members, more than the 2 seats of the largest class it chose',
    );
  });

  it("says nothing about groups with -q", async () => {
    const result = await check("--format", "json", "-q");
    expect(result.stderr).toBe("");
  });

  it("needs the group column the program declares", async () => {
    const result = await run(
      ["check", "grupper.yaml", "no-column.csv", "--intake", "2027", "--format", "json"],
      { cwd: dir },
    );
    expect(result.code).toBe(1);
    expect(result.error?.message).toContain('missing required column "Gruppe"');
  });
});
