import { grouped, joinOr, type TerminalWords } from "../terminal-words.js";

const n = (count: number) => grouped(count, "\u00a0");

export const terminal: TerminalWords = {
  moreRows: (more, formats) =>
    `… og ${n(more)} ${more === 1 ? "søker" : "søkere"} til. Med --all vises alle her; --format ${formats} skriver ut alle.`,
  or: (items) => joinOr(items, "eller"),
  reading: (rows, percent) =>
    `Leser søkerlisten: ${n(rows)} ${rows === 1 ? "rad" : "rader"}${percent === undefined ? "" : ` (${percent} %)`}`,
};
