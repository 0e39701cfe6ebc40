import type { TeamWords } from "../team-words.js";

export const teams: TeamWords = {
  column: "Johtoryhmä",
  choicesDiffer: (l) =>
    `eri toiveet kuin saman johtoryhmän rivillä ${l}; ryhmän kaikkien jäsenten on ilmoitettava samat toiveet`,
  alone: (t) => `johtoryhmä ”${t}” on vain tällä rivillä; hakija sijoitetaan yksin`,
  tooBigForClasses: (t, m, s) =>
    `johtoryhmässä ”${t}” on ${m} kelpoista jäsentä, mutta sen suurimmassa toivomassa ryhmässä on vain ${s} paikkaa; sitä ei voida hyväksyä`,
  tooBigForSeats: (t, m, s) =>
    `johtoryhmässä ”${t}” on ${m} kelpoista jäsentä, mutta paikkoja on yhteensä vain ${s}; sitä ei voida hyväksyä`,
  moreWarnings: (n) => `${n} muuta varoitusta johtoryhmistä`,
  memberIneligible: (t, m) =>
    `ei hyväksytty: johtoryhmä ${t} hyväksytään vain kokonaisena, ja ${m}`,
  waitsWhole: (t, m) => `johtoryhmässä ${t} on ${m} jäsentä, ja se hyväksytään vain kokonaisena`,
  moreMembers: (n) => `${n} muuta jäsentä ei voida hyväksyä`,
  memberFailed: (id, r) => `${id} ei ole kelpoinen (${r})`,
  memberInvalid: (id, l) => `hakijan ${id} rivi on virheellinen (rivi ${l})`,
};
