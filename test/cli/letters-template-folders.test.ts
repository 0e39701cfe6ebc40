/**
 * cohort letters and what it finds in a program's template folder, in this
 * process: a run in another language (--lang) tells which of the program's
 * own templates it passed over, in the run's language, without changing the
 * exit code; a folder named like a language's templates but by no code
 * cohort reads (SV, nb-NO, norsk) stops the run, located and worded in the
 * run's language; ordinary folders are left alone.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES, type Locale, languageOf } from "../../src/core/language/index.js";
import { inputErrorText } from "../../src/format/input-error.js";
import { listText, programText } from "../letters/workspace.js";
import { attendedRoster } from "./attended-roster.js";
import { run } from "./run.js";

/** Two programs (nb and nn), each with a list whose every applicant has an address: no warnings of their own. */
let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);
const inDir = (argv: string[]) => run(argv, { cwd: dir });
const FOLDER = "topplederprogrammet.letters";
const TEMPLATE = "Subject: Eget {{program.id}}\n\nHei {{name}}\n";

const put = (path: string, text = TEMPLATE) => {
  mkdirSync(join(at(FOLDER), path, ".."), { recursive: true });
  writeFileSync(at(FOLDER, path), text);
};
const clear = () => {
  rmSync(at(FOLDER), { recursive: true, force: true });
  rmSync(at("nn", FOLDER), { recursive: true, force: true });
};
let out = 0;
const letters = (args: string[]) =>
  inDir(["letters", "audit.json", "-o", `out${++out}`, "--format", "md", ...args]);

