import type { TeamWords } from "../team-words.js";

export const teams: TeamWords = {
  column: "Leiargruppe",
  choicesDiffer: (l) =>
    `andre ønske enn same leiargruppe på linje ${l}; alle i ei gruppe må ha dei same ønska`,
  alone: (t) => `leiargruppa «${t}» står berre på denne rada; søkjaren vert fordelt åleine`,
  tooBigForClasses: (t, m, s) =>
    `leiargruppa «${t}» har ${m} kvalifiserte medlemer, fleire enn dei ${s} plassane i den største klassen ho har ønskt; ho kan ikkje takast opp`,
  tooBigForSeats: (t, m, s) =>
    `leiargruppa «${t}» har ${m} kvalifiserte medlemer, fleire enn dei ${s} plassane totalt; ho kan ikkje takast opp`,
  moreWarnings: (n) => `${n} åtvaringar til om leiargrupper`,
  memberIneligible: (t, m) =>
    `ikkje teken opp: leiargruppa ${t} vert berre teken opp samla, og ${m}`,
  waitsWhole: (t, m) => `leiargruppa ${t} har ${m} medlemer og vert berre teken opp samla`,
  moreMembers: (n) => `${n} medlemer til kan ikkje takast opp`,
  memberFailed: (id, r) => `${id} er ikkje kvalifisert (${r})`,
  memberInvalid: (id, l) => `rada til ${id} er ugyldig (linje ${l})`,
};
