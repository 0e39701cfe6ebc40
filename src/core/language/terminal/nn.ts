import { grouped, joinOr, type TerminalWords } from "../terminal-words.js";

const n = (count: number) => grouped(count, "\u00a0");

export const terminal: TerminalWords = {
  moreRows: (more, formats) =>
    `… og ${n(more)} ${more === 1 ? "søkjar" : "søkjarar"} til. Med --all blir alle viste her; --format ${formats} skriv ut alle.`,
  or: (items) => joinOr(items, "eller"),
  reading: (rows, percent) =>
    `Les søkjarlista: ${n(rows)} ${rows === 1 ? "rad" : "rader"}${percent === undefined ? "" : ` (${percent} %)`}`,
};
