/**
 * Declarations of every command: arguments, options, examples, and how to load
 * the module that runs it. Kept free of heavy imports: see program.ts.
 */
import { InvalidArgumentError, Option } from "commander";
import type { CommandContext } from "./context.js";

export interface CommandModule {
  run(args: unknown[], options: Record<string, unknown>, context: CommandContext): Promise<number>;
}

export interface CommandSpec {
  name: string;
  description: string;
  arguments?: { name: string; description: string }[];
  options?: (() => Option)[];
  examples: string[];
  load(): Promise<CommandModule>;
}

const output = () =>
  new Option("-o, --output <file>", "write the result to a file (atomically) instead of stdout");

export const COMMANDS: CommandSpec[] = [
  {
    name: "validate",
    description: "validate program files and report every finding with its location",
    arguments: [
      {
        name: "[paths...]",
        description:
          "files, folders (searched for *.yaml, *.yml) or - for stdin (default: programs/)",
      },
    ],
    options: [
      () =>
        new Option(
          "-f, --format <name>",
          "output format (default: pretty; github under GitHub Actions)",
        ).choices(["pretty", "json", "github", "junit"]),
      () => new Option("--strict", "fail (exit 1) on warnings too"),
      () =>
        new Option(
          "--max-warnings <n>",
          "fail (exit 1) when there are more than n warnings",
        ).argParser(nonNegativeInt),
      () => new Option("--stdin-filename <name>", "file name to report for input read from stdin"),
      output,
    ],
    examples: [
      "cohort validate",
      "cohort validate programs/topplederprogrammet.yaml",
      "cohort validate --format json programs/ > findings.json",
      "cat program.yaml | cohort validate - --stdin-filename program.yaml",
      "cohort validate --format junit -o validate.xml",
    ],
    load: () => import("./commands/validate.js"),
  },
  {
    name: "schema",
    description: "print the JSON Schema of program files (draft-07) for editors",
    options: [output],
    examples: [
      "cohort schema > program.schema.json",
      "# in a program file: # yaml-language-server: $schema=../schema/program.schema.json",
    ],
    load: () => import("./commands/schema.js"),
  },
];

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`"${value}" is not a whole number of 0 or more.`);
  return n;
}
