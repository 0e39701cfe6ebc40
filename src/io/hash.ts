/** SHA-256 of inputs, for the audit record and the default lottery seed. */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { inputError } from "../errors.js";
import { fsProblem } from "./read-file.js";

export const sha256Bytes = (bytes: Uint8Array | string): string =>
  createHash("sha256").update(bytes).digest("hex");

/**
 * The SHA-256 of a file read again from the start (program files, the inputs
 * `verify` checks; applicant lists are hashed as they are read). A pipe
 * cannot be read twice (a second open waits for a writer that never comes),
 * so it is refused instead of waited on.
 */
export const sha256File = async (path: string, display: string): Promise<string> => {
  const hash = createHash("sha256");
  const info = await stat(path).catch(() => undefined);
  if (info && !info.isFile()) {
    throw inputError({ code: "file-not-regular", file: display });
  }
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (error) {
    throw inputError(fsProblem(error, display));
  }
  return hash.digest("hex");
};

/** SHA-256 of UTF-8 text given in pieces, text or bytes (the audit record's section hashes). */
export const sha256Pieces = (pieces: Iterable<string | Uint8Array>): string => {
  const hash = createHash("sha256");
  for (const piece of pieces) hash.update(piece);
  return hash.digest("hex");
};
