/**
 * `allocate --audit --lang` and `verify` in this process, through the real
 * command tree: the refusal of old is gone, the record names its language and
 * each reason's params, and verify checks the params whatever the words.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, run } from "./run.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cohort-verify-params-cli-"));
  cpSync(join(ROOT, "fixtures/verify/v1-region-kjonn"), dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("allocate --audit --lang, then verify (in process)", () => {
  it("writes the record in the language asked for, and it verifies", async () => {
    const made = await run(
      [
        "allocate",
        "program.yaml",
        "applicants.csv",
        "--lang",
        "fi",
        "--audit",
        "fi.json",
        "-o",
        "r.csv",
      ],
      { cwd: dir },
    );
    expect(made.error).toBeUndefined();
    expect(made.code).toBe(0);
    const record = JSON.parse(readFileSync(join(dir, "fi.json"), "utf8"));
    expect(record).toMatchObject({ version: 2, language: "fi" });
    expect(record.sha256.language).toMatch(/^[0-9a-f]{64}$/);
    const verified = await run(["verify", "fi.json"], { cwd: dir });
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^verified: 28 outcomes reproduced exactly/);
  });

  it("a param edited in place: the outcomes section edited and the outcome differs, exit 1", async () => {
    const record = JSON.parse(readFileSync(join(dir, "fi.json"), "utf8"));
    const held = record.outcomes.find((o: { code: string }) => o.code === "HELD_FOR_MIN");
    held.params.value = "mann";
    writeFileSync(join(dir, "fi-edited.json"), JSON.stringify(record, null, 2));
    const result = await run(["verify", "fi-edited.json"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("the record's outcomes section was edited");
    expect(result.stdout).toContain("the allocation differs from the record in 1 of 28 outcomes");
  });

  it("the record of version 1 verifies, with its note", async () => {
    const result = await run(["verify", "audit.json"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^note: the record is of version 1 /m);
    expect(result.stdout).toMatch(/^verified: 28 outcomes reproduced exactly/m);
  });
});
