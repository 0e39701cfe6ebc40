import { grouped, joinOr, type TerminalWords } from "../terminal-words.js";

const n = (count: number) => grouped(count, "\u00a0");

export const terminal: TerminalWords = {
  moreRows: (more, formats) =>
    `… och ${n(more)} sökande till. Med --all visas alla här; --format ${formats} skriver ut alla.`,
  or: (items) => joinOr(items, "eller"),
  reading: (rows, percent) =>
    `Läser ansökningslistan: ${n(rows)} ${rows === 1 ? "rad" : "rader"}${percent === undefined ? "" : ` (${percent} %)`}`,
};
