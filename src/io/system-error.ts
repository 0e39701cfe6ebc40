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
