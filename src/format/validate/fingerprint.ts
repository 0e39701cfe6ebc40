import { createHash } from "node:crypto";
import type { LocatedFinding } from "../../core/findings.js";

/**
 * A fingerprint per finding that stays the same across runs and when lines
 * are added above it (code-quality tools match findings between two commits
 * by it): the file, the code, the message, and which occurrence of that
 * triple in the file it is. Line and column are left out on purpose.
 */
export const fingerprints = (findings: readonly LocatedFinding[]): string[] => {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.file}\u0000${f.code}\u0000${f.message}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash("sha256").update(`${key}\u0000${n}`).digest("hex");
  });
};
