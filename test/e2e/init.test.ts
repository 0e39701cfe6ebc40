import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { LOCALES, type Locale } from "../../src/core/language/index.js";
import { runCli } from "./run-cli.js";

// Every language of the registry; the expected default countries are written
// out here, as an oracle independent of the language modules.
const COUNTRY: Record<Locale, string> = {
  nb: "NO",
  nn: "NO",
  sv: "SE",
  da: "DK",
  fi: "FI",
  en: "NO",
};

const folder = (): string => mkdtempSync(join(tmpdir(), "cohort-init-"));

/** Validates with --format json and returns the exit code and the findings. */
const validate = (cwd: string, path: string) => {
  const result = runCli(["validate", "--format", "json", "--strict", path], { cwd });
  return { code: result.code, stderr: result.stderr, findings: JSON.parse(result.stdout).findings };
};

describe("cohort init", () => {
  it.each(LOCALES)("writes the %s starter, which validates with no findings at all", (locale) => {
    const cwd = folder();
    const result = runCli(["init", `starter-${locale}`, "--locale", locale], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`wrote programs/starter-${locale}.yaml`);
    const file = join(cwd, "programs", `starter-${locale}.yaml`);
    const text = readFileSync(file, "utf8");
    expect(text.split("\n")[0]).toMatch(
      /^# yaml-language-server: \$schema=\S+program\.schema\.json$/,
    );

    expect(validate(cwd, "programs")).toEqual({ code: 0, stderr: "", findings: [] });

    const program = parse(text);
    expect(program).toMatchObject({ id: `starter-${locale}`, locale, country: COUNTRY[locale] });
    for (const key of ["application", "format", "modules", "components", "applicants"])
      expect(program, key).toHaveProperty(key);
    for (const key of ["eligibility", "seats", "requirements", "credits", "fee"])
      expect(program, key).toHaveProperty(key);
    // The dates are marked as examples, in the file's `illustrative` list.
    expect(program.illustrative).toEqual(expect.arrayContaining(["application", "modules"]));
  });

  it("comments every key in the file's language", () => {
    const cwd = folder();
    runCli(["init", "svensk", "--locale", "sv"], { cwd });
    runCli(["init", "suomi", "--locale", "fi"], { cwd });
    const sv = readFileSync(join(cwd, "programs/svensk.yaml"), "utf8");
    expect(sv).toContain("# Programmets fullständiga namn");
    expect(sv).toContain("ILLUSTRATIVT");
    expect(readFileSync(join(cwd, "programs/suomi.yaml"), "utf8")).toContain(
      "# Ohjelman koko nimi",
    );
    const commented = sv.split("\n").filter((l) => /^[a-z]+:/.test(l));
    const lines = sv.split("\n");
    for (const line of commented) {
      // Each top-level key follows a comment line (its explanation).
      expect(lines[lines.indexOf(line) - 1], line).toMatch(/^#/);
    }
  });

  it("takes the locale from LC_ALL, then LANG, and the country from the locale", () => {
    const read = (env: Record<string, string>) => {
      const cwd = folder();
      expect(runCli(["init", "x", "-q"], { cwd, env }).code).toBe(0);
      const program = parse(readFileSync(join(cwd, "programs/x.yaml"), "utf8"));
      return `${program.locale} ${program.country}`;
    };
    expect(read({ LANG: "da_DK.UTF-8" })).toBe("da DK");
    expect(read({ LANG: "de_DE.UTF-8", LC_ALL: "nn_NO.UTF-8" })).toBe("nn NO");
    expect(read({ LANG: "sv_FI.UTF-8" })).toBe("sv FI");
    expect(read({ LANG: "no_NO.UTF-8" })).toBe("nb NO");
    expect(read({ LANG: "fr_FR.UTF-8" })).toBe("en NO");
    expect(read({ LANG: "C.UTF-8" })).toBe("en NO");
    expect(read({})).toBe("en NO");
  });

  it("--locale and --country override the environment", () => {
    const cwd = folder();
    const env = { LANG: "sv_SE.UTF-8" };
    runCli(["init", "a", "--locale", "fi"], { cwd, env });
    runCli(["init", "b", "--locale", "en", "--country", "DK"], { cwd, env });
    expect(parse(readFileSync(join(cwd, "programs/a.yaml"), "utf8")).country).toBe("FI");
    expect(parse(readFileSync(join(cwd, "programs/b.yaml"), "utf8")).country).toBe("DK");
    expect(validate(cwd, "programs").findings).toEqual([]);
  });

  it("refuses to overwrite a file (exit 2) and suggests a free name", () => {
    const cwd = folder();
    expect(runCli(["init", "demo"], { cwd }).code).toBe(0);
    const file = join(cwd, "programs/demo.yaml");
    writeFileSync(file, "id: demo # edited by hand\n");
    const again = runCli(["init", "demo"], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("programs/demo.yaml already exists");
    expect(again.stderr).toContain("cohort init demo-2");
    expect(readFileSync(file, "utf8")).toBe("id: demo # edited by hand\n");

    writeFileSync(join(cwd, "mine.yaml"), "keep me\n");
    const named = runCli(["init", "other", "-o", "mine.yaml"], { cwd });
    expect(named.code).toBe(2);
    expect(named.stderr).toContain("-o mine-2.yaml");
    expect(readFileSync(join(cwd, "mine.yaml"), "utf8")).toBe("keep me\n");
  });

  it("refuses an id that another file of the folder already has", () => {
    const cwd = folder();
    runCli(["init", "taken", "-o", "programs/some-file.yaml"], { cwd });
    const result = runCli(["init", "taken"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('programs/some-file.yaml already has the program id "taken"');
    expect(existsSync(join(cwd, "programs/taken.yaml"))).toBe(false);
  });

  it("rejects an id that is not a slug (exit 2) and suggests one", () => {
    const cwd = folder();
    const result = runCli(["init", "Ny som leder"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"Ny som leder" is not a program id');
    expect(result.stderr).toContain("lower-case letters, digits");
    expect(result.stderr).toContain("cohort init ny-som-leder");
    expect(existsSync(join(cwd, "programs"))).toBe(false);
    const folded = runCli(["init", "Lederutvikling på Ålesund"], { cwd });
    expect(folded.stderr).toContain("cohort init lederutvikling-pa-alesund");
  });

  it("rejects an unknown --locale (exit 2)", () => {
    const result = runCli(["init", "x", "--locale", "de"], { cwd: folder() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Allowed choices are nb, nn, sv, da, fi, en");
  });

  it("-o writes elsewhere (folders created), and -o - prints to stdout", () => {
    const cwd = folder();
    expect(runCli(["init", "draft", "-o", "drafts/2028/draft.yaml"], { cwd }).code).toBe(0);
    expect(validate(cwd, "drafts").findings).toEqual([]);
    const printed = runCli(["init", "printed", "-o", "-"], { cwd });
    expect(printed.code).toBe(0);
    expect(parse(printed.stdout).id).toBe("printed");
    expect(existsSync(join(cwd, "programs"))).toBe(false);
  });

  it("quotes a --name that YAML would misread, so it reads back as given", () => {
    const cwd = folder();
    const name = 'Samling 1: "Meg" som leder, #1 - {ny}';
    expect(runCli(["init", "odd", "--name", name], { cwd }).code).toBe(0);
    expect(validate(cwd, "programs").findings).toEqual([]);
    const listed = JSON.parse(runCli(["list", "--format", "json"], { cwd }).stdout);
    expect(listed.programs[0].name).toBe(name);
  });

  it("points the modeline at a schema that exists: the folder's own schema/ when there is one", () => {
    const cwd = folder();
    runCli(["init", "found", "-q"], { cwd });
    const file = join(cwd, "programs/found.yaml");
    const ref = /\$schema=(\S+)/.exec(readFileSync(file, "utf8"))![1]!;
    expect(existsSync(resolve(dirname(file), ref))).toBe(true);
    // A project without a schema gets one of its own, not a path into cohort's install.
    expect(ref).toBe("../schema/program.schema.json");
    expect(readFileSync(join(cwd, "schema/program.schema.json"), "utf8")).toBe(
      runCli(["schema"]).stdout,
    );
    runCli(["init", "second", "-q"], { cwd });
    expect(readFileSync(join(cwd, "programs/second.yaml"), "utf8")).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schema\/program\.schema\.json\n/,
    );

    const own = folder();
    mkdirSync(join(own, "schema"));
    writeFileSync(join(own, "schema/program.schema.json"), runCli(["schema"]).stdout);
    runCli(["init", "local", "-q"], { cwd: own });
    expect(readFileSync(join(own, "programs/local.yaml"), "utf8")).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schema\/program\.schema\.json\n/,
    );
    runCli(["init", "url", "-q", "--schema", "https://example.org/program.schema.json"], {
      cwd: own,
    });
    expect(readFileSync(join(own, "programs/url.yaml"), "utf8")).toContain(
      "$schema=https://example.org/program.schema.json",
    );
  });

  it("writes a starter that schedule and check can use as it is", () => {
    const cwd = folder();
    runCli(["init", "usable", "--locale", "en", "-q"], { cwd });
    const schedule = runCli(["schedule", "usable", "--format", "json"], { cwd });
    expect(schedule.code).toBe(0);
    const modules = JSON.parse(schedule.stdout).programs[0].modules;
    expect(modules).toHaveLength(3);
    writeFileSync(
      join(cwd, "list.csv"),
      "Applicant ID,Name,Sector,Region,Leader since,Nominated,Attested by manager,Score\nA1,Ann,hospital,north,2020-01-01,yes,,7\n",
    );
    const check = runCli(["check", "usable", "list.csv", "--format", "json"], { cwd });
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).summary).toEqual({ eligible: 1, ineligible: 0, invalid: 0 });
  });
});
