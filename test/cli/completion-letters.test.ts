/**
 * cohort letters PROGRAM --progress RECORDS and cohort progress --audit in
 * this process, through the real command tree: who gets which letter, the
 * located warnings and problems, a custom template's unknown placeholder
 * located, options of the other kind of letters refused, nothing left behind.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Workspace, workspace } from "../letters/workspace.js";
import { run } from "./run.js";

let ws: Workspace;
let header: string[];
let rows: string[][];
const at = (...parts: string[]) => join(ws.dir, ...parts);

const csv = (table: string[][]) =>
  `${table.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(",")).join("\n")}\n`;

/** The roster with each row's module and credit cells filled in. */
const filled = (fill: (i: number) => string[]) =>
  csv([header, ...rows.map((r, i) => [...r.slice(0, 4), ...fill(i)])]);

beforeAll(async () => {
  ws = workspace("en");
  const allocated = await run(
    ["allocate", "topplederprogrammet.yaml", "list.csv", "--audit", "audit.json", "-o", "r.json"],
    { cwd: ws.dir },
  );
  expect(allocated.code).toBe(1);
  const roster = await run(
    ["roster", "topplederprogrammet.yaml", "audit.json", "-o", "roster.csv"],
    {
      cwd: ws.dir,
    },
  );
  expect(roster.code).toBe(0);
  const table = parse(readFileSync(at("roster.csv"))) as string[][];
  header = table[0]!;
  rows = table.slice(1);
  // Row 1 at risk (missed the second gathering), row 2 on track, the rest completed.
  writeFileSync(
    at("filled.csv"),
    filled((i) =>
      i === 0
        ? ["3", "0", "3", "", "", "", ""]
        : i === 1
          ? ["3", "3", "3", "", "", "", ""]
          : ["3", "3", "3", "3", "3", "3", "30"],
    ),
  );
});
afterAll(() => ws.remove());

const index = (folder: string) =>
  parse(readFileSync(at(folder, "index.csv")), { columns: true }) as {
    file: string;
    id: string;
    status: string;
    email: string;
  }[];

