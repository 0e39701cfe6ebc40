import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeDeclined, readDeclinedList } from "../../src/io/declined-list.js";

const dir = mkdtempSync(join(tmpdir(), "cohort-declined-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = async (bytes: Buffer | string) => {
  writeFileSync(join(dir, "d.txt"), bytes);
  return (await readDeclinedList(dir, "d.txt", "Søker-ID")).entries;
};

describe("the declined list", () => {
  it("ends lines at LF, CRLF and a lone CR, and counts them alike", async () => {
    expect(await read("A\rB\r\nC\nD")).toEqual([
      { id: "A", line: 1 },
      { id: "B", line: 2 },
      { id: "C", line: 3 },
      { id: "D", line: 4 },
    ]);
  });

  it("skips blank lines, comments and a heading before the first id", async () => {
    expect(await read('# phoned\r\rsøker-id;name\r"A",x\r')).toEqual([{ id: "A", line: 4 }]);
  });

  it("reads UTF-16 with a byte-order mark, and Windows-1252 that is not UTF-8", async () => {
    const text = "Søker-ID\r\nÅse\r\n";
    expect(
      await read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])),
    ).toEqual([{ id: "Åse", line: 2 }]);
    expect(await read(Buffer.from([0xc5, 0x73, 0x65, 0x0a]))).toEqual([{ id: "Åse", line: 1 }]);
  });

  it("refuses UTF-16 without a byte-order mark, and a NUL byte at its line and column", () => {
    expect(() => decodeDeclined(Buffer.from("A1\nA2\n", "utf16le"), "d.txt")).toThrow(
      "d.txt looks like UTF-16 text without a byte-order mark",
    );
    try {
      decodeDeclined(Buffer.from("\ufeffA1\rA2\r\nA\u00003\n"), "d.txt");
      expect.unreachable();
    } catch (error) {
      expect((error as { location?: unknown }).location).toEqual({
        file: "d.txt",
        line: 3,
        column: 2,
      });
    }
  });
});
