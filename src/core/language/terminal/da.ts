import { grouped, joinOr, type TerminalWords } from "../terminal-words.js";

const n = (count: number) => grouped(count, ".");

export const terminal: TerminalWords = {
  moreRows: (more, formats) =>
    `… og ${n(more)} ${more === 1 ? "ansøger" : "ansøgere"} mere. Med --all vises alle her; --format ${formats} skriver dem alle ud.`,
  or: (items) => joinOr(items, "eller"),
  reading: (rows, percent) =>
    `Læser ansøgerlisten: ${n(rows)} ${rows === 1 ? "række" : "rækker"}${percent === undefined ? "" : ` (${percent} %)`}`,
};