describe("cohort letters --progress (in process)", () => {
  it("a certificate per completed participant, a reminder per one at risk, none for on track", async () => {
    const result = await run(
      [
        "letters",
        "topplederprogrammet.yaml",
        "--progress",
        "filled.csv",
        "--as-of",
        "2028-01-15",
        "-o",
        "out",
        "--format",
        "md",
      ],
      { cwd: ws.dir },
    );
    // S0000003's e-mail cell is not an address: located, a letter without a recipient.
    expect(result.code, result.stderr).toBe(1);
    const list = index("out");
    expect(list).toHaveLength(39);
    expect(list[0]).toMatchObject({ id: rows[0]![0], status: "at-risk" });
    expect(list.slice(1).every((r) => r.status === "completed")).toBe(true);
    expect(list.map((r) => r.id)).not.toContain(rows[1]![0]);
    expect(result.stderr).toBe(
      'warning: filled.csv:21, column E-post: S0000003: "ikke en adresse" is not one e-mail address; the letter has no recipient\n' +
        "wrote 39 letters to out (1 at risk, 38 completed)\nno letter for 1 on track (--all writes theirs)\nchecked by hand, not by cohort: teamarbeid; confirm before sending the certificates\n",
    );
    const certificate = readFileSync(at("out", list[1]!.file), "utf8");
    expect(certificate).toMatch(/^# Certificate of completion: Nasjonalt topplederprogram/);
    expect(certificate).toContain(`This is to certify that ${rows[2]![1]} has completed`);
    expect(certificate).toContain("- Godkjent arbeid for 30 studiepoeng på masternivå");
    const reminder = readFileSync(at("out", list[0]!.file), "utf8");
    expect(reminder).toContain(
      "- Deltakelse på alle seks samlingene: attended 2 of 6 modules, at least 6 required; can no longer be met (at most 5)",
    );
    expect(reminder).toContain(
      "- Godkjent arbeid for 30 studiepoeng på masternivå: can still be met before the program ends",
    );
  });

  it("--all writes the status letter of the participant on track", async () => {
    const result = await run(
      [
        "letters",
        "topplederprogrammet.yaml",
        "--progress",
        "filled.csv",
        "--as-of",
        "2028-01-15",
        "--all",
        "-o",
        "all",
        "--format",
        "md",
      ],
      { cwd: ws.dir },
    );
    expect(result.code).toBe(1);
    const row = index("all").find((r) => r.id === rows[1]![0])!;
    expect(row.status).toBe("on-track");
    expect(readFileSync(at("all", row.file), "utf8")).toContain(
      "Deltakelse på alle seks samlingene: attend all 3 remaining modules",
    );
  });

  it("a row that does not read: located, no letter, exit 1", async () => {
    writeFileSync(
      at("bad.csv"),
      filled((i) =>
        i === 3 ? ["3", "maybe", "3", "", "", "", ""] : ["3", "3", "3", "3", "3", "3", "30"],
      ),
    );
    const result = await run(
      [
        "letters",
        "topplederprogrammet.yaml",
        "--progress",
        "bad.csv",
        "--as-of",
        "2028-06-30",
        "-o",
        "bad",
      ],
      { cwd: ws.dir },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bad\.csv:5:6: .*\("maybe"\)\n/);
    expect(result.stderr).toContain("no letter for 1 whose row could not be read (see above)");
    expect(index("bad").map((r) => r.id)).not.toContain(rows[3]![0]);
  });

  it("an unknown placeholder in the program's own template is located, and nothing is written", async () => {
    const folder = at("topplederprogrammet.letters");
    mkdirSync(folder);
    try {
      writeFileSync(
        join(folder, "completed.txt"),
        "Subject: Certificate {{program.name}}\n\nThis certifies\nthat {{nmae}} completed.\n",
      );
      const result = await run(
        [
          "letters",
          "topplederprogrammet.yaml",
          "--progress",
          "filled.csv",
          "--as-of",
          "2028-01-15",
          "-o",
          "custom",
        ],
        { cwd: ws.dir },
      );
      expect(result.code).toBe(2);
      expect(result.error?.location).toMatchObject({
        file: join("topplederprogrammet.letters", "completed.txt"),
        line: 4,
        column: 6,
      });
      expect(result.error?.message).toContain("unknown placeholder {{nmae}}");
      expect(existsSync(at("custom"))).toBe(false);

      writeFileSync(
        join(folder, "completed.txt"),
        "Subject: Certificate {{program.name}}\n\n{{#attended}}- {{title}}: {{attendance}}\n{{/attended}}{{participant.Arbeidsgiver}}\n",
      );
      const ok = await run(
        [
          "letters",
          "topplederprogrammet.yaml",
          "--progress",
          "filled.csv",
          "--as-of",
          "2028-06-30",
          "-o",
          "custom",
          "--format",
          "md",
        ],
        { cwd: ws.dir },
      );
      expect(ok.code, ok.stderr).toBe(1);
      const first = index("custom").find((r) => r.status === "completed")!;
      const text = readFileSync(at("custom", first.file), "utf8");
      expect(text).toMatch(
        /^# Certificate Nasjonalt.*\n\n<[^>]+@example\.no>\n\n- Strategisk ledelse .*: 3 of 3 days\n(- .*\n){5}Kommune \d+\n$/,
      );
    } finally {
      rmSync(folder, { recursive: true });
    }
  });

  it("refuses options of the other kind of letters, and a class the roster does not have", async () => {
    const replyBy = await run(
      [
        "letters",
        "topplederprogrammet.yaml",
        "--progress",
        "filled.csv",
        "--reply-by",
        "2028-01-01",
        "-o",
        "x",
      ],
      { cwd: ws.dir },
    );
    expect(replyBy.code).toBe(2);
    expect(replyBy.error?.message).toContain("--reply-by is for decision letters");
    const asOf = await run(["letters", "audit.json", "--as-of", "2028-01-01", "-o", "x"], {
      cwd: ws.dir,
    });
    expect(asOf.code).toBe(2);
    expect(asOf.error?.message).toContain("--as-of is for completion letters");
    const cls = await run(
      [
        "letters",
        "topplederprogrammet.yaml",
        "--progress",
        "filled.csv",
        "--class",
        "oslo",
        "-o",
        "x",
      ],
      { cwd: ws.dir },
    );
    expect(cls.code).toBe(2);
    expect(cls.error?.message).toContain("has no class column");
    expect(existsSync(at("x"))).toBe(false);
  });
});

describe("--audit: the roster checked against the allocation", () => {
  const withStranger = () =>
    writeFileSync(
      at("stranger.csv"),
      csv([
        header,
        ...rows.map((r) => [...r.slice(0, 4), "3", "3", "3", "3", "3", "3", "30"]),
        [
          "S9999999",
          "Nomen Nescio",
          "Kommune 0",
          "nn@example.no",
          "3",
          "3",
          "3",
          "3",
          "3",
          "3",
          "30",
        ],
      ]),
    );

  it("progress: a participant the record does not admit is located by row and id, the rest judged", async () => {
    withStranger();
    const result = await run(
      [
        "progress",
        "topplederprogrammet.yaml",
        "stranger.csv",
        "--audit",
        "audit.json",
        "--as-of",
        "2028-06-30",
        "--format",
        "json",
      ],
      { cwd: ws.dir },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `stranger.csv:${rows.length + 2}:1: Søker-ID: S9999999 is not admitted in audit.json; no status is given ("S9999999")`,
    );
    const report = JSON.parse(result.stdout) as {
      summary: Record<string, number>;
      participants: { id: string; status: string; problems: { kind: string }[] }[];
    };
    expect(report.summary).toMatchObject({ completed: rows.length, invalid: 1 });
    expect(report.participants.at(-1)).toMatchObject({
      id: "S9999999",
      status: "invalid",
      problems: [{ kind: "not-admitted" }],
    });
    const table = await run(
      [
        "progress",
        "topplederprogrammet.yaml",
        "stranger.csv",
        "--audit",
        "audit.json",
        "--as-of",
        "2028-06-30",
        "--format",
        "csv",
      ],
      { cwd: ws.dir },
    );
    expect(table.stdout).toContain("S9999999,could not be read,not admitted in the allocation");
  });

  it("without --audit the same roster reads clean; with the record of another program it stops", async () => {
    withStranger();
    const clean = await run(
      ["progress", "topplederprogrammet.yaml", "stranger.csv", "--as-of", "2028-06-30"],
      { cwd: ws.dir },
    );
    expect(clean.code).toBe(0);
    writeFileSync(
      at("other.json"),
      readFileSync(at("audit.json"), "utf8").replace(
        '"program": "topplederprogrammet"',
        '"program": "annet"',
      ),
    );
    const other = await run(
      ["progress", "topplederprogrammet.yaml", "stranger.csv", "--audit", "other.json"],
      { cwd: ws.dir },
    );
    expect(other.code).toBe(2);
    expect(other.error?.message).toContain('is an allocation of the program "annet"');
  });

  it("letters: the participant not admitted gets no certificate", async () => {
    withStranger();
    const result = await run(
      [
        "letters",
        "topplederprogrammet.yaml",
        "--progress",
        "stranger.csv",
        "--audit",
        "audit.json",
        "--as-of",
        "2028-06-30",
        "-o",
        "audited",
      ],
      { cwd: ws.dir },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("S9999999 is not admitted in audit.json");
    expect(index("audited").map((r) => r.id)).not.toContain("S9999999");
    expect(index("audited")).toHaveLength(rows.length);
  });
});
