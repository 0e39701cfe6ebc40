/** cohort letters in this process, through the real command tree: errors located, nothing left behind. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Workspace, workspace } from "../letters/workspace.js";
import { run } from "./run.js";

let ws: Workspace;
beforeAll(async () => {
  ws = workspace("en");
  const allocated = await run(
    ["allocate", "topplederprogrammet.yaml", "list.csv", "--audit", "audit.json", "-o", "r.json"],
    { cwd: ws.dir },
  );
  expect(allocated.code).toBe(1);
});
afterAll(() => ws.remove());

describe("cohort letters (in process)", () => {
  it("writes the letters with located warnings and a closing line", async () => {
    const result = await run(["letters", "audit.json", "-o", "out", "--format", "md"], {
      cwd: ws.dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^warning: list\.csv:3, column E-post: S0000002 has no e-mail address; the letter has no recipient\n/,
    );
    expect(result.stderr).toContain(
      "wrote 160 letters to out (40 admitted, 44 waitlisted, 73 ineligible, 3 invalid)",
    );
    expect(readdirSync(join(ws.dir, "out"))).toHaveLength(161);
  });

  it("locates a bad subject line and a stray template name, and writes nothing", async () => {
    const folder = join(ws.dir, "topplederprogrammet.letters");
    mkdirSync(folder);
    writeFileSync(join(folder, "admitted.txt"), "\nSubject: Offer {{#name}}\n\nDear {{name}}\n");
    const bad = await run(["letters", "audit.json", "-o", "bad"], { cwd: ws.dir });
    expect(bad.code).toBe(2);
    expect(bad.error?.location).toMatchObject({
      file: join("topplederprogrammet.letters", "admitted.txt"),
      line: 2,
    });
    expect(bad.error?.message).toMatch(/Unclosed section "name"/);

    writeFileSync(join(folder, "admitted.txt"), "Subject: Offer\n\nDear {{name}}\n");
    writeFileSync(join(folder, "waitlist.txt"), "Subject: x\n\ny\n");
    const stray = await run(["letters", "audit.json", "-o", "stray"], { cwd: ws.dir });
    expect(stray.code).toBe(2);
    expect(stray.error?.message).toContain("waitlist.txt is not a letter template name");
    expect(existsSync(join(ws.dir, "bad"))).toBe(false);
    expect(existsSync(join(ws.dir, "stray"))).toBe(false);
  });

  it("asks for -o and refuses stdout", async () => {
    expect((await run(["letters", "audit.json"], { cwd: ws.dir })).code).toBe(2);
    const dash = await run(["letters", "audit.json", "-o", "-"], { cwd: ws.dir });
    expect(dash.code).toBe(2);
    expect(dash.error?.message).toContain("letters are a folder of files");
  });
});
