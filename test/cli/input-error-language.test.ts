/**
 * The language an input error leaves a command with (src/cli/program.ts):
 * --lang, else the language of the programs the command loaded, else none
 * (English where it is printed). The problem travels as data; the message
 * stays the English words.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inputErrorText } from "../../src/format/input-error.js";
import { run } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "cohort-error-language-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const list = join(dir, "liste.csv");
writeFileSync(list, "Namn\nA\n");

describe("an input error leaving a command", () => {
  it("is told the language of the program loaded", async () => {
    const { error, code } = await run(["check", "fixtures/language/da.yaml", list]);
    expect(code).toBe(1);
    expect(error?.locale).toBe("da");
    expect(error?.problem?.code).toBe("columns-missing");
    expect(error?.message).toMatch(/^missing required columns "Ansøger-ID"/);
    expect(inputErrorText(error!, error!.locale!)).toMatch(/^de påkrævede kolonner »Ansøger-ID«/);
  });

  it("is told --lang before the program's", async () => {
    const { error } = await run(["allocate", "fixtures/language/da.yaml", list, "--lang", "fi"]);
    expect(error?.locale).toBe("fi");
  });

  it("has no language when no program was read and --lang is not given", async () => {
    const { error, code } = await run(["check", join(dir, "ingen.yaml"), list]);
    expect(code).toBe(2);
    expect(error?.locale).toBeUndefined();
    expect(error?.problem).toEqual({ code: "file-missing", file: join(dir, "ingen.yaml") });
  });

  it("is told the language when a roster's audit record is not one", async () => {
    const audit = join(dir, "logg.json");
    writeFileSync(audit, "[");
    const { error } = await run(["roster", "fixtures/language/nn.yaml", audit]);
    expect(error?.problem?.code).toBe("audit-not-json");
    expect(error?.locale).toBe("nn");
  });
});
