/**
 * cohort letters --lang as users run it: the built binary writes the letters
 * of an nb program's audit record in English, which an independent mail
 * parser (mailparser) reads back with English subject, words, dates and
 * Content-Language; what the run says on stderr is English too, and an
 * unknown code is a usage error.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Workspace, workspace } from "../letters/workspace.js";
import { runCli } from "./run-cli.js";

let ws: Workspace;
const at = (...parts: string[]) => join(ws.dir, ...parts);
const inWs = (args: string[]) => runCli(args, { cwd: ws.dir });

beforeAll(() => {
  ws = workspace(); // an nb program
  const allocated = inWs([
    "allocate",
    "topplederprogrammet.yaml",
    "list.csv",
    "--audit",
    "audit.json",
    "-o",
    "result.json",
  ]);
  expect(allocated.code, allocated.stderr).toBe(1);
});
afterAll(() => ws.remove());

describe("cohort letters --lang", () => {
  it("writes .eml letters in English that mailparser reads back", async () => {
    const result = inWs([
      "letters",
      "audit.json",
      "-o",
      "en",
      "--lang",
      "en",
      "--reply-by",
      "2027-05-20",
    ]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain(
      "warning: list.csv:3, column E-post: S0000002 has no e-mail address; the letter has no recipient",
    );
    expect(result.stderr).toContain(
      "wrote 160 letters to en (40 admitted, 44 waitlisted, 73 ineligible, 3 invalid); 2 without a recipient",
    );
    const rows = parse(readFileSync(at("en", "index.csv")), { columns: true }) as {
      file: string;
      outcome: string;
      email: string;
    }[];
    const read = async (outcome: string) => {
      const row = rows.find((r) => r.outcome === outcome && r.email !== "")!;
      const bytes = readFileSync(at("en", row.file));
      return { bytes: bytes.toString("latin1"), mail: await simpleParser(bytes) };
    };
    const admitted = await read("admitted");
    expect(admitted.bytes).toContain("\r\nContent-Language: en\r\n");
    expect(admitted.mail.subject).toBe(
      "Offer of a place: Nasjonalt topplederprogram for kommune- og spesialisthelsetjenesten",
    );
    expect(admitted.mail.text).toContain("7–9 September 2027");
    expect(admitted.mail.text).toContain("20 May 2027");
    expect(admitted.mail.text).not.toContain("Hei ");
    const waitlisted = await read("waitlisted");
    expect(waitlisted.mail.text).toMatch(/ranked ahead of you/);
    const invalid = await read("invalid");
    expect(invalid.mail.text).toMatch(/“[^”]+” (is missing|has a value we cannot read)/);
  });

  it("refuses an unknown code with exit 2 and writes nothing", () => {
    const result = inWs(["letters", "audit.json", "-o", "xx", "--lang", "de"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Allowed choices are nb, nn, sv, da, fi, en.");
    expect(existsSync(at("xx"))).toBe(false);
  });
});
