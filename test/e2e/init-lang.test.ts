/**
 * `cohort init --lang`: what init says (the files it wrote, what to do next,
 * its errors) is in that language, and so is the file it writes unless
 * --locale names another; the environment's language yields to both. The
 * file is read back with a YAML parser and validated by the built binary.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { LOCALES, type Locale } from "../../src/core/language/index.js";
import { runCli } from "./run-cli.js";

const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});
const folder = (): string => {
  const made = mkdtempSync(join(tmpdir(), "cohort-init-lang-"));
  folders.push(made);
  return made;
};

// Written out here, independent of the language modules: a word of each
// language's lines that no other language's lines have.
const WROTE: Record<Locale, RegExp> = {
  nb: /^skrev programs\/p\.yaml \(språk nb, land NO; datoene og verdiene i den er eksempler\)$/m,
  nn: /^skreiv programs\/p\.yaml \(språk nn, land NO; datoane og verdiane i fila er døme\)$/m,
  sv: /^skrev programs\/p\.yaml \(språk sv, land SE; datumen och värdena i den är exempel\)$/m,
  da: /^skrev programs\/p\.yaml \(sprog da, land DK; datoerne og værdierne i den er eksempler\)$/m,
  fi: /^kirjoitettiin tiedosto programs\/p\.yaml \(kieli fi, maa FI; sen päivämäärät ja arvot ovat esimerkkejä\)$/m,
  en: /^wrote programs\/p\.yaml \(locale en, country NO; its dates and values are examples\)$/m,
};
const NAME_COMMENT: Record<Locale, string> = {
  nb: "# Programmets fulle navn",
  nn: "# Det fulle namnet på programmet",
  sv: "# Programmets fullständiga namn",
  da: "# Programmets fulde navn",
  fi: "# Ohjelman koko nimi",
  en: "# The program's full name",
};

describe("cohort init --lang", () => {
  it.each(LOCALES)("%s: says what it wrote in it, and writes the file in it", (lang) => {
    const cwd = folder();
    const result = runCli(["init", "p", "--lang", lang], { cwd, env: { LANG: "de_DE.UTF-8" } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(WROTE[lang]);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    // The schema line, then the file, then what to run next: each names its command whole.
    expect(lines[0]).toContain("schema/program.schema.json");
    expect(lines[0]).toContain("cohort schema -o schema/program.schema.json");
    expect(lines[2]).toMatch(/cohort validate programs\/p\.yaml$/);
    if (lang !== "en") expect(result.stderr).not.toMatch(/\bwrote\b|\bnext\b|\bcountry\b/);
    const text = readFileSync(join(cwd, "programs/p.yaml"), "utf8");
    expect(parse(text)).toMatchObject({ id: "p", locale: lang });
    expect(text).toContain(NAME_COMMENT[lang]);
    const validate = runCli(["validate", "--format", "json", "--strict", "programs"], { cwd });
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout).findings).toEqual([]);
  });

  it("leaves the file's language to --locale when both are given", () => {
    const cwd = folder();
    const result = runCli(["init", "p", "--lang", "fi", "--locale", "nb"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^kirjoitettiin tiedosto programs\/p\.yaml \(kieli nb, maa NO;/m);
    expect(result.stderr).toMatch(/^seuraavaksi: muokkaa tiedostoa/m);
    const text = readFileSync(join(cwd, "programs/p.yaml"), "utf8");
    expect(parse(text)).toMatchObject({ locale: "nb", country: "NO" });
    expect(text).toContain("# Programmets fulle navn");
  });

  it("takes the country from --lang's language, not the environment's", () => {
    const cwd = folder();
    const result = runCli(["init", "p", "--lang", "sv", "-q"], {
      cwd,
      env: { LC_ALL: "da_DK.UTF-8" },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const program = parse(readFileSync(join(cwd, "programs/p.yaml"), "utf8"));
    expect(`${program.locale} ${program.country}`).toBe("sv SE");
    // --country still decides the country.
    const fi = runCli(["init", "q", "--lang", "sv", "--country", "FI", "-q"], { cwd });
    expect(fi.code).toBe(0);
    expect(parse(readFileSync(join(cwd, "programs/q.yaml"), "utf8")).country).toBe("FI");
  });

  it("words its errors in it, with the same exit code", () => {
    const cwd = folder();
    expect(runCli(["init", "p", "-q"], { cwd }).code).toBe(0);
    const again = runCli(["init", "p", "--lang", "nn"], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      "cohort: programs/p.yaml finst allereie, og cohort init skriv aldri over ei fil. Vel ein annan ID, til dømes: cohort init p-2\n",
    );
    const taken = runCli(["init", "p", "-o", "programs/annan.yaml", "--lang", "sv"], { cwd });
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/^cohort: programs\/p\.yaml har redan program-id:t ”p”/);
    const bad = runCli(["init", "Ny som leder", "--lang", "da"], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "cohort: »Ny som leder« er ikke et program-id: brug små bogstaver, cifre, »-« og »_«, og begynd med et bogstav eller et ciffer; for eksempel: cohort init ny-som-leder\n",
    );
    // Nothing was written by the refused runs.
    expect(() => readFileSync(join(cwd, "programs/annan.yaml"))).toThrow();
  });

  it("is English without it, whatever --locale or the environment say", () => {
    const cwd = folder();
    const result = runCli(["init", "p", "--locale", "sv"], { cwd, env: { LANG: "nb_NO.UTF-8" } });
    expect(result.stderr).toMatch(/^wrote programs\/p\.yaml \(locale sv, country SE;/m);
    const bad = runCli(["init", "Ny som leder"], { cwd, env: { LANG: "nb_NO.UTF-8" } });
    expect(bad.stderr).toBe(
      `cohort: "Ny som leder" is not a program id: use lower-case letters, digits, "-" and "_", starting with a letter or digit; for example: cohort init ny-som-leder\n`,
    );
  });
});
