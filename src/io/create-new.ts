/**
 * Creating a file that must not exist yet (cohort init): the text is written
 * to a temporary file beside the target, then linked into place. A link fails
 * when the target exists, so even a file created meanwhile is never
 * overwritten, and a failure never leaves a half-written target.
 */
import { randomBytes } from "node:crypto";
import { link, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { inputError } from "../errors.js";
import { systemFault } from "./system-error.js";

const cannotWrite = (display: string, error: unknown) =>
  inputError({ code: "write-failed", file: display, fault: systemFault(error) }, undefined, {
    cause: error,
  });

/**
 * Writes `text` to `target`, creating its folder. Returns "exists", having
 * written nothing, when the target is already there: the caller says why that
 * matters.
 */
export const createNew = async (
  target: string,
  display: string,
  text: string,
): Promise<"created" | "exists"> => {
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temporary, text, { flag: "wx", mode: 0o644 });
  } catch (error) {
    throw cannotWrite(display, error);
  }
  try {
    await link(temporary, target);
    return "created";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return "exists";
    // File systems without hard links: rename, after the check the caller made before.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV")
      throw cannotWrite(display, error);
    await rename(temporary, target).catch((e: unknown) => {
      throw cannotWrite(display, e);
    });
    return "created";
  } finally {
    await rm(temporary, { force: true });
  }
};
