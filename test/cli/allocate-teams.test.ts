/**
 * The program's group policies, in process: `ineligible: team` (a group with
 * an ineligible or invalid member is out, its other members told who and
 * why), `ineligible: members` (the eligible members go on as a group), and
 * `rank: lowest | highest` (where a group stands in the rank order).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run.js";

const program = (team: string, total = 3) => `id: grupper
name: Grupper
owner: Test
locale: en
country: "NO"
applicants:
  id: ID
  fields:
    score: { type: number, column: Score }
    employed: { type: boolean, column: Employed }
  team: ${team}
eligibility: { field: employed, equals: true, reason: employed at the hospital }
seats:
  total: ${total}
  ranking: [{ field: score }]
`;

// G1 has the best and the worst applicant; G2 has an ineligible member (P-5)
// and one whose score is not a number (P-6).
const LIST = `ID,Group,Score,Employed
P-1,G1,100,yes
P-2,,90,yes
P-3,,80,yes
P-4,G1,10,yes
P-5,G2,95,no
P-6,G2,x,yes
P-7,G2,85,yes
`;

const dir = mkdtempSync(join(tmpdir(), "cohort-allocate-teams-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, "list.csv"), LIST);

interface Row {
  id: string;
  outcome: string;
  code: string;
  reason: string;
  group: string | null;
}

const allocate = async (team: string, total?: number) => {
  writeFileSync(join(dir, "grupper.yaml"), program(team, total));
  const result = await run(["allocate", "grupper.yaml", "list.csv", "--format", "json", "-q"], {
    cwd: dir,
  });
  const rows = (JSON.parse(result.stdout) as { applicants: Row[] }).applicants;
  return { code: result.code, byId: new Map(rows.map((r) => [r.id, r])) };
};

describe("allocate: what an ineligible member means", () => {
  it("ineligible: team (the default) keeps the whole group out and names who and why", async () => {
    const { code, byId } = await allocate("{ column: Group }");
    expect(code).toBe(1);
    expect(byId.get("P-7")).toEqual(
      expect.objectContaining({
        outcome: "ineligible",
        code: "TEAM_MEMBER_INELIGIBLE",
        group: "G2",
        reason:
          "not admitted: the leader group G2 is admitted only as a whole, and P-5 is not eligible (employed at the hospital); the row of P-6 is invalid (line 7)",
      }),
    );
    expect(byId.get("P-5")!.code).toBe("INELIGIBLE");
    expect(byId.get("P-6")!.code).toBe("INVALID");
  });

  it("ineligible: members lets the eligible members go on", async () => {
    const { byId } = await allocate("{ column: Group, ineligible: members }", 5);
    expect(byId.get("P-7")).toEqual(expect.objectContaining({ outcome: "admitted", group: "G2" }));
  });
});

describe("allocate: where a group stands", () => {
  // Two seats: filled by P-2 and P-3 or by G1 alike, so merit decides.
  it("rank: lowest puts G1 at P-4, behind everyone alone", async () => {
    const { byId } = await allocate("{ column: Group }", 2);
    expect(byId.get("P-2")!.outcome).toBe("admitted");
    expect(byId.get("P-3")!.outcome).toBe("admitted");
    for (const id of ["P-1", "P-4"]) {
      expect(byId.get(id)).toEqual(
        expect.objectContaining({ outcome: "waitlisted", group: "G1", code: "SEATS_FULL" }),
      );
      expect(byId.get(id)!.reason).toContain(
        "the leader group G1 has 2 members and is admitted only as a whole",
      );
    }
  });

  it("rank: highest puts G1 at P-1, first", async () => {
    const { byId } = await allocate("{ column: Group, rank: highest }", 2);
    expect(byId.get("P-1")!.outcome).toBe("admitted");
    expect(byId.get("P-4")!.outcome).toBe("admitted");
    expect(byId.get("P-2")!.outcome).toBe("waitlisted");
    expect(byId.get("P-3")!.outcome).toBe("waitlisted");
  });

  it("fills seats before merit: with three seats G1 goes in beside P-2 and P-3 waits", async () => {
    const { byId } = await allocate("{ column: Group }", 3);
    expect(byId.get("P-1")!.outcome).toBe("admitted");
    expect(byId.get("P-2")!.outcome).toBe("admitted");
    expect(byId.get("P-3")!.outcome).toBe("waitlisted");
  });

  it("gives applicants alone a null group", async () => {
    const { byId } = await allocate("{ column: Group }");
    expect(byId.get("P-2")!.group).toBeNull();
  });
});

describe("allocate: bounds of what is said about groups", () => {
  it("names at most 5 members who cannot be admitted, and warns of at most 20 groups one by one", async () => {
    const rows = ["ID,Group,Score,Employed", "Q-0,BIG,50,yes"];
    for (let i = 1; i <= 7; i++) rows.push(`Q-${i},BIG,${50 - i},no`);
    for (let i = 1; i <= 25; i++) rows.push(`R-${i},ONE-${i},${i},yes`);
    writeFileSync(join(dir, "bounds.csv"), `${rows.join("\n")}\n`);
    writeFileSync(join(dir, "grupper.yaml"), program("{ column: Group }"));
    const result = await run(["allocate", "grupper.yaml", "bounds.csv", "--format", "json"], {
      cwd: dir,
    });
    const out = (JSON.parse(result.stdout) as { applicants: Row[] }).applicants;
    const q0 = out.find((r) => r.id === "Q-0")!;
    expect(q0.code).toBe("TEAM_MEMBER_INELIGIBLE");
    expect(q0.reason.match(/is not eligible/g)).toHaveLength(5);
    expect(q0.reason).toMatch(/; 2 more members cannot be admitted$/);
    const warnings = result.stderr.split("\n").filter((l) => l.startsWith("warning:"));
    expect(warnings).toHaveLength(21);
    expect(warnings[20]).toBe("warning: bounds.csv: 5 more warnings about leader groups");
  });
});
