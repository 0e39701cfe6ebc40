import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const LITEN = "fixtures/allocate/liten.yaml";
const TOPP = "fixtures/allocate/topplederprogrammet.csv";

interface Row {
  id: string;
  outcome: string;
  quota: string | null;
  rank: number | null;
  position: { overall: number; inGroup: number } | null;
  code: string;
  reason: string;
  transferred: boolean;
  newlyOffered?: boolean;
}

const allocate = (args: string[]) => {
  const result = runCli(["allocate", ...args, "--format", "json"]);
  const json = result.stdout
    ? (JSON.parse(result.stdout) as {
        version: number;
        program: string;
        seed: string;
        applicants: Row[];
        summary: Record<string, unknown>;
        offered?: string[];
      })
    : undefined;
  return { ...result, json };
};

const brief = (rows: Row[]) => rows.map((r) => `${r.id} ${r.outcome} ${r.code}: ${r.reason}`);

describe("cohort allocate: the hard cases", () => {
  it("a region minimum forces a lower-ranked applicant in, and says why the higher-ranked one waits", () => {
    const { json, code } = allocate([LITEN, "fixtures/allocate/held-for-min.csv"]);
    expect(code).toBe(0);
    expect(brief(json!.applicants)).toEqual([
      "a1 admitted MERIT: admitted, quota a, rank 1",
      "b1 admitted MERIT: admitted, quota b, rank 2",
      "a3 admitted MERIT: admitted, quota a, rank 5",
      "b3 admitted MERIT: admitted, quota b, rank 6",
      "a2 waitlisted SPREAD_CAP: cap reached for north, 2/2",
      "b2 waitlisted HELD_FOR_MIN: seat held for the west minimum, 0/1",
    ]);
    expect(json!.applicants.find((r) => r.id === "b2")!.position).toEqual({
      overall: 2,
      inGroup: 1,
    });
  });

  it("a quota with too few applicants: its seat is transferred, and labelled so", () => {
    const { json, code, stderr } = allocate([LITEN, "fixtures/allocate/few-in-quota.csv"]);
    expect(brief(json!.applicants)).toEqual([
      "a1 admitted MERIT: admitted, quota a, rank 1",
      "a2 admitted MERIT: admitted, quota a, rank 2",
      "a3 admitted MERIT: admitted, rank 3, on a seat transferred from quota b",
      "b1 admitted MERIT: admitted, quota b, rank 5",
      "a4 waitlisted GROUP_FULL: quota a full, 2/2 and 1 transferred seat taken",
    ]);
    expect(json!.applicants.find((r) => r.id === "a3")!.transferred).toBe(true);
    expect(stderr).toContain(
      "warning: quota b has 2 seats, but only 1 can be filled from its eligible applicants",
    );
    // Every seat is filled, so the quota's shortfall is reported, not an error.
    expect(code).toBe(0);
  });

  it("the same quota under keep-empty leaves the seat empty and reports it", () => {
    const { json, code, stderr } = allocate([
      "fixtures/allocate/liten-keep-empty.yaml",
      "fixtures/allocate/few-in-quota.csv",
    ]);
    expect(json!.applicants.filter((r) => r.outcome === "admitted").map((r) => r.id)).toEqual([
      "a2",
      "a3",
      "b1",
    ]);
    expect(brief(json!.applicants.filter((r) => r.outcome === "waitlisted"))).toEqual([
      "a1 waitlisted HELD_FOR_MIN: seat held for the south minimum, 0/1",
      "a4 waitlisted GROUP_FULL: quota a full, 2/2",
    ]);
    expect(stderr).toContain("warning: 4 seats, but only 3 can be filled within the rules");
    expect(code).toBe(1);
  });

  it("a minimum the pool cannot reach is a warning, and an error only under --strict", () => {
    const relaxed = allocate([LITEN, "fixtures/allocate/min-unreachable.csv"]);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stderr).toContain(
      "warning: the minimum for west is 1, but the eligible pool can fill only 0",
    );
    expect(allocate([LITEN, "fixtures/allocate/min-unreachable.csv", "--strict"]).code).toBe(1);
  });

  it("exact ties are broken by the seeded lottery: same seed, same bytes; another seed reorders only the ties", () => {
    const a = runCli([
      "allocate",
      LITEN,
      "fixtures/allocate/ties.csv",
      "--format",
      "json",
      "--seed",
      "one",
    ]);
    const b = runCli([
      "allocate",
      LITEN,
      "fixtures/allocate/ties.csv",
      "--format",
      "json",
      "--seed",
      "one",
    ]);
    expect(a.stdout).toBe(b.stdout);
    const orders = new Set(
      ["one", "two", "three", "four", "five"].map((seed) => {
        const r = allocate([LITEN, "fixtures/allocate/ties.csv", "--seed", seed]).json!;
        expect(r.seed).toBe(seed);
        return r.applicants.map((x) => x.id).join(" ");
      }),
    );
    expect(orders.size).toBeGreaterThan(1);
    // Distinct scores are never reordered by the seed.
    const fixed = ["x", "y"].map((seed) =>
      allocate([LITEN, "fixtures/allocate/held-for-min.csv", "--seed", seed]).json!.applicants.map(
        (r) => r.id,
      ),
    );
    expect(fixed[0]).toEqual(fixed[1]);
  });

  it("the default seed comes from the inputs' hashes and is always printed", () => {
    const result = allocate([LITEN, "fixtures/allocate/ties.csv"]);
    expect(result.json!.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(result.stderr).toContain(`seed ${result.json!.seed}, from the input hashes`);
  });
});

