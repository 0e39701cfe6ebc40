/**
 * The one way a program file is read, by validate and by the loaders alike:
 * the same size cap, the same UTF-8 check, the same parse.
 */
import { displayPath } from "./discover.js";
import { type ProgramSource, readProgramSource } from "./program-source.js";
import { decodeUtf8Text, readBytes, readStream } from "./read-file.js";

/** Far above any real program (a few kB); documented in docs/reliability.md. */
export const MAX_PROGRAM_BYTES = 16 * 1024 * 1024;

export interface ProgramBytes {
  /** Path as shown to the user (relative to the working folder when inside it). */
  file: string;
  bytes: Buffer;
}

/** The bytes of a program file, refused when over the size cap. */
export const readProgramFile = async (cwd: string, absolute: string): Promise<ProgramBytes> => {
  const file = displayPath(cwd, absolute);
  return { file, bytes: await readBytes(absolute, file, MAX_PROGRAM_BYTES) };
};

/** The bytes of a program piped in, under the name to show for it. */
export const readProgramStream = async (
  stream: NodeJS.ReadableStream,
  file: string,
): Promise<ProgramBytes> => ({ file, bytes: await readStream(stream, file, MAX_PROGRAM_BYTES) });

/** The text of program bytes, which must be UTF-8. */
export const programText = ({ file, bytes }: ProgramBytes): string => decodeUtf8Text(bytes, file);

/** Program bytes -> program and located findings. */
export const parseProgram = (read: ProgramBytes): ProgramSource =>
  readProgramSource(read.file, programText(read));
