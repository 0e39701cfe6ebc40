/**
 * What shell completion needs to know about the command line, read from
 * commander's command tree (built from COMMANDS), so that the scripts never
 * drift from the commands: names, options, option values, and what each
 * argument is.
 */
import type { Argument, Command, Option } from "commander";

export const SHELL_NAMES = ["bash", "zsh", "fish"] as const;
export type ShellName = (typeof SHELL_NAMES)[number];

/** What an option's value or an argument completes to. */
export type Completes =
  | { kind: "none" }
  | { kind: "text" }
  | { kind: "file" }
  | { kind: "program" }
  | { kind: "command" }
  | { kind: "choices"; values: string[] };

export interface OptionModel {
  short?: string;
  long?: string;
  description: string;
  /** `none` for a flag; anything else means the option takes a value. */
  value: Completes;
}

export interface ArgumentModel {
  name: string;
  variadic: boolean;
  completes: Completes;
}

export interface CommandModel {
  name: string;
  description: string;
  options: OptionModel[];
  arguments: ArgumentModel[];
}

export interface CompletionModel {
  /** The executable's name. */
  name: string;
  globals: OptionModel[];
  commands: CommandModel[];
}

const HELP: OptionModel = {
  short: "-h",
  long: "--help",
  description: "display help for command",
  value: { kind: "none" },
};

const optionModel = (option: Option): OptionModel => {
  const value: Completes = option.argChoices
    ? { kind: "choices", values: [...option.argChoices] }
    : /[<[]file[>\]]/.test(option.flags)
      ? { kind: "file" }
      : option.required || option.optional
        ? { kind: "text" }
        : { kind: "none" };
  return {
    ...(option.short ? { short: option.short } : {}),
    ...(option.long ? { long: option.long } : {}),
    description: option.description,
    value,
  };
};

/** Arguments are told apart by name: programs complete to ids and files, ids and seeds to nothing. */
const argumentCompletes = (name: string): Completes => {
  if (name === "program" || name === "programs") return { kind: "program" };
  if (name === "shell") return { kind: "choices", values: [...SHELL_NAMES] };
  if (name === "command") return { kind: "command" };
  if (name === "id") return { kind: "text" };
  return { kind: "file" };
};

const argumentModel = (argument: Argument): ArgumentModel => ({
  name: argument.name(),
  variadic: argument.variadic,
  completes: argumentCompletes(argument.name()),
});

const visible = (option: Option): boolean => !option.hidden;

export const completionModel = (program: Command): CompletionModel => {
  const globals = program.options.filter(visible).map(optionModel);
  // Commander reads the program's options after a command too (`cohort validate -q`).
  const afterCommand = globals.filter((o) => o.long !== "--version");
  return {
    name: program.name(),
    globals: [...globals, HELP],
    commands: [
      ...program.commands.map((command) => ({
        name: command.name(),
        description: command.description(),
        options: [...command.options.filter(visible).map(optionModel), ...afterCommand, HELP],
        arguments: command.registeredArguments.map(argumentModel),
      })),
      // Commander adds `help [command]` itself, outside program.commands.
      {
        name: "help",
        description: "display help for command",
        options: [],
        arguments: [{ name: "command", variadic: false, completes: { kind: "command" } }],
      },
    ],
  };
};

/** Every spelling of an option: -f and --format. */
export const spellings = (option: OptionModel): string[] =>
  [option.short, option.long].filter((s): s is string => s !== undefined);

export const takesValue = (option: OptionModel): boolean => option.value.kind !== "none";