describe("cohort allocate: the Topplederprogram", () => {
  it("fills 40 seats 20/20 within the region limits, with a reason for every applicant", () => {
    const { json } = allocate(["topplederprogrammet", TOPP]);
    const rows = json!.applicants;
    const admitted = rows.filter((r) => r.outcome === "admitted");
    expect(admitted).toHaveLength(40);
    expect(admitted.filter((r) => r.quota === "spesialist")).toHaveLength(20);
    expect(admitted.filter((r) => r.quota === "kommune")).toHaveLength(20);
    const checked = JSON.parse(
      runCli(["check", "topplederprogrammet", TOPP, "--format", "json"]).stdout,
    ).applicants;
    expect(rows).toHaveLength(checked.length);
    expect(new Set(rows.map((r) => r.id))).toEqual(
      new Set(checked.map((c: { id: string }) => c.id)),
    );
    expect(new Set(rows.map((r) => r.code))).toEqual(
      new Set(["MERIT", "GROUP_FULL", "INELIGIBLE", "INVALID"]),
    );
    for (const r of rows) expect(r.reason.length).toBeGreaterThan(5);
    const summary = json!.summary as { spread: { values: { value: string; admitted: number }[] } };
    for (const v of summary.spread.values) {
      expect(v.admitted).toBeGreaterThanOrEqual(4);
      expect(v.admitted).toBeLessThanOrEqual(14);
    }
    const waitlist = rows.filter((r) => r.outcome === "waitlisted");
    expect(waitlist.map((r) => r.position!.overall)).toEqual(waitlist.map((_, i) => i + 1));
    expect(waitlist.map((r) => r.rank)).toEqual(
      [...waitlist.map((r) => r.rank)].sort((a, b) => a! - b!),
    );
  });

  it("declines: every other admission stays, and the freed seats go to the best waitlisted applicants", () => {
    const first = allocate(["topplederprogrammet", TOPP]).json!;
    const admitted = first.applicants.filter((r) => r.outcome === "admitted").map((r) => r.id);
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    const declined = join(dir, "declined.txt");
    writeFileSync(declined, `# declined by phone\n${admitted[0]}\n${admitted[25]}\n`);
    const second = allocate(["topplederprogrammet", TOPP, "--declined", declined]);
    const now = second.json!.applicants;
    for (const id of admitted.filter((_, i) => i !== 0 && i !== 25)) {
      expect(now.find((r) => r.id === id)!.outcome).toBe("admitted");
    }
    expect(second.json!.offered).toHaveLength(2);
    for (const id of second.json!.offered!)
      expect(now.find((r) => r.id === id)!.newlyOffered).toBe(true);
    expect(now.find((r) => r.id === admitted[0])!).toMatchObject({
      outcome: "declined",
      code: "DECLINED",
    });
    expect(now.filter((r) => r.outcome === "admitted")).toHaveLength(40);
    expect(second.stderr).toContain("nytt tilbud:");
  });

  it("refuses to decline someone who was not admitted, naming the line", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    const first = allocate(["topplederprogrammet", TOPP]).json!;
    const waiting = first.applicants.find((r) => r.outcome === "waitlisted")!.id;
    writeFileSync(join(dir, "declined.txt"), `Søker-ID\nNOBODY\n${waiting}\n`);
    const result = runCli([
      "allocate",
      "topplederprogrammet",
      TOPP,
      "--declined",
      join(dir, "declined.txt"),
    ]);
    expect(result.code).toBe(1);
    // In the program's language, Norwegian Bokmål.
    expect(result.stderr).toContain("bare søkere som er tatt opp, kan takke nei:");
    expect(result.stderr).toContain('linje 2: "NOBODY" står ikke i søkerlisten');
    expect(result.stderr).toContain(
      `linje 3: "${waiting}" står på ventelisten og har aldri fått tilbud om plass`,
    );
  });

  it("declines in rounds: someone offered a seat after a decline may decline too", () => {
    const first = allocate(["topplederprogrammet", TOPP]).json!;
    const admitted = first.applicants.filter((r) => r.outcome === "admitted").map((r) => r.id);
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    const declined = join(dir, "declined.txt");
    writeFileSync(declined, `${admitted[3]}\n`);
    const second = allocate(["topplederprogrammet", TOPP, "--declined", declined]).json!;
    const offered = second.offered![0]!;
    writeFileSync(declined, `${admitted[3]}\n${offered}\n`);
    const third = allocate(["topplederprogrammet", TOPP, "--declined", declined]);
    const rows = third.json!.applicants;
    expect(rows.filter((r) => r.outcome === "admitted")).toHaveLength(40);
    expect(
      rows
        .filter((r) => r.outcome === "declined")
        .map((r) => r.id)
        .sort(),
    ).toEqual([admitted[3], offered].sort());
    for (const id of admitted.filter((_, i) => i !== 3))
      expect(rows.find((r) => r.id === id)!.outcome).toBe("admitted");
  });
});

