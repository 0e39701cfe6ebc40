import { spawnSync } from "node:child_process";
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/command-table.js";
import { BIN, ROOT, runCli } from "./run-cli.js";

const SHIPPED_IDS = readdirSync(join(ROOT, "programs"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => /^id:\s*(\S+)/m.exec(readFileSync(join(ROOT, "programs", f), "utf8"))![1]!)
  .sort();

const has = (program: string): boolean =>
  spawnSync("sh", ["-c", `command -v ${program}`], { encoding: "utf8" }).status === 0;

/** A folder with `cohort` (a link to the built binary) and node, first on PATH. */
const pathWithCohort = (): string => {
  const bin = mkdtempSync(join(tmpdir(), "cohort-completion-"));
  symlinkSync(BIN, join(bin, "cohort"));
  return [bin, dirname(process.execPath), process.env.PATH ?? ""].join(delimiter);
};

const script = (shell: string): string => {
  const result = runCli(["completion", shell]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout;
};

describe("cohort completion", () => {
  it.each(["bash", "zsh", "fish"])("prints a %s script with every command", (shell) => {
    const text = script(shell);
    for (const spec of COMMANDS) expect(text).toContain(spec.name);
    expect(text).toContain("completion --list-programs");
  });

  it.each(["bash", "zsh", "fish"])(
    "the %s script has every option of every command (generated, so it cannot drift)",
    (shell) => {
      const text = script(shell);
      for (const spec of COMMANDS) {
        for (const option of spec.options ?? []) {
          const made = option();
          if (made.hidden) continue;
          const long = made.long!;
          expect(text, `${spec.name} ${long}`).toContain(
            shell === "fish" ? `-l ${long.slice(2)}` : long,
          );
        }
      }
    },
  );

  it("without a shell, or with an unknown one, exits 2 with the shells named", () => {
    const none = runCli(["completion"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("bash, zsh, fish");
    const typo = runCli(["completion", "bsh"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "bash"?');
    expect(typo.stdout).toBe("");
  });

  it("--list-programs prints the ids under programs/, sorted, and nothing elsewhere", () => {
    const listed = runCli(["completion", "--list-programs"]);
    expect(listed.code).toBe(0);
    expect(listed.stdout.trim().split("\n")).toEqual(SHIPPED_IDS);
    const empty = runCli(["completion", "--list-programs"], {
      cwd: mkdtempSync(join(tmpdir(), "cohort-empty-")),
    });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toBe("");
  });

  it("--list-programs reads the id line, not the file name, and skips files without one", () => {
    const cwd = mkdtempSync(join(tmpdir(), "cohort-ids-"));
    runCli(["init", "first"], { cwd });
    writeFileSync(join(cwd, "programs", "renamed.yaml"), "# a comment\nid: 'second' # quoted\n");
    writeFileSync(join(cwd, "programs", "notes.yml"), "title: no id here\n");
    expect(runCli(["completion", "--list-programs"], { cwd }).stdout).toBe("first\nsecond\n");
  });

  it("--list-programs is not shown in --help", () => {
    expect(runCli(["completion", "--help"]).stdout).not.toContain("--list-programs");
  });
});

describe("the bash script, run by bash", () => {
  const path = pathWithCohort();
  const complete = (words: string[], cword = words.length - 1): string[] => {
    const file = join(mkdtempSync(join(tmpdir(), "cohort-bash-")), "cohort.bash");
    writeFileSync(file, script("bash"));
    const quoted = words.map((w) => `'${w}'`).join(" ");
    // --norc: bash reads ~/.bashrc when its stdin is a socket, as node's pipes are.
    const result = spawnSync(
      "bash",
      [
        "--norc",
        "--noprofile",
        "-c",
        `source "${file}"; COMP_WORDS=(${quoted}); COMP_CWORD=${cword}; _cohort_completions; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ],
      { cwd: ROOT, encoding: "utf8", env: { PATH: path, NO_COLOR: "1" } },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    return result.stdout.split("\n").filter(Boolean);
  };

  it("passes bash -n", () => {
    const result = spawnSync("bash", ["--norc", "--noprofile", "-n"], {
      input: script("bash"),
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("offers commands", () => {
    expect(complete(["cohort", "val"])).toEqual(["validate"]);
    expect(complete(["cohort", ""])).toEqual(expect.arrayContaining(["validate", "check", "init"]));
    expect(complete(["cohort", "-q", "sch"])).toEqual(["schedule", "schema"]);
  });

  it("offers the --format values of validate, also after --format=", () => {
    expect(complete(["cohort", "validate", "--format", ""])).toEqual([
      "pretty",
      "json",
      "github",
      "junit",
      "sarif",
      "gitlab",
      "compact",
    ]);
    expect(complete(["cohort", "validate", "-f", "j"])).toEqual(["json", "junit"]);
    expect(complete(["cohort", "validate", "--format", "=", "j"])).toEqual(["json", "junit"]);
    expect(complete(["cohort", "validate", "--format", "="])).toEqual([
      "pretty",
      "json",
      "github",
      "junit",
      "sarif",
      "gitlab",
      "compact",
    ]);
    expect(complete(["cohort", "schedule", "--format", ""])).toContain("ics");
  });

  it("offers each command's own options", () => {
    expect(complete(["cohort", "validate", "--st"])).toEqual(["--strict", "--stdin-filename"]);
    expect(complete(["cohort", "allocate", "x", "--de"])).toEqual(["--declined", "--debug"]);
    expect(complete(["cohort", "init", "x", "--locale", ""])).toEqual([
      "nb",
      "nn",
      "sv",
      "da",
      "fi",
      "en",
    ]);
  });

  it("offers program ids for check, then files for the applicant list", () => {
    expect(complete(["cohort", "check", ""])).toEqual(SHIPPED_IDS);
    expect(complete(["cohort", "check", "topp"])).toEqual(["topplederprogrammet"]);
    expect(complete(["cohort", "check", "-f", "json", "topp"])).toEqual(["topplederprogrammet"]);
    expect(complete(["cohort", "check", "topplederprogrammet", "fixtures/check/topp"])).toContain(
      "fixtures/check/topplederprogrammet.csv",
    );
    expect(complete(["cohort", "check", "programs/topp"])).toEqual([
      "programs/topplederprogrammet.yaml",
    ]);
  });

  it("offers files for file arguments and file options", () => {
    expect(complete(["cohort", "validate", "programs/topp"])).toEqual([
      "programs/topplederprogrammet.yaml",
    ]);
    expect(complete(["cohort", "schema", "-o", "READ"])).toEqual(["README.md"]);
    expect(complete(["cohort", "schedule", "prog"])).toEqual(["programs"]);
  });

  it("offers the shells and the commands where those are the arguments", () => {
    expect(complete(["cohort", "completion", ""])).toEqual(["bash", "zsh", "fish"]);
    expect(complete(["cohort", "completion", "--"])).not.toContain("--list-programs");
    expect(complete(["cohort", "help", "al"])).toEqual(["allocate"]);
  });
});

/** The script in a file of its own: fish 3.6 cannot read a script from node's stdin (a socket). */
const scripts = mkdtempSync(join(tmpdir(), "cohort-scripts-"));
afterAll(() => rmSync(scripts, { recursive: true, force: true }));
const scriptFile = (shell: string): string => {
  const file = join(scripts, `cohort.${shell}`);
  writeFileSync(file, script(shell));
  return file;
};

describe("the zsh script, read by zsh", () => {
  it.skipIf(!has("zsh"))("passes zsh -n", () => {
    const result = spawnSync("zsh", ["-f", "-n", scriptFile("zsh")], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe.skipIf(!has("fish"))("the fish script, run by fish", () => {
  const path = pathWithCohort();
  const home = mkdtempSync(join(tmpdir(), "cohort-fish-home-"));
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  /** What fish offers for the command line `line` (the cursor at its end), without descriptions. */
  const complete = (line: string): string[] => {
    const file = scriptFile("fish");
    const result = spawnSync(
      "fish",
      ["--no-config", "-c", `source '${file}'; complete -C '${line.replace(/'/g, "\\'")}'`],
      {
        cwd: ROOT,
        encoding: "utf8",
        // A HOME of its own: fish writes its universal variables there.
        env: { PATH: path, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, NO_COLOR: "1" },
      },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    return result.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => l.split("\t")[0]!);
  };

  it("passes fish -n, read from a file", () => {
    const result = spawnSync("fish", ["--no-config", "-n", scriptFile("fish")], {
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("offers commands and the --format values", () => {
    expect(complete("cohort val")).toEqual(["validate"]);
    expect(complete("cohort validate --format j")).toEqual(["json", "junit"]);
  });

  it("offers program ids only for a program argument, then files for the applicant list", () => {
    expect(complete("cohort check ")).toEqual(SHIPPED_IDS);
    expect(complete("cohort schedule topp")).toEqual(["topplederprogrammet"]);
    expect(complete("cohort check topplederprogrammet fixtures/check/topp")).toContain(
      "fixtures/check/topplederprogrammet.csv",
    );
  });

  it("offers files for a program argument that has a / or matches no id", () => {
    expect(complete("cohort check programs/topp")).toEqual(["programs/topplederprogrammet.yaml"]);
    expect(complete("cohort check READ")).toEqual(["README.md"]);
  });
});
