import type { TeamWords } from "../team-words.js";

export const teams: TeamWords = {
  column: "Ledergruppe",
  choicesDiffer: (l) =>
    `andre ønsker enn samme ledergruppe på linje ${l}; alle i en gruppe må ha de samme ønskene`,
  alone: (t) => `ledergruppen «${t}» står bare på denne raden; søkeren fordeles alene`,
  tooBigForClasses: (t, m, s) =>
    `ledergruppen «${t}» har ${m} kvalifiserte medlemmer, flere enn de ${s} plassene i den største klassen den har ønsket; den kan ikke tas opp`,
  tooBigForSeats: (t, m, s) =>
    `ledergruppen «${t}» har ${m} kvalifiserte medlemmer, flere enn de ${s} plassene totalt; den kan ikke tas opp`,
  moreWarnings: (n) => `${n} advarsler til om ledergrupper`,
  memberIneligible: (t, m) => `ikke tatt opp: ledergruppen ${t} tas bare opp samlet, og ${m}`,
  waitsWhole: (t, m) => `ledergruppen ${t} har ${m} medlemmer og tas bare opp samlet`,
  moreMembers: (n) => `${n} medlemmer til kan ikke tas opp`,
  memberFailed: (id, r) => `${id} er ikke kvalifisert (${r})`,
  memberInvalid: (id, l) => `raden til ${id} er ugyldig (linje ${l})`,
};
