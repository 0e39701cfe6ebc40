/** SHA-256 of inputs, for the audit record and the default lottery seed. */
import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { PassThrough } from "node:stream";
import { inputError } from "../errors.js";
import { describeFsError } from "./read-file.js";

export const sha256Bytes = (bytes: Uint8Array | string): string =>
  createHash("sha256").update(bytes).digest("hex");

export const sha256File = async (path: string, display: string): Promise<string> => {
  const hash = createHash("sha256");
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (error) {
    throw inputError(describeFsError(error, display));
  }
  return hash.digest("hex");
};

/** A stream that passes stdin through while hashing it, for inputs that can be read only once. */
export const hashingTap = (
  source: NodeJS.ReadableStream,
): { stream: PassThrough; digest: () => string } => {
  const hash: Hash = createHash("sha256");
  const stream = new PassThrough();
  source.on("data", (chunk: Buffer) => hash.update(chunk));
  source.pipe(stream);
  return { stream, digest: () => hash.digest("hex") };
};