describe("cohort allocate: the docs on declines say what the tool does", () => {
  const pages = [
    "docs/allocation.md",
    "docs/commands/allocate.md",
    "docs/getting-started.md",
    "docs/troubleshooting.md",
    "docs/output-formats.md",
  ];
  const text = pages.map((p) => readFileSync(join(ROOT, p), "utf8")).join("\n");

  it("quotes the rounds example as the tool prints it", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    writeFileSync(join(dir, "avslag.txt"), "S0000017\nS0000125\nS0000138\n");
    const result = runCli([
      "allocate",
      "topplederprogrammet",
      TOPP,
      "--declined",
      join(dir, "avslag.txt"),
      "--format",
      "table",
    ]);
    rmSync(dir, { recursive: true, force: true });
    const line = "takket nei: S0000017, S0000125, S0000138; nytt tilbud: S0000094, S0000056";
    expect(result.stdout).toContain(line);
    expect(text).toContain(line);
  });

  it("quotes the refusal the tool prints, and no message it no longer prints", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    writeFileSync(join(dir, "avslag.txt"), "S0000017\nS0000094\n");
    const result = runCli([
      "allocate",
      "topplederprogrammet",
      TOPP,
      "--declined",
      join(dir, "avslag.txt"),
      // The docs quote the English words (the program is Norwegian).
      "--lang",
      "en",
    ]);
    rmSync(dir, { recursive: true, force: true });
    expect(result.stderr).toContain("only admitted applicants can decline:");
    expect(result.stderr).toContain(
      'line 2: "S0000094" is on the waitlist and was never offered a seat',
    );
    expect(text).toContain('line 2: "S0000094" is on the waitlist and was never offered a seat');
    expect(text).not.toContain("so cannot decline");
    expect(text).not.toMatch(/outcome\s+`waitlisted`, without a waitlist place/);
    expect(text).not.toMatch(/cannot yet handle a decline/);
  });
});