/** The passed-over warning's line in each language: it starts with the language's word for warning. */
const warningWord = (locale: Locale) => languageOf(locale).decision.summary.warning;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cohort-letters-folders-"));
  const list = listText()
    .replace(/^(S0000002),,/m, "$1,s2@example.no,")
    .replace(",ikke en adresse,", ",s3@example.no,");
  writeFileSync(at("topplederprogrammet.yaml"), programText());
  writeFileSync(at("list.csv"), list);
  mkdirSync(at("nn"));
  writeFileSync(at("nn", "topplederprogrammet.yaml"), programText("nn"));
  writeFileSync(at("nn", "list.csv"), list);
  for (const cwd of [dir, at("nn")]) {
    const allocated = await run(
      ["allocate", "topplederprogrammet.yaml", "list.csv", "--audit", "audit.json", "-o", "r.json"],
      { cwd },
    );
    expect(allocated.code, allocated.stderr).toBe(1); // invalid rows in the list
  }
  // A roster filled in with every module attended: certificates for all.
  expect(
    (await inDir(["roster", "topplederprogrammet.yaml", "audit.json", "-o", "roster.csv"])).code,
  ).toBe(0);
  writeFileSync(at("filled.csv"), attendedRoster(readFileSync(at("roster.csv"))));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cohort letters --lang and the program's own templates", () => {
  it("writes without a word when the program has none", async () => {
    clear();
    const result = await letters(["--lang", "sv"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe(
      "skrev 160 brev till out1 (40 antagen, 44 reserv, 73 inte behörig, 3 ogiltig)\n",
    );
  });

  it("tells which it passed over and where that language's go, in its words; the exit code stays 0", async () => {
    clear();
    put("admitted.txt");
    put("waitlisted.txt");
    put("completed.txt"); // a completion letter's: not this run's
    const result = await letters(["--lang", "sv"]);
    expect(result.code, result.stderr).toBe(0);
    const [warning, summary, ...rest] = result.stderr.split("\n");
    expect(warning).toBe(
      `varning: ${FOLDER}: admitted.txt, waitlisted.txt användes inte: de är skrivna på programmets språk (nb) och de här breven är på ett annat (sv), så standardmallarna för sv användes i stället; vill du använda egna mallar, skriv dem på det språket och lägg dem i ${join(FOLDER, "sv")}`,
    );
    expect(summary).toMatch(/^skrev 160 brev till /);
    expect(rest).toEqual([""]);
    // The letters are the shipped Swedish ones, as the docs promise.
    expect(readFileSync(at(`out${out}`, "S0000017.md"), "utf8")).not.toContain("Eget");
  });

  it("names only those the language's own folder has none of", async () => {
    clear();
    put("admitted.txt");
    put("waitlisted.txt");
    put(join("sv", "admitted.txt"), "Subject: Erbjudande\n\nHej {{name}}\n");
    const result = await letters(["--lang", "sv"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      `varning: ${FOLDER}: waitlisted.txt användes inte: den är skriven på programmets språk (nb)`,
    );
    expect(result.stderr).not.toContain("admitted.txt");
    // With every one of them there, nothing is passed over.
    put(join("sv", "waitlisted.txt"), "Subject: Reserv\n\nHej {{name}}\n");
    const whole = await letters(["--lang", "sv"]);
    expect(whole.code).toBe(0);
    expect(whole.stderr).not.toContain("varning");
  });

  it("says nothing in the program's own language, with or without --lang naming it", async () => {
    clear();
    put("admitted.txt");
    for (const args of [[], ["--lang", "nb"]]) {
      const result = await letters(args);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).not.toContain("advarsel");
    }
  });

  it("is shown under --quiet, as the other warnings of letters are", async () => {
    clear();
    put("admitted.txt");
    const result = await letters(["--lang", "en", "-q"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `warning: ${FOLDER}: admitted.txt was not used: it is in the program's language (nb) and these letters are in another (en), so the shipped en template was used instead; to use one of your own, write it in that language and put it in ${join(FOLDER, "en")}\n`,
    );
  });

  it.each(LOCALES)("is worded in %s when the letters are", async (locale) => {
    clear();
    // An nn program for letters in nb, an nb program for the others.
    const cwd = locale === "nb" ? at("nn") : dir;
    const own = locale === "nb" ? "nn" : "nb";
    mkdirSync(join(cwd, FOLDER), { recursive: true });
    writeFileSync(join(cwd, FOLDER, "admitted.txt"), TEMPLATE);
    writeFileSync(join(cwd, FOLDER, "waitlisted.txt"), TEMPLATE);
    const result = await run(
      ["letters", "audit.json", "-o", `lang-${locale}`, "--format", "md", "--lang", locale],
      { cwd },
    );
    expect(result.code, result.stderr).toBe(0);
    const line = result.stderr.split("\n")[0]!;
    expect(
      line.startsWith(`${warningWord(locale)}: ${FOLDER}: admitted.txt, waitlisted.txt `),
    ).toBe(true);
    expect(line).toContain(`(${own})`);
    expect(line).toContain(`(${locale})`);
    expect(line.endsWith(join(FOLDER, locale))).toBe(true);
    const english = languageOf("en").letterNotes.passedOver(
      ["admitted.txt", "waitlisted.txt"],
      own,
      locale,
      join(FOLDER, locale),
    );
    if (locale === "en") expect(line).toBe(`warning: ${FOLDER}: ${english}`);
    else {
      expect(line).not.toContain(english);
      expect(line).not.toMatch(/\b(not used|shipped|templates|instead)\b/);
    }
  });

  it("tells completion letters' own, and only theirs", async () => {
    clear();
    put("admitted.txt");
    put("completed.txt");
    put("at-risk.txt");
    const result = await inDir([
      "letters",
      "topplederprogrammet.yaml",
      "--progress",
      "filled.csv",
      "--as-of",
      "2028-06-30",
      "-o",
      "cert-da",
      "--lang",
      "da",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.split("\n")[0]).toBe(
      `advarsel: ${FOLDER}: completed.txt, at-risk.txt blev ikke brugt: de er skrevet på programmets sprog (nb), og disse breve er på et andet (da), så standardskabelonerne for da blev brugt i stedet; vil du bruge dine egne skabeloner, så skriv dem på det sprog og læg dem i ${join(FOLDER, "da")}`,
    );
    expect(result.stderr).not.toContain("admitted.txt");
  });
});

describe("cohort letters and a folder named like a language's but by no code it reads", () => {
  const unknown: [name: string, meant: string | undefined][] = [
    ["SV", "sv"],
    ["nb-NO", "nb"],
    ["svenska", "sv"],
    ["norsk", undefined],
    ["sw", undefined],
    ["de", undefined],
  ];

  it.each(unknown)(
    "refuses %s holding templates, in every run, and writes nothing",
    async (name, meant) => {
      clear();
      put("admitted.txt");
      put(join(name, "admitted.txt"));
      for (const args of [[], ["--lang", "sv"], ["--lang", "en"]]) {
        const output = `refused-${name}-${args.length}`;
        const result = await inDir(["letters", "audit.json", "-o", output, ...args]);
        expect(result.code).toBe(2);
        expect(result.error?.problem).toEqual({
          code: "templates-language-unknown",
          folder: join(FOLDER, name),
          parent: FOLDER,
          codes: LOCALES,
          ...(meant ? { meant } : {}),
        });
        expect(existsSync(at(output))).toBe(false);
      }
      // In the run's language: the program's (nb), or --lang's.
      const error = (await inDir(["letters", "audit.json", "-o", "x"])).error!;
      expect(inputErrorText(error, "nb")).toBe(
        `${join(FOLDER, name)} inneholder brevmaler, men navnet er ikke en språkkode cohort kjenner (nb, nn, sv, da, fi, en), så malene der blir aldri brukt; ${meant ? `endre navnet på mappen til ${meant}` : `endre navnet på mappen til koden for språket malene er skrevet på, eller flytt den ut av ${FOLDER}`}`,
      );
    },
  );

  it("words it in every language, naming the folder and the codes", async () => {
    clear();
    put(join("SV", "waitlisted.txt"));
    const english = inputErrorText((await letters(["--lang", "en"])).error!, "en");
    expect(english).toBe(
      `${join(FOLDER, "SV")} holds templates, but its name is not a language code cohort knows (nb, nn, sv, da, fi, en), so they would never be used; rename the folder sv`,
    );
    for (const locale of LOCALES) {
      const result = await letters(["--lang", locale]);
      expect(result.error?.locale).toBe(locale);
      const text = inputErrorText(result.error!, locale);
      expect(text).toContain(join(FOLDER, "SV"));
      expect(text).toContain("nb, nn, sv, da, fi, en");
      if (locale !== "en") expect(text).not.toBe(english);
    }
  });

  it("refuses it for completion letters too", async () => {
    clear();
    put(join("nb-NO", "completed.txt"));
    const result = await inDir([
      "letters",
      "topplederprogrammet.yaml",
      "--progress",
      "filled.csv",
      "--as-of",
      "2028-06-30",
      "-o",
      "cert-refused",
    ]);
    expect(result.code).toBe(2);
    expect(result.error?.problem).toMatchObject({
      code: "templates-language-unknown",
      meant: "nb",
    });
  });

  it("refuses a folder named by the program's own language, whose templates are the folder's own", async () => {
    clear();
    put(join("nb", "admitted.txt"));
    for (const args of [[], ["--lang", "nb"], ["--lang", "sv"]]) {
      const result = await letters(args);
      expect(result.code).toBe(2);
      expect(result.error?.problem).toEqual({
        code: "templates-own-language-folder",
        folder: join(FOLDER, "nb"),
        parent: FOLDER,
      });
    }
    const english = inputErrorText((await letters(["--lang", "en"])).error!, "en");
    expect(english).toBe(
      `${join(FOLDER, "nb")} holds templates, but it is named after the program's own language, whose templates are read from ${FOLDER} itself, so they would never be used; move them up into ${FOLDER}`,
    );
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      const text = inputErrorText((await letters(["--lang", locale])).error!, locale);
      expect(text).toContain(join(FOLDER, "nb"));
      expect(text).not.toBe(english);
    }
    // The same folder is another language's for a program in nn.
    rmSync(at(FOLDER), { recursive: true });
    mkdirSync(at("nn", FOLDER, "nb"), { recursive: true });
    writeFileSync(at("nn", FOLDER, "nb", "admitted.txt"), TEMPLATE);
    const nn = await run(
      ["letters", "audit.json", "-o", "nn-nb", "--format", "md", "--lang", "nb"],
      {
        cwd: at("nn"),
      },
    );
    expect(nn.code, nn.stderr).toBe(0);
    expect(readFileSync(at("nn", "nn-nb", "S0000017.md"), "utf8")).toContain("Eget");
  });

  it("leaves ordinary folders alone, and one without a template in it", async () => {
    clear();
    for (const name of ["drafts", "old", "2026", "utkast", ".git"]) put(join(name, "admitted.txt"));
    mkdirSync(at(FOLDER, "SV")); // empty: it changes nothing
    put(join("images", "logo.png"), "png");
    put(join("NB", "notes.md"), "not a template");
    writeFileSync(at(FOLDER, "sw"), "a file, not a folder");
    put(join("sv", "admitted.txt"));
    const result = await letters(["--lang", "sv"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^skrev 160 brev till /);
    expect((await letters([])).code).toBe(0);
  });
});
