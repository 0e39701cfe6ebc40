import type { TeamWords } from "../team-words.js";

export const teams: TeamWords = {
  column: "Ledergruppe",
  choicesDiffer: (l) =>
    `andre ønsker end samme ledergruppe på linje ${l}; alle i en gruppe skal have de samme ønsker`,
  alone: (t) => `ledergruppen »${t}« står kun på denne række; ansøgeren fordeles alene`,
  tooBigForClasses: (t, m, s) =>
    `ledergruppen »${t}« har ${m} kvalificerede medlemmer, flere end de ${s} pladser på det største hold, den har ønsket; den kan ikke optages`,
  tooBigForSeats: (t, m, s) =>
    `ledergruppen »${t}« har ${m} kvalificerede medlemmer, flere end de ${s} pladser i alt; den kan ikke optages`,
  moreWarnings: (n) => `${n} advarsler mere om ledergrupper`,
  memberIneligible: (t, m) => `ikke optaget: ledergruppen ${t} optages kun samlet, og ${m}`,
  waitsWhole: (t, m) => `ledergruppen ${t} har ${m} medlemmer og optages kun samlet`,
  moreMembers: (n) => `${n} medlemmer mere kan ikke optages`,
  memberFailed: (id, r) => `${id} er ikke kvalificeret (${r})`,
  memberInvalid: (id, l) => `rækken for ${id} er ugyldig (linje ${l})`,
};
