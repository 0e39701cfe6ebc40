import type { LetterNoteWords } from "../letter-note-words.js";

export const letterNotes: LetterNoteWords = {
  column: (c) => `, column ${c}`,
  columnMissing: (input, c) =>
    `the ${input} has no column "${c}" (named in applicants of the program); its placeholder stays empty`,
  noEmailColumn:
    "the program names no e-mail column (applicants.email), so no letter has a recipient",
  noAddress: (id) => `${id} has no e-mail address; the letter has no recipient`,
  badAddress: (id, cell) =>
    `${id}: "${cell}" is not one e-mail address; the letter has no recipient`,
  noNameColumn:
    "the program names no name column (applicants.name), so the certificates name the participants by id",
  noName: (id) => `${id} has no name; the certificate names them by id`,
  written: (n, folder, counts, without) =>
    `wrote ${n} letter${n === 1 ? "" : "s"} to ${folder}${counts ? ` (${counts})` : ""}${without > 0 ? `; ${without} without a recipient` : ""}`,
  count: (n, what) => `${n} ${what}`,
  noLetter: (who) => `no letter for ${who}`,
  onTrack: (n, status) => `${n} ${status} (--all writes theirs)`,
  unreadable: (n) => `${n} whose row could not be read (see above)`,
  byHand: (ids) =>
    `checked by hand, not by cohort: ${ids}; confirm before sending the certificates`,
  passedOver: (names, own, run, folder) =>
    names.length === 1
      ? `${names[0]} was not used: it is in the program's language (${own}) and these letters are in another (${run}), so the shipped ${run} template was used instead; to use one of your own, write it in that language and put it in ${folder}`
      : `${names.join(", ")} were not used: they are in the program's language (${own}) and these letters are in another (${run}), so the shipped ${run} templates were used instead; to use your own, write them in that language and put them in ${folder}`,
};
