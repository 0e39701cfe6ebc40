/**
 * What init writes on stderr fits a terminal as check's and allocate's lines
 * do: at 40 and 80 columns (stderr a terminal of that width) every line is
 * within it by string-width (an independent measure) and by cohort's own,
 * wrapped at spaces with the words unchanged, the paths and the commands to
 * run whole; COLUMNS is the width when set. When stderr is not a terminal
 * the lines are the bytes scripts always read, whatever COLUMNS says.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCALES } from "../../src/core/language/index.js";
import { visibleWidth } from "../../src/format/fit-width.js";
import { run } from "./run.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cohort-init-width-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lines = (text: string) => text.replace(/\n$/, "").split("\n");
const words = (text: string) => text.replace(/\s+/g, "");
const ID = "lederutvikling-for-avdelingsledere-2028";

const init = (lang: string, options: Parameters<typeof run>[1] = {}) =>
  run(["init", ID, "--lang", lang], { cwd: dir, ...options });

const WHOLE = [
  `programs/${ID}.yaml`,
  "schema/program.schema.json",
  `cohort validate programs/${ID}.yaml`,
  "cohort schema -o schema/program.schema.json",
];

/** Every line within the width, but for a path or command longer than it, which stands whole on its own. */
const expectFits = (text: string, width: number) => {
  for (const line of lines(text)) {
    const long = WHOLE.filter((w) => w.length > width)
      .sort((a, b) => b.length - a.length)
      .find((w) => line.includes(w));
    const rest = long === undefined ? line : line.replace(long, "").trim();
    if (long !== undefined) expect(rest.length, line).toBeLessThanOrEqual(1);
    else {
      expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      expect(visibleWidth(line), line).toBeLessThanOrEqual(width);
    }
  }
};

describe("init's lines on stderr", () => {
  for (const lang of LOCALES)
    it(`${lang}: fit 40 and 80 columns, the same words, the paths and commands whole`, async () => {
      const wide = await init(lang);
      expect(wide.code, wide.stderr).toBe(0);
      for (const columns of [40, 80]) {
        rmSync(dir, { recursive: true, force: true });
        const fitted = await init(lang, { stderrTty: { columns } });
        expect(fitted.code).toBe(0);
        expectFits(fitted.stderr, columns);
        expect(words(fitted.stderr)).toBe(words(wide.stderr));
        for (const name of WHOLE) expect(fitted.stderr).toContain(name);
        // Each of the wide lines begins a line; the lines they go on with are two spaces in.
        const firsts = lines(fitted.stderr).filter((l) => !l.startsWith(" "));
        expect(firsts).toHaveLength(lines(wide.stderr).length);
        for (const line of lines(fitted.stderr).filter((l) => l.startsWith(" ")))
          expect(line).toMatch(/^ {2}\S/);
        expect(lines(fitted.stderr).length).toBeGreaterThan(lines(wide.stderr).length);
      }
    });

  it("takes COLUMNS as the width of a terminal, as check and allocate do", async () => {
    const fitted = await init("en", { stderrTty: { columns: 200 }, env: { COLUMNS: "40" } });
    expectFits(fitted.stderr, 40);
    rmSync(dir, { recursive: true, force: true });
    const at40 = await init("en", { stderrTty: { columns: 40 } });
    expect(fitted.stderr).toBe(at40.stderr);
  });

  it("are left as they are when stderr is not a terminal, whatever COLUMNS says", async () => {
    const wide = await init("nb");
    expect(lines(wide.stderr)).toHaveLength(3);
    rmSync(dir, { recursive: true, force: true });
    expect((await init("nb", { env: { COLUMNS: "40" } })).stderr).toBe(wide.stderr);
  });
});
