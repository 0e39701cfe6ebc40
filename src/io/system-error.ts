import type { SystemFault } from "../core/input-problems.js";

/**
 * What a failed system call says, without the paths Node puts in its message
 * ("ELOOP: too many symbolic links encountered, stat '/abs/path'"): a
 * message names a file as the user gave it, never an absolute path cohort
 * resolved, nor the name of a temporary file it was writing.
 */
export const systemErrorText = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const { code, syscall } = error as NodeJS.ErrnoException;
  if (typeof code === "string" && typeof syscall === "string") {
    const at = error.message.indexOf(`, ${syscall}`);
    if (at > 0) return error.message.slice(0, at);
  }
  return error.message;
};

/** A failed system call as data: its errno code, which the languages word, and its text. */
export const systemFault = (error: unknown): SystemFault => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string"
    ? { code, text: systemErrorText(error) }
    : { text: systemErrorText(error) };
};
