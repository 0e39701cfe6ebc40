import { describe, expect, it } from "vitest";
import { decodeWindows1252 } from "../../../src/io/applicants/decode.js";
import { readCsv, rejection } from "./read.js";

/** Text -> Windows-1252 bytes, for the characters these tests use. */
const cp1252 = (text: string): Uint8Array => {
  const high: Record<string, number> = { "€": 0x80, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97 };
  return Uint8Array.from([...text].map((ch) => high[ch] ?? ch.charCodeAt(0)));
};

describe("Windows-1252", () => {
  it("decodes 0x80-0x9F as Windows-1252, not as Latin-1 control characters", () => {
    expect(decodeWindows1252(cp1252("€ “sitat” – æøå ÆØÅ é"))).toBe("€ “sitat” – æøå ÆØÅ é");
    expect(decodeWindows1252(Uint8Array.from([0x81, 0x8d, 0x9d]))).toBe("\u0081\u008d\u009d");
  });

  it("is detected when the bytes are not valid UTF-8", async () => {
    const bytes = cp1252(
      "Søker-ID;Navn;Motivasjon\r\nS1;Åse Ødegård;“Ja” – 100 €\r\nS2;René;é\r\n",
    );
    for (const chunks of [65536, 1, 2]) {
      const result = await readCsv(bytes, { chunks, pieceBytes: chunks });
      expect(result.encoding).toBe("windows-1252");
      expect(result.header).toEqual(["Søker-ID", "Navn", "Motivasjon"]);
      expect(result.records).toEqual([
        ["S1", "Åse Ødegård", "“Ja” – 100 €"],
        ["S2", "René", "é"],
      ]);
    }
  });

  it("is detected when the first non-ASCII byte comes late in a long list", async () => {
    const ascii = Array.from({ length: 20_000 }, (_, i) => `S${i};Ola Nordmann`).join("\r\n");
    const bytes = Buffer.concat([
      Buffer.from(`id;navn\r\n${ascii}\r\n`),
      cp1252("S-last;Kåre Ærø\r\n"),
    ]);
    const result = await readCsv(bytes, { chunks: 50_000 });
    expect(result.encoding).toBe("windows-1252");
    expect(result.records.at(-1)).toEqual(["S-last", "Kåre Ærø"]);
    expect(result.records).toHaveLength(20_001);
  });

  it("can be forced, even for bytes that happen to be valid UTF-8", async () => {
    const result = await readCsv(Buffer.from("id,navn\n1,Ã¸\n", "latin1"), {
      encoding: "windows-1252",
    });
    expect(result.records).toEqual([["1", "Ã¸"]]);
    expect(result.encoding).toBe("windows-1252");
  });
});

describe("UTF-8", () => {
  it("is detected from the first non-ASCII bytes and read across chunk boundaries", async () => {
    const text = "id,navn\n1,Åse Ødegård — 😀 «leder»\n";
    for (const chunks of [65536, 1, 2, 5]) {
      const result = await readCsv(text, { chunks, pieceBytes: chunks });
      expect(result.encoding).toBe("utf-8");
      expect(result.records).toEqual([["1", "Åse Ødegård — 😀 «leder»"]]);
    }
  });

  it("leaves an ASCII-only list undecided, since both encodings read it the same", async () => {
    expect((await readCsv("id,navn\n1,Ola\n")).encoding).toBeUndefined();
  });

  it("says where a list that is UTF-8 turns invalid", async () => {
    // The first 64 KiB decide: UTF-8. A Windows-1252 row after them is an error.
    const utf8 = Array.from({ length: 8000 }, (_, i) => `${i},Åse`).join("\n");
    const bytes = Buffer.concat([Buffer.from(`id,navn\n${utf8}\n2,Ola\n`), cp1252("3,Kåre\n")]);
    const error = await rejection(readCsv(bytes));
    expect(error.message).toMatch(/is not valid UTF-8; .*--encoding windows-1252/);
    expect(error.location).toEqual({ file: "list.csv", line: 8003 });
  });

  it("refuses Windows-1252 bytes when UTF-8 is forced", async () => {
    const error = await rejection(readCsv(cp1252("id,navn\n1,Kåre\n"), { encoding: "utf-8" }));
    expect(error.message).toMatch(/is not valid UTF-8/);
    expect(error.location).toEqual({ file: "list.csv", line: 2 });
  });

  it("refuses a list that ends in the middle of a character", async () => {
    const bytes = Buffer.from("id,navn\n1,Å");
    const error = await rejection(readCsv(bytes.subarray(0, bytes.length - 1)));
    expect(error.message).toMatch(/is not valid UTF-8/);
  });
});

describe("what is not CSV text", () => {
  const refuse = async (bytes: Uint8Array, pattern: RegExp) => {
    const error = await rejection(readCsv(bytes));
    expect(error).toMatchObject({ kind: "input", exitCode: 2 });
    expect(error.message).toMatch(pattern);
  };

  it("refuses UTF-16, with or without a BOM", async () => {
    const text = "id,navn\r\n1,Åse\r\n";
    await refuse(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
      /UTF-16/,
    );
    await refuse(Buffer.from(text, "utf16le"), /UTF-16/);
    await refuse(Buffer.from(text, "utf16le").swap16(), /UTF-16/);
  });

  it("refuses NUL bytes, also far into the file", async () => {
    await refuse(Buffer.from("id,navn\n1,\0x\n"), /not a text file \(it holds NUL bytes\)/);
    const late = Buffer.concat([
      Buffer.from(`id,navn\n${"1,Ola\n".repeat(30_000)}`),
      Buffer.from([0]),
    ]);
    await refuse(late, /NUL byte on line 30002\)/);
  });

  it("refuses zip files and old .xls workbooks with a hint", async () => {
    await refuse(Buffer.from("PK\x03\x04rest of a zip", "latin1"), /zip file.*\.xlsx/);
    await refuse(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /\.xls/);
  });

  it("refuses binary data without NUL bytes", async () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, i) => 1 + ((i * 37) % 250));
    await refuse(bytes, /not a text file \(it holds binary data\)/);
  });

  it("refuses random bytes of any kind without crashing", async () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 50; n++) {
      const bytes = Uint8Array.from({ length: 1 + (random() % 5000) }, () => random() % 256);
      try {
        await readCsv(bytes);
      } catch (error) {
        expect(error).toMatchObject({ kind: "input", exitCode: 2 });
      }
    }
  });
});
