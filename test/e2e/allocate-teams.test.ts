/**
 * The leader-group program allocated from its shipped list, as a
 * coordinator runs it: one group admitted together into one class, one that
 * does not fit waitlisted whole with the reason, one with an ineligible
 * member not admitted as the program says (ineligible: team); every format
 * names each applicant's group, and verify reproduces the record.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const PROGRAM = "programs/ous-ledergruppeutvikling.yaml";
const LIST = "fixtures/allocate/ous-ledergruppeutvikling-2027.csv";
const ARGS = ["allocate", PROGRAM, LIST, "--intake", "2027"];

interface Row {
  id: string;
  outcome: string;
  code: string;
  reason: string;
  class?: string;
  group: string | null;
}

const dir = mkdtempSync(join(tmpdir(), "cohort-teams-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cohort allocate: leader groups of ous-ledergruppeutvikling", () => {
  const result = runCli([...ARGS, "--format", "json"]);
  const rows = (JSON.parse(result.stdout) as { applicants: Row[] }).applicants;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const members = (group: string) => rows.filter((r) => r.group === group);

  it("runs clean", () => {
    expect(result.code).toBe(0);
    expect(rows).toHaveLength(17);
  });

  it("admits LG-A together, into one class", () => {
    const a = members("LG-A");
    expect(a.map((r) => r.id)).toEqual(["A-1", "A-2", "A-3"]);
    expect(a.every((r) => r.outcome === "admitted" && r.class === "var")).toBe(true);
  });

  it("waitlists LG-B whole, with the reason that stopped it", () => {
    const b = members("LG-B");
    expect(b).toHaveLength(4);
    for (const r of b) {
      expect(r.outcome).toBe("waitlisted");
      expect(r.code).toBe("SEATS_FULL");
      expect(r.reason).toBe(
        "alle plassene er fylt, 7/10; ledergruppen LG-B har 4 medlemmer og tas bare opp samlet",
      );
    }
    // B-1 is the best-ranked applicant of the list, yet waits: the group stands at B-4.
    expect(rows.find((r) => r.id === "B-1")).toMatchObject({ outcome: "waitlisted" });
  });

  it("does not admit LG-C, whose member C-3 is not eligible, and tells the others why", () => {
    expect(byId.get("C-3")).toMatchObject({ outcome: "ineligible", code: "INELIGIBLE" });
    for (const id of ["C-1", "C-2"]) {
      expect(byId.get(id)).toMatchObject({
        outcome: "ineligible",
        code: "TEAM_MEMBER_INELIGIBLE",
        group: "LG-C",
        reason:
          "ikke tatt opp: ledergruppen LG-C tas bare opp samlet, og C-3 er ikke kvalifisert (Programmet er for ledere fast ansatt ved sykehuset)",
      });
    }
  });

  it("gives applicants alone a null group, and fills every seat", () => {
    expect(byId.get("S-1")!.group).toBeNull();
    expect(rows.filter((r) => r.outcome === "admitted")).toHaveLength(10);
  });

  it("names the group in the CSV and the table, members together", () => {
    const csv = runCli([...ARGS, "--format", "csv"]).stdout;
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]!.split(",").at(-1)).toBe("group");
    expect(
      lines
        .find((l) => l.startsWith("B-4,"))!
        .split(",")
        .at(-1),
    ).toBe("LG-B");
    const table = runCli([...ARGS, "--format", "table"]).stdout;
    expect(table).toContain("Ledergruppe");
    // The waitlist lists LG-B's four members one after another.
    const order = [...table.matchAll(/│ (B-\d|S-\d) /g)].map((m) => m[1]);
    const firstB = order.indexOf("B-1");
    expect(order.slice(firstB, firstB + 4)).toEqual(["B-1", "B-2", "B-3", "B-4"]);
  });

  it("records the group policy, and verify reproduces it", () => {
    const audit = join(dir, "audit.json");
    const made = runCli([
      ...ARGS,
      "--format",
      "json",
      "-o",
      join(dir, "out.json"),
      "--audit",
      audit,
    ]);
    expect(made.code).toBe(0);
    const record = JSON.parse(readFileSync(audit, "utf8")) as {
      parameters: { team?: unknown };
    };
    expect(record.parameters.team).toEqual({
      column: "Ledergruppe-ID",
      rank: "lowest",
      ineligible: "team",
    });
    const verified = runCli([
      "verify",
      audit,
      "--program",
      join(ROOT, PROGRAM),
      "--applicants",
      join(ROOT, LIST),
    ]);
    expect(verified.stderr).toBe("");
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain("17 outcomes reproduced exactly");
  });
});
