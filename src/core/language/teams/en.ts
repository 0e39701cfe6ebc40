import type { TeamWords } from "../team-words.js";

export const teams: TeamWords = {
  column: "Leader group",
  choicesDiffer: (l) =>
    `other choices than the same leader group on line ${l}; every member of a group must list the same choices`,
  alone: (t) =>
    `the leader group "${t}" is named on this row only; the applicant is allocated alone`,
  tooBigForClasses: (t, m, s) =>
    `the leader group "${t}" has ${m} eligible members, more than the ${s} seats of the largest class it chose; it cannot be admitted`,
  tooBigForSeats: (t, m, s) =>
    `the leader group "${t}" has ${m} eligible members, more than the ${s} seats in all; it cannot be admitted`,
  moreWarnings: (n) => `${n} more warnings about leader groups`,
  memberIneligible: (t, m) =>
    `not admitted: the leader group ${t} is admitted only as a whole, and ${m}`,
  waitsWhole: (t, m) => `the leader group ${t} has ${m} members and is admitted only as a whole`,
  moreMembers: (n) => `${n} more members cannot be admitted`,
  memberFailed: (id, r) => `${id} is not eligible (${r})`,
  memberInvalid: (id, l) => `the row of ${id} is invalid (line ${l})`,
};
