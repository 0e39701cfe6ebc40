/**
 * Declarations of every command: arguments, options, examples, and how to load
 * the module that runs it. Kept free of heavy imports: see program.ts. The
 * --format choices come from each format folder's names.ts, which loads no format.
 */
import { InvalidArgumentError, Option } from "commander";
import { LOCALES } from "../core/language/index.js";
import { ALLOCATE_FORMAT_NAMES } from "../format/allocate/names.js";
import { CHECK_FORMAT_NAMES } from "../format/check/names.js";
import { LETTER_FORMAT_NAMES } from "../format/letters/names.js";
import { LIST_FORMAT_NAMES } from "../format/list/names.js";
import { PROGRESS_FORMAT_NAMES } from "../format/progress/names.js";
import { ROSTER_FORMAT_NAMES } from "../format/roster/names.js";
import { SCHEDULE_FORMAT_NAMES } from "../format/schedule/names.js";
import { VALIDATE_FORMAT_NAMES } from "../format/validate/names.js";
import { CSV_ENCODINGS } from "../io/applicants/types.js";
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

/** How an applicant list is read, and how CSV is written: shared by check and allocate. */
const listOptions = [
  () =>
    new Option(
      "--excel",
      "write CSV as Excel in the Nordic countries opens it: semicolons, a byte-order mark, CRLF. Excel and LibreOffice drop the leading zeros of ids there (007 becomes 7): --format xlsx keeps them",
    ),
  () =>
    new Option(
      "--encoding <name>",
      "encoding of a CSV (default: UTF-8, or Windows-1252 when the bytes are not UTF-8)",
    ).choices(CSV_ENCODINGS),
  () => new Option("--sheet <name>", "sheet of an .xlsx workbook (default: the first)"),
];

/** Which intake of a program with intakes a command works on. */
const intakeOptions = [
  () =>
    new Option(
      "--intake <id>",
      "the intake of a program with intakes (default: the one open for applications on --today, else the next, else the last)",
    ),
  () =>
    new Option(
      "--today <date>",
      "the day the intake is chosen by (YYYY-MM-DD; default: today's date)",
    ),
];
/** The language of one run's words, instead of the program's `locale`. */
const lang = () =>
  new Option(
    "--lang <code>",
    "write this run's words (verdicts, reasons, headers, summaries) in this language instead of the program's locale",
  ).choices(LOCALES);

/** Columns of the list carried into the results, for one run: shared by check and allocate. */
const carry = () =>
  new Option(
    "--carry <headers>",
    'list columns to carry into the csv, xlsx and json results, by header, comma-separated ("Navn,E-post"), instead of the program\'s applicants.carry, email and name; --carry "" carries none',
  ).argParser(carryHeaders);

