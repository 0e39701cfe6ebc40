import { grouped, joinOr, type TerminalWords } from "../terminal-words.js";

const n = (count: number) => grouped(count, "\u00a0");

export const terminal: TerminalWords = {
  moreRows: (more, formats) =>
    `… ja ${n(more)} ${more === 1 ? "hakija" : "hakijaa"} lisää. --all näyttää kaikki tässä; --format ${formats} kirjoittaa ne kaikki.`,
  or: (items) => joinOr(items, "tai"),
  reading: (rows, percent) =>
    `Luetaan hakijaluetteloa: ${n(rows)} ${rows === 1 ? "rivi" : "riviä"}${percent === undefined ? "" : ` (${percent} %)`}`,
};
