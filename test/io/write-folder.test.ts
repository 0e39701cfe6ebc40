/** Folders written whole or not at all, and never over an input or a folder that holds work. */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFolder } from "../../src/io/write-folder.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cohort-folder-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (s: string) => new TextEncoder().encode(s);
const options = (extra: Partial<{ force: boolean; inputs: string[] }> = {}) => ({
  force: false,
  inputs: [],
  cwd: dir,
  ...extra,
});

describe("writeFolder", () => {
  it("creates the folder with every file", async () => {
    await writeFolder(join(dir, "out"), "out", options(), async (w) => {
      await w.write("a.eml", bytes("A"));
      await w.write("index.csv", bytes("file\n"));
    });
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["a.eml", "index.csv"]);
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  it("leaves nothing behind when the work fails half-way", async () => {
    await expect(
      writeFolder(join(dir, "out"), "out", options(), async (w) => {
        await w.write("a.eml", bytes("A"));
        throw new Error("disk full");
      }),
    ).rejects.toThrow("cannot write out: disk full");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("keeps an existing folder as it was when the work fails", async () => {
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "old.eml"), "old");
    await expect(
      writeFolder(join(dir, "out"), "out", options({ force: true }), async () => {
        throw new Error("stopped");
      }),
    ).rejects.toThrow();
    expect(readFileSync(join(dir, "out", "old.eml"), "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  it("refuses a folder that is not empty, unless forced", async () => {
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "old.eml"), "old");
    await expect(writeFolder(join(dir, "out"), "out", options(), async () => {})).rejects.toThrow(
      "out exists and is not empty; give --force",
    );
    await writeFolder(join(dir, "out"), "out", options({ force: true }), async (w) => {
      await w.write("new.eml", bytes("new"));
    });
    expect(readdirSync(join(dir, "out"))).toEqual(["new.eml"]);
  });

  it("accepts an empty folder without --force", async () => {
    mkdirSync(join(dir, "out"));
    await writeFolder(join(dir, "out"), "out", options(), async (w) =>
      w.write("a.eml", bytes("A")),
    );
    expect(readdirSync(join(dir, "out"))).toEqual(["a.eml"]);
  });

  it("never replaces a folder holding an input or the working folder, even forced", async () => {
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "data", "audit.json"), "{}");
    await expect(
      writeFolder(
        join(dir, "data"),
        "data",
        options({ force: true, inputs: [join(dir, "data", "audit.json")] }),
        async () => {},
      ),
    ).rejects.toThrow("it holds an input of this command");
    await expect(
      writeFolder(dir, ".", { force: true, inputs: [], cwd: join(dir, "data") }, async () => {}),
    ).rejects.toThrow("it holds the working folder");
    expect(existsSync(join(dir, "data", "audit.json"))).toBe(true);
  });

  it("refuses a file in the way and a missing parent folder", async () => {
    writeFileSync(join(dir, "out"), "x");
    await expect(writeFolder(join(dir, "out"), "out", options(), async () => {})).rejects.toThrow(
      "is not a folder",
    );
    await expect(
      writeFolder(join(dir, "no", "out"), "no/out", options(), async () => {}),
    ).rejects.toThrow("the folder no does not exist");
  });

  it("refuses file names that would leave the folder", async () => {
    await expect(
      writeFolder(join(dir, "out"), "out", options(), async (w) =>
        w.write("../escape.eml", bytes("x")),
      ),
    ).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
