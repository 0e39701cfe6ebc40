import { grouped, joinOr, type TerminalWords } from "../terminal-words.js";

const n = (count: number) => grouped(count, ",");

export const terminal: TerminalWords = {
  moreRows: (more, formats) =>
    `… and ${n(more)} more ${more === 1 ? "applicant" : "applicants"}. --all shows them all here; --format ${formats} writes them all.`,
  or: (items) => joinOr(items, "or"),
  reading: (rows, percent) =>
    `Reading the applicant list: ${n(rows)} ${rows === 1 ? "row" : "rows"}${percent === undefined ? "" : ` (${percent}%)`}`,
};
