/** The programs folder: ids from the `id:` line, without parsing, and the order ids are looked up in. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  declaredId,
  lookupCandidates,
  PROGRAMS_DIR,
  programIds,
  programsFolder,
} from "../../src/io/programs-folder.js";

const root = mkdtempSync(join(tmpdir(), "cohort-programs-folder-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("declaredId", () => {
  it.each([
    ["id: abc\n", "abc"],
    ['name: X\nid: "a-1_b" # the program\n', "a-1_b"],
    ["id: 'q'\n", "q"],
    ["id:abc\n", "abc"],
  ])("%j declares %s", (text, id) => {
    expect(declaredId(text)).toBe(id);
  });

  it.each([
    ["  id: nested\n"],
    ["id: Capital\n"],
    ["id: -leading\n"],
    ["id: two words\n"],
    ["ids: abc\n"],
    ["name: no id\n"],
  ])("%j declares none", (text) => {
    expect(declaredId(text)).toBeUndefined();
  });
});

describe("the folder", () => {
  const cwd = join(root, "work");
  const folder = join(cwd, PROGRAMS_DIR);
  mkdirSync(join(folder, "sub"), { recursive: true });
  writeFileSync(join(folder, "a.yaml"), "id: beta\n");
  writeFileSync(join(folder, "beta.yml"), "id: gamma\n");
  writeFileSync(join(folder, "sub", "c.yaml"), "# no id here\nname: C\n");
  writeFileSync(join(folder, "sub", "d.YAML"), "id: delta\n");
  writeFileSync(join(folder, ".hidden.yaml"), "id: hidden\n");
  writeFileSync(join(folder, "notes.txt"), "id: text\n");

  it("is programs/ under the working folder", () => {
    expect(programsFolder(cwd)).toBe(folder);
  });

  it("lists the declared ids of its program files, recursively or not, skipping hidden ones", async () => {
    const ids = async (recursive: boolean) =>
      (await programIds(folder, recursive)).map((p) => [p.file.slice(folder.length + 1), p.id]);
    expect(await ids(true)).toEqual([
      ["a.yaml", "beta"],
      ["beta.yml", "gamma"],
      ["sub/d.YAML", "delta"],
    ]);
    expect(await ids(false)).toEqual([
      ["a.yaml", "beta"],
      ["beta.yml", "gamma"],
    ]);
  });

  it("looks an id up in the file named after it first, then in every other", async () => {
    const order = (await lookupCandidates(cwd, "beta"))!.map((f) => f.slice(folder.length + 1));
    expect(order).toEqual(["beta.yml", "a.yaml", "sub/c.yaml", "sub/d.YAML"]);
  });

  it("has no candidates when there is no programs folder", async () => {
    expect(await lookupCandidates(root, "beta")).toBeUndefined();
  });
});
