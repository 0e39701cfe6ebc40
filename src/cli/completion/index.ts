/** The completion script of each shell, by name. */
import { bashScript } from "./bash.js";
import { fishScript } from "./fish.js";
import type { CompletionModel, ShellName } from "./model.js";
import { zshScript } from "./zsh.js";

export const COMPLETION_SCRIPTS: Record<ShellName, (model: CompletionModel) => string> = {
  bash: bashScript,
  zsh: zshScript,
  fish: fishScript,
};