describe("cohort allocate: formats", () => {
  it("csv: a header and one row per applicant", () => {
    const result = runCli([
      "allocate",
      LITEN,
      "fixtures/allocate/held-for-min.csv",
      "--format",
      "csv",
    ]);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "id,outcome,quota,rank,position,position_in_quota,code,reason,transferred,newly_offered",
    );
    expect(lines[6]).toBe(
      'b2,waitlisted,b,4,2,1,HELD_FOR_MIN,"seat held for the west minimum, 0/1",no,no',
    );
  });

  it("table: admitted list, waitlist and the summary with bars", () => {
    const result = runCli(["allocate", "topplederprogrammet", TOPP, "--format", "table"]);
    expect(result.stdout).toContain("topplederprogrammet: tatt opp (40)");
    expect(result.stdout).toMatch(/Spesialisthelsetjenesten +█+ 20\/20/);
    expect(result.stdout).toContain("(min. 4, maks. 14)");
  });

  it("xlsx: a workbook with admitted, waitlist, not admitted and summary sheets, identical bytes per run", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    const out = [join(dir, "a.xlsx"), join(dir, "b.xlsx")];
    for (const file of out)
      expect(
        runCli(["allocate", "topplederprogrammet", TOPP, "--format", "xlsx", "-o", file]).code,
      ).toBe(1);
    expect(readFileSync(out[0]!)).toEqual(readFileSync(out[1]!));
    const book = XLSX.read(readFileSync(out[0]!));
    expect(book.SheetNames).toEqual(["Tatt opp", "Venteliste", "Ikke tatt opp", "Sammendrag"]);
    expect(XLSX.utils.sheet_to_json(book.Sheets["Tatt opp"]!)).toHaveLength(40);
  });
});

describe("cohort allocate --audit and cohort verify", () => {
  // The inputs lie outside the record's folder: verify opens them only when named.
  const OUTSIDE = ["--program", "program.yaml", "--applicants", "applicants.csv"];
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    copyFileSync(join(ROOT, "programs/topplederprogrammet.yaml"), join(dir, "program.yaml"));
    copyFileSync(join(ROOT, TOPP), join(dir, "applicants.csv"));
    mkdirSync(join(dir, "audit"));
    const result = runCli(
      [
        "allocate",
        "program.yaml",
        "applicants.csv",
        "--format",
        "json",
        "-o",
        "result.json",
        "--audit",
        "audit/record.json",
      ],
      { cwd: dir },
    );
    return { dir, result };
  };

  it("writes a record with the tool version, input hashes, seed, parameters and every outcome", () => {
    const { dir } = setup();
    const audit = JSON.parse(readFileSync(join(dir, "audit/record.json"), "utf8"));
    expect(audit.version).toBe(2);
    expect(audit.tool).toMatch(/^cohort \d+\.\d+\.\d+/);
    expect(audit.language).toBe("nb");
    expect(audit.inputs.program.path).toBe("../program.yaml");
    expect(audit.inputs.applicants.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(audit.parameters.total).toBe(40);
    // The outcomes of --format json, each with its reason's params (--format json has none).
    const applicants = JSON.parse(readFileSync(join(dir, "result.json"), "utf8")).applicants;
    expect(audit.outcomes.map(({ params: _, ...o }: { params?: unknown }) => o)).toEqual(
      applicants,
    );
    const competing = audit.outcomes.filter((o: { rank: number | null }) => o.rank !== null);
    expect(competing.length).toBeGreaterThan(0);
    for (const o of competing) expect(o.params).toEqual(expect.any(Object));
    for (const o of applicants) expect(o).not.toHaveProperty("params");
  });

  it("verify reproduces the record (exit 0) and fails when one byte of an input changes (exit 1)", () => {
    const { dir } = setup();
    const ok = runCli(["verify", "audit/record.json", ...OUTSIDE], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^verified: \d+ outcomes reproduced exactly/);
    const path = join(dir, "applicants.csv");
    const bytes = readFileSync(path);
    bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x41 ? 0x42 : 0x41;
    writeFileSync(path, bytes);
    const changed = runCli(["verify", "audit/record.json", ...OUTSIDE], { cwd: dir });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain("applicants file ../applicants.csv changed");
  });

  it("verify reports outcomes that differ from the record", () => {
    const { dir } = setup();
    const file = join(dir, "audit/record.json");
    const audit = JSON.parse(readFileSync(file, "utf8"));
    audit.outcomes[0].code = "SEATS_FULL";
    writeFileSync(file, JSON.stringify(audit));
    const result = runCli(["verify", "audit/record.json", ...OUTSIDE], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("the allocation differs from the record in 1 of");
  });
});
