/**
 * cohort letters and a program's template folder, as users run it: the built
 * binary tells, in the run's language, which of the program's own templates
 * a run in another language passed over, and keeps its exit code; it
 * refuses a folder named like a language's by no code it reads; and the
 * names it shows have their control characters made visible.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES, languageOf } from "../../src/core/language/index.js";
import { listText, programText } from "../letters/workspace.js";
import { runCli } from "./run-cli.js";

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);
const inDir = (args: string[]) => runCli(args, { cwd: dir });
/** A program file name a terminal would obey: ESC [2J clears the screen. */
const STEM = "topp\u001b[2Jleder";
const SHOWN = "topp\u241b[2Jleder";
const FOLDER = `${STEM}.letters`;
const TEMPLATE = "Subject: Eget {{program.id}}\n\nHei {{name}}\n";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cohort-letters-folders-e2e-"));
  // Every applicant with an address: the run has no warnings of its own.
  writeFileSync(
    at("list.csv"),
    listText()
      .replace(/^(S0000002),,/m, "$1,s2@example.no,")
      .replace(",ikke en adresse,", ",s3@example.no,"),
  );
  writeFileSync(at(`${STEM}.yaml`), programText());
  const allocated = inDir([
    "allocate",
    `${STEM}.yaml`,
    "list.csv",
    "--audit",
    "audit.json",
    "-o",
    "r.json",
  ]);
  expect(allocated.code, allocated.stderr).toBe(1); // invalid rows in the list
  mkdirSync(at(FOLDER));
  writeFileSync(at(FOLDER, "admitted.txt"), TEMPLATE);
  writeFileSync(at(FOLDER, "declined.txt"), TEMPLATE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cohort letters and the program's template folder", () => {
  it.each(LOCALES.filter((l) => l !== "nb"))(
    "--lang %s names the templates it passed over, in its words, and exits 0",
    (locale) => {
      const result = inDir(["letters", "audit.json", "-o", `out-${locale}`, "--lang", locale]);
      expect(result.code, result.stderr).toBe(0);
      const [warning, summary, rest] = result.stderr.split("\n");
      const word = languageOf(locale).decision.summary.warning;
      expect(warning!.startsWith(`${word}: ${SHOWN}.letters: admitted.txt, declined.txt `)).toBe(
        true,
      );
      expect(warning).toContain("(nb)");
      expect(warning!.endsWith(join(`${SHOWN}.letters`, locale))).toBe(true);
      expect(result.stderr).not.toContain("\u001b");
      if (locale === "en")
        expect(warning).toContain("were not used: they are in the program's language (nb)");
      else expect(warning).not.toMatch(/\b(not used|shipped|templates|instead)\b/);
      expect(summary).toContain(`out-${locale}`);
      expect(rest).toBe("");
    },
  );

  it("--lang nb names them in Bokmål for a program in nn", () => {
    const nn = at("nn");
    mkdirSync(join(nn, FOLDER), { recursive: true });
    writeFileSync(join(nn, `${STEM}.yaml`), programText("nn"));
    writeFileSync(join(nn, FOLDER, "admitted.txt"), TEMPLATE);
    writeFileSync(join(nn, "list.csv"), listText());
    const inNn = (args: string[]) => runCli(args, { cwd: nn });
    expect(
      inNn(["allocate", `${STEM}.yaml`, "list.csv", "--audit", "a.json", "-o", "r.json"]).code,
    ).toBe(1);
    const result = inNn(["letters", "a.json", "-o", "out-nb", "--lang", "nb"]);
    expect(result.code, result.stderr).toBe(1); // this list's missing addresses
    expect(result.stderr.split("\n")[0]).toBe(
      `advarsel: ${SHOWN}.letters: admitted.txt er ikke brukt: den er skrevet på programmets språk (nn), og disse brevene er på et annet (nb), så standardmalen for nb er brukt i stedet; vil du bruke en egen mal, skriv den på det språket og legg den i ${join(`${SHOWN}.letters`, "nb")}`,
    );
  });

  it("without --lang uses them and says nothing of them", () => {
    const result = inDir(["letters", "audit.json", "-o", "out-own"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^skrev 160 brev til out-own /);
  });

  it("refuses a folder named like a language's by no code it reads, and writes nothing", () => {
    mkdirSync(at(FOLDER, "SV"));
    writeFileSync(at(FOLDER, "SV", "admitted.txt"), TEMPLATE);
    try {
      const sv = inDir(["letters", "audit.json", "-o", "refused", "--lang", "sv"]);
      expect(sv.code).toBe(2);
      expect(sv.stderr).toBe(
        `cohort: ${join(`${SHOWN}.letters`, "SV")} innehåller brevmallar, men namnet är inte en språkkod som cohort känner till (nb, nn, sv, da, fi, en), så mallarna där används aldrig; döp om mappen till sv\n`,
      );
      const en = inDir(["letters", "audit.json", "-o", "refused", "--lang", "en"]);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain("holds templates, but its name is not a language code");
      const nb = inDir(["letters", "audit.json", "-o", "refused"]);
      expect(nb.code).toBe(2);
      expect(nb.stderr).toContain("inneholder brevmaler, men navnet er ikke en språkkode");
      expect(existsSync(at("refused"))).toBe(false);
    } finally {
      rmSync(at(FOLDER, "SV"), { recursive: true });
    }
  });
});
