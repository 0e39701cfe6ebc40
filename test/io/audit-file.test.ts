import { constants } from "node:buffer";
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_AUDIT_BYTES, readAudit } from "../../src/io/audit-file.js";

const dir = mkdtempSync(join(tmpdir(), "cohort-audit-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("reading an audit record", () => {
  it("bounds the record below the longest string V8 makes, since it is read as one", () => {
    expect(MAX_AUDIT_BYTES).toBeLessThan(constants.MAX_STRING_LENGTH);
  });

  it("refuses a record over the bound by its size, before reading a byte of it", async () => {
    const file = join(dir, "big.json");
    // Sparse: a byte over the bound in size, nothing stored.
    writeFileSync(file, "");
    truncateSync(file, MAX_AUDIT_BYTES + 1);
    await expect(readAudit(file, "big.json")).rejects.toMatchObject({
      message: expect.stringMatching(/big\.json/),
      problem: expect.objectContaining({ code: "file-too-large", limit: MAX_AUDIT_BYTES }),
    });
  });
});
