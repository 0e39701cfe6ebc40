/**
 * A folder with a shipped program that carries name, e-mail and employer, and
 * its fixture list with those columns added: S0000002 has no e-mail address,
 * S0000003 a cell that is not one. Made fresh in a temp folder per test file.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

export const ROOT_DIR = fileURLToPath(new URL("../..", import.meta.url));

const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

const ascii = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .toLowerCase()
    .replace(/ /g, ".");

/** The program file with `carry`, `email` and `name` under applicants; its locale changed when asked. */
export const programText = (locale?: string): string => {
  let text = readFileSync(join(ROOT_DIR, "programs/topplederprogrammet.yaml"), "utf8");
  text = text.replace(
    "applicants:\n  id: Søker-ID\n",
    "applicants:\n  id: Søker-ID\n  carry: [Navn, Arbeidsgiver]\n  email: E-post\n  name: Navn\n",
  );
  if (locale) text = text.replace("locale: nb", `locale: ${locale}`);
  return text;
};

export const listText = (): string => {
  const rows = parse(readFileSync(join(ROOT_DIR, "fixtures/allocate/topplederprogrammet.csv")), {
    relaxColumnCount: true,
  }) as string[][];
  return rows
    .map((r, i) => {
      const extra =
        i === 0
          ? ["E-post", "Arbeidsgiver"]
          : [
              i === 2 ? "" : i === 3 ? "ikke en adresse" : `${ascii(r[1]!)}@example.no`,
              `Kommune ${i}`,
            ];
      return [r[0]!, ...extra, ...r.slice(1)].map(cell).join(",");
    })
    .join("\n")
    .concat("\n");
};

export interface Workspace {
  dir: string;
  remove(): void;
}

export const workspace = (locale?: string): Workspace => {
  const dir = mkdtempSync(join(tmpdir(), "cohort-letters-"));
  writeFileSync(join(dir, "topplederprogrammet.yaml"), programText(locale));
  writeFileSync(join(dir, "list.csv"), listText());
  copyFileSync(join(ROOT_DIR, "schema/program.schema.json"), join(dir, "program.schema.json"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
};
