/**
 * The columns carried into check's and allocate's results (name, e-mail,
 * employer: what a letter or a mail merge needs), for every format that
 * holds them: CSV and xlsx get them as columns after the others, JSON and
 * NDJSON as one object per applicant. Nothing is added when nothing is
 * carried, so those outputs keep their bytes.
 */
import type { Locale } from "../core/language/index.js";
import { languageOf } from "../core/language/index.js";
import { terminalText } from "./terminal-text.js";

/** A row's carried cells, as many as there are columns (a row without gets empty cells). */
export const carriedCells = (
  cells: readonly string[] | undefined,
  columns: number,
): readonly string[] => {
  if (cells !== undefined && cells.length === columns) return cells;
  const out = new Array<string>(columns);
  for (let j = 0; j < columns; j++) out[j] = cells?.[j] ?? "";
  return out;
};

/**
 * `,"carried":{"Navn":"Kari","E-post":"kari@example.no"}`: the key and text
 * to add to an applicant's JSON object, in the columns' order; "" without
 * columns. The keys' JSON is made once.
 */
export const carriedJson = (
  headers: readonly string[] | undefined,
): ((cells: readonly string[] | undefined) => string) => {
  if (headers === undefined || headers.length === 0) return () => "";
  const keys = headers.map((h, j) => `${j === 0 ? "" : ","}${JSON.stringify(h)}:`);
  return (cells) => {
    let text = ',"carried":{';
    for (let j = 0; j < keys.length; j++) text += keys[j]! + JSON.stringify(cells?.[j] ?? "");
    return `${text}}`;
  };
};

/** An applicant's JSON object (text ending in `}`) with its carried cells added at the end. */
export const withCarried = (objectText: string, carried: string): string =>
  carried === "" ? objectText : `${objectText.slice(0, -1)}${carried}}`;

/**
 * One warning a line for each carried column the list lacks, located at the
 * list's header: the column is written empty.
 */
export const missingCarriedText = (
  locale: Locale,
  list: { display: string; headerLine: number },
  columns: readonly { column: string; index: number }[],
): string => {
  const words = languageOf(locale).decision.summary;
  return columns
    .filter((c) => c.index < 0)
    .map(
      (c) =>
        `${words.warning}: ${terminalText(`${list.display}:${list.headerLine}: ${words.missingCarried(c.column)}`)}\n`,
    )
    .join("");
};
