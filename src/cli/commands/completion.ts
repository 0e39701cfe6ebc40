/**
 * cohort completion SHELL: a completion script for bash, zsh or fish, built
 * from the command tree itself. `--list-programs` (hidden) is what the
 * scripts call to complete program ids.
 */
import { closest } from "../../core/text/did-you-mean.js";
import { ExitCode, usageError } from "../../errors.js";
import { programIds, programsFolder } from "../../io/programs-folder.js";
import { COMPLETION_SCRIPTS } from "../completion/index.js";
import { completionModel, SHELL_NAMES, type ShellName } from "../completion/model.js";
import type { CommandContext } from "../context.js";
import { buildProgram } from "../program.js";

interface Options {
  listPrograms?: boolean;
}

export const run = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
): Promise<number> => {
  if (options.listPrograms) {
    // The light programs-folder module, not the loaders: they load the whole
    // program schema, too slow for a Tab press.
    const ids = await programIds(programsFolder(context.cwd));
    const unique = [...new Set(ids.map((p) => p.id))].sort();
    context.stdout.write(unique.map((id) => `${id}\n`).join(""));
    return ExitCode.ok;
  }
  const shell = args[0] as string | undefined;
  if (shell === undefined)
    throw usageError(
      `name a shell: ${SHELL_NAMES.join(", ")}\nRun cohort completion --help for how to install the script.`,
    );
  if (!(SHELL_NAMES as readonly string[]).includes(shell)) {
    const guess = closest(shell, SHELL_NAMES);
    throw usageError(
      `no completion for the shell "${shell}"${guess ? `; did you mean "${guess}"?` : "."} Shells: ${SHELL_NAMES.join(", ")}.`,
    );
  }
  const model = completionModel(buildProgram(() => {}));
  context.stdout.write(COMPLETION_SCRIPTS[shell as ShellName](model));
  return ExitCode.ok;
};