const programAndList = [
  { name: "<program>", description: "program file or program id (looked up in programs/)" },
  { name: "<applicants>", description: "applicant list: .csv, .tsv, .xlsx, or - for CSV on stdin" },
];

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
        ).choices(VALIDATE_FORMAT_NAMES),
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
      "cohort validate --format sarif -o cohort.sarif",
      "cohort validate --format gitlab -o gl-code-quality-report.json",
      "cohort validate --format compact | grep error",
    ],
    load: () => import("./commands/validate.js"),
  },
  {
    name: "check",
    description: "check every applicant of a list against the program's eligibility rules",
    arguments: programAndList,
    options: [
      () =>
        new Option(
          "-f, --format <name>",
          "output format (default: table on a terminal, csv otherwise)",
        ).choices(CHECK_FORMAT_NAMES),
      () =>
        new Option(
          "--explain <id>",
          "show the whole rule tree for one applicant, with the actual values",
        ),
      carry,
      () =>
        new Option(
          "--all",
          "on a terminal, print every row of the table (it shows the first 1000 and counts the rest)",
        ),
      ...intakeOptions,
      lang,
      ...listOptions,
      output,
    ],
    examples: [
      "cohort check topplederprogrammet fixtures/check/topplederprogrammet.csv",
      "cohort check topplederprogrammet applicants.xlsx --sheet Søkere",
      "cohort check programs/ledarskaps-st.yaml list.csv --format json -o verdicts.json",
      "cohort check topplederprogrammet big.csv --format ndjson | grep ineligible",
      "cohort check topplederprogrammet list.csv --explain A-1042",
      "cohort check programs/ledarskaps-st.yaml list.csv --lang en",
      'cohort check topplederprogrammet list.csv --carry "Navn,E-post" --format xlsx -o verdicts.xlsx',
    ],
    load: () => import("./commands/check.js"),
  },
  {
    name: "allocate",
    description:
      "allocate the seats: admitted, waitlisted, ineligible or invalid, each with a reason",
    arguments: programAndList,
    options: [
      () =>
        new Option(
          "-f, --format <name>",
          "output format (default: table on a terminal, json otherwise)",
        ).choices(ALLOCATE_FORMAT_NAMES),
      () =>
        new Option(
          "--seed <seed>",
          "seed of the tie-breaking lottery (default: derived from the inputs' SHA-256, always printed)",
        ),
      () =>
        new Option(
          "--declined <file>",
          "ids that declined their seat (one per line): keep every other admission, offer the freed seats",
        ),
      () =>
        new Option(
          "--from <audit>",
          "with --declined: start from the admissions of this earlier audit record instead of allocating the files afresh",
        ),
      () => new Option("--audit <file>", "write an audit record that cohort verify can re-run"),
      () => new Option("--strict", "exit 1 also when a spread minimum cannot be reached"),
      carry,
      () =>
        new Option(
          "--all",
          "on a terminal, print every row of the table (it shows the first 1000 and counts the rest)",
        ),
      ...intakeOptions,
      lang,
      ...listOptions,
      output,
    ],
    examples: [
      "cohort allocate topplederprogrammet fixtures/allocate/topplederprogrammet.csv",
      "cohort allocate topplederprogrammet applicants.csv --format xlsx -o opptak.xlsx",
      "cohort allocate topplederprogrammet applicants.csv --audit audit.json --format json -o result.json",
      "cohort allocate topplederprogrammet applicants.csv --declined declined.txt",
      "cohort allocate topplederprogrammet applicants.csv --declined declined.txt --from audit.json --audit audit-2.json",
      "cohort allocate topplederprogrammet applicants.csv --seed 2027",
      'cohort allocate topplederprogrammet applicants.csv --carry "Navn,E-post,Arbeidsgiver" --format xlsx -o opptak.xlsx',
    ],
    load: () => import("./commands/allocate.js"),
  },
  {
    name: "verify",
    description:
      "re-run an audit record: same inputs (by SHA-256) and the same outcome for every applicant?",
    arguments: [
      { name: "<audit>", description: "audit record written by cohort allocate --audit" },
    ],
    options: [
      () =>
        new Option(
          "--program <file>",
          "the program file, when it is not in the record's folder (checked against the record's hash)",
        ),
      () =>
        new Option(
          "--applicants <file>",
          "the applicant list, when it is not in the record's folder (checked against the record's hash)",
        ),
      () =>
        new Option(
          "--declined <file>",
          "the declines file, when it is not in the record's folder (checked against the record's hash)",
        ),
      () =>
        new Option(
          "--from <audit>",
          "the earlier record a top-up started from, when it is not in the record's folder (checked against the record's hash)",
        ),
    ],
    examples: [
      "cohort verify opptak-2027/audit.json",
      "cohort verify opptak-2027/audit.json --program programs/topplederprogrammet.yaml",
    ],
    load: () => import("./commands/verify.js"),
  },
  {
    name: "letters",
    description:
      "write a decision letter per applicant of a verified audit record, or with --progress a completion letter (certificate, reminder) per participant of a filled roster: .eml, .md or .html, and index.csv",
    arguments: [
      {
        name: "<audit|program>",
        description:
          "audit record written by cohort allocate --audit; with --progress, the program (file or id)",
      },
    ],
    options: [
      () =>
        new Option(
          "-o, --output <dir>",
          "folder to create for the letters (written whole or not at all)",
        ).makeOptionMandatory(),
      () =>
        new Option("-f, --format <name>", "letter format (default: eml)").choices(
          LETTER_FORMAT_NAMES,
        ),
      () => new Option("--force", "replace the output folder when it exists and is not empty"),
      () =>
        new Option(
          "--date <date>",
          "the letters' date, YYYY-MM-DD (default: the program's application deadline; with --progress, --as-of)",
        ),
      () => new Option("--reply-by <date>", "answer deadline named in the letters, YYYY-MM-DD"),
      () =>
        new Option(
          "--from <address>",
          'sender of the .eml letters, "Name <address>" (default: the program owner, no-reply@invalid)',
        ),
      () =>
        new Option(
          "--lang <code>",
          "write the letters (default templates, dates, outcomes, reasons) and what the run says in this language instead of the program's locale; the program's own templates for it are read from <program>.letters/<code>/",
        ).choices(LOCALES),
      () =>
        new Option(
          "--progress <file>",
          "completion letters from this filled roster (.xlsx, .csv, .tsv): a certificate for completed, a reminder for at-risk, a letter for not-completed",
        ),
      () =>
        new Option(
          "--as-of <date>",
          "with --progress: the day to judge by, YYYY-MM-DD (default: today), as cohort progress",
        ),
      () =>
        new Option("--all", "with --progress: a status letter for the on-track participants too"),
      () =>
        new Option(
          "--intake <id>",
          "with --progress: the intake of a program with intakes (default as cohort progress)",
        ),
      () => new Option("--class <id>", "with --progress: only the participants of this class"),
      () =>
        new Option(
          "--audit <file>",
          "with --progress: the allocation's audit record; a participant it does not admit gets no letter",
        ),
      () =>
        new Option(
          "--sheet <name>",
          "with --progress: sheet of an .xlsx roster (default: the first)",
        ),
      () =>
        new Option(
          "--encoding <name>",
          "with --progress: encoding of a CSV roster (default: UTF-8, or Windows-1252 when the bytes are not UTF-8)",
        ).choices(CSV_ENCODINGS),
    ],
    examples: [
      "cohort letters audit.json -o letters",
      'cohort letters audit.json -o letters --date 2027-05-03 --reply-by 2027-05-20 --from "Opptak <opptak@example.no>"',
      "cohort letters audit.json -o letters-html --format html",
      "cohort letters audit.json -o letters-en --lang en",
      "cohort letters topplederprogrammet --progress deltakere.xlsx --as-of 2028-06-30 -o kursbevis",
      "cohort letters topplederprogrammet --progress deltakere.xlsx --as-of 2028-01-15 --all --format html -o status",
    ],
    load: () => import("./commands/letters.js"),
  },
  {
    name: "roster",
    description:
      "write the admitted participants of an audit record per class, with a column per module date to fill in (xlsx or csv)",
    arguments: [
      { name: "<program>", description: "program file or program id (looked up in programs/)" },
      { name: "<audit>", description: "audit record written by cohort allocate --audit" },
    ],
    options: [
      () =>
        new Option(
          "-f, --format <name>",
          "roster format (default: by the -o file's extension; xlsx to a file, csv to stdout)",
        ).choices(ROSTER_FORMAT_NAMES),
      () =>
        new Option(
          "--intake <id>",
          "the intake of the record (checked against it; the record names its intake)",
        ),
      () => new Option("--class <id>", "only the participants of this class"),
      () =>
        new Option(
          "--applicants <file>",
          "the applicant list, when it is not in the record's folder (checked against the record's hash)",
        ),
      () =>
        new Option(
          "--excel",
          "write CSV as Excel in the Nordic countries opens it: semicolons, a byte-order mark, CRLF",
        ),
      output,
    ],
    examples: [
      "cohort roster topplederprogrammet opptak-2027/audit.json -o deltakere.xlsx",
      "cohort roster ks-toppleder-kull opptak-2029/audit.json --class bergen-a -o bergen-a.xlsx",
      "cohort roster topplederprogrammet opptak-2027/audit.json --format csv --excel -o deltakere.csv",
    ],
    load: () => import("./commands/roster.js"),
  },
  {
    name: "progress",
    description:
      "read a filled roster: who has completed, who is on track, who is at risk and why, and attendance per module",
    arguments: [
      { name: "<program>", description: "program file or program id (looked up in programs/)" },
      {
        name: "<records>",
        description: "the filled roster: .xlsx, .csv, .tsv, or - for CSV on stdin",
      },
    ],
    options: [
      () =>
        new Option(
          "-f, --format <name>",
          "output format (default: table on a terminal, csv otherwise)",
        ).choices(PROGRESS_FORMAT_NAMES),
      () =>
        new Option(
          "--as-of <date>",
          "the day to judge by, YYYY-MM-DD (default: today): modules after it are still to come",
        ),
      () =>
        new Option(
          "--intake <id>",
          "the intake of a program with intakes (default: the record's with --audit, else the one whose modules run on --as-of, else the last that started)",
        ),
      () =>
        new Option(
          "--audit <file>",
          "audit record of the allocation: every participant of the roster must be admitted there (in the class it names)",
        ),
      lang,
      ...listOptions,
      output,
    ],
    examples: [
      "cohort progress topplederprogrammet deltakere.xlsx",
      "cohort progress topplederprogrammet deltakere.xlsx --as-of 2028-01-31",
      "cohort progress programs/ous-erfarne-ledere.yaml roster.csv --format json -o progress.json",
      "cohort progress topplederprogrammet deltakere.xlsx --format xlsx -o status.xlsx",
      "cohort progress topplederprogrammet deltakere.xlsx --audit opptak-2027/audit.json",
    ],
    load: () => import("./commands/progress.js"),
  },
  {
    name: "schedule",
    description:
      "modules with dates in the program's language, totals, and warnings (weekends, holidays, overlaps)",
    arguments: [
      {
        name: "[programs...]",
        description: "program files, program ids, folders or - for stdin (default: programs/)",
      },
    ],
    options: [
      () =>
        new Option("-f, --format <name>", "output format (default: table)").choices(
          SCHEDULE_FORMAT_NAMES,
        ),
      () => new Option("--from <date>", "leave out modules that end before this day (YYYY-MM-DD)"),
      () => new Option("--to <date>", "leave out modules that start after this day (YYYY-MM-DD)"),
      () => new Option("--timeline", "draw a month timeline under the table"),
      () =>
        new Option(
          "--stamp <utc>",
          "DTSTAMP of ics events, YYYYMMDDTHHMMSSZ (default: the application deadline at 00:00Z)",
        ),
      ...intakeOptions,
      lang,
      () =>
        new Option(
          "--class <id>",
          "only this class of the intake: its own dates, e.g. one calendar per class with --format ics",
        ),
      output,
    ],
    examples: [
      "cohort schedule",
      "cohort schedule topplederprogrammet --timeline",
      "cohort schedule programs/ --from 2027-09-01 --to 2027-12-31",
      "cohort schedule topplederprogrammet --format ics -o topplederprogrammet.ics",
      "cohort schedule programs/topplederprogrammet.yaml --format html -o program.html",
      "cohort schedule --format json | jq '.programs[].warnings'",
      "cohort schedule ks-toppleder-kull --intake 2029 --class bergen-b --format ics -o bergen-b.ics",
    ],
    load: () => import("./commands/schedule.js"),
  },
  {
    name: "list",
    description: "one line per program: dates, seats and its status today",
    arguments: [
      {
        name: "[paths...]",
        description: "folders or program files (default: programs/)",
      },
    ],
    options: [
      () =>
        new Option("-f, --format <name>", "output format (default: table)").choices(
          LIST_FORMAT_NAMES,
        ),
      () => new Option("--today <date>", "the day statuses are relative to (YYYY-MM-DD)"),
      lang,
      output,
    ],
    examples: [
      "cohort list",
      "cohort list --today 2027-02-01",
      "cohort list programs/ --format json",
      "cohort list --lang sv",
    ],
    load: () => import("./commands/list.js"),
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
  {
    name: "init",
    description:
      "write a starter program file, commented in your language, that validates as written",
    arguments: [
      {
        name: "<id>",
        description:
          "program id: lower-case letters, digits, - and _ (the file is programs/<id>.yaml)",
      },
    ],
    options: [
      () =>
        new Option(
          "--locale <code>",
          "language of the file and its comments (default: --lang's, else from LC_ALL/LC_MESSAGES/LANG, else en)",
        ).choices(LOCALES),
      () =>
        new Option(
          "--lang <code>",
          "write what init says (what it wrote, its errors) in this language, and the file in it too unless --locale is given (default: en)",
        ).choices(LOCALES),
      () =>
        new Option(
          "--country <code>",
          "country whose public holidays the dates avoid (default: from the locale)",
        ).choices(["NO", "SE", "DK", "FI"]),
      () => new Option("--name <text>", "the program's name (default: an example name)"),
      () =>
        new Option(
          "--schema <ref>",
          "path or URL of the JSON Schema in the editor modeline (default: found from the file's folder)",
        ),
      () =>
        new Option(
          "-o, --output <file>",
          "file to write (default: programs/<id>.yaml; - for stdout); an existing file is never overwritten",
        ),
    ],
    examples: [
      "cohort init ny-som-leder",
      "cohort init ledarskap-2028 --locale sv",
      "cohort init ledarskap-2028 --lang sv",
      'cohort init leadership-basics --locale en --country SE --name "Leadership basics"',
      "cohort init ny-som-leder -o drafts/ny-som-leder.yaml && cohort validate drafts/",
    ],
    load: () => import("./commands/init.js"),
  },
  {
    name: "completion",
    description: "print a completion script for bash, zsh or fish (commands, options, program ids)",
    arguments: [{ name: "[shell]", description: "bash, zsh or fish" }],
    options: [
      () =>
        new Option(
          "--list-programs",
          "print the program ids under programs/, one a line (the scripts call this)",
        ).hideHelp(),
    ],
    examples: [
      "# bash, in every new shell:",
      "echo 'source <(cohort completion bash)' >> ~/.bashrc",
      "# bash, with the bash-completion package:",
      "cohort completion bash > ~/.local/share/bash-completion/completions/cohort",
      "# zsh: a folder on $fpath (fpath+=(~/.zfunc) before compinit in ~/.zshrc)",
      "cohort completion zsh > ~/.zfunc/_cohort",
      "# fish:",
      "cohort completion fish > ~/.config/fish/completions/cohort.fish",
    ],
    load: () => import("./commands/completion.js"),
  },
];

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`"${value}" is not a whole number of 0 or more.`);
  return n;
}

/** `--carry "Navn, E-post"` -> ["Navn", "E-post"]; `--carry ""` -> [] (carry none). */
function carryHeaders(value: string): string[] {
  return value
    .split(",")
    .map((h) => h.trim())
    .filter((h) => h !== "");
}
