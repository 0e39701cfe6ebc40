import type { TeamWords } from "../team-words.js";

export const teams: TeamWords = {
  column: "Ledningsgrupp",
  choicesDiffer: (l) =>
    `andra val än samma ledningsgrupp på rad ${l}; alla i en grupp måste ange samma val`,
  alone: (t) => `ledningsgruppen ”${t}” finns bara på den här raden; den sökande fördelas ensam`,
  tooBigForClasses: (t, m, s) =>
    `ledningsgruppen ”${t}” har ${m} behöriga medlemmar, fler än de ${s} platserna i den största klass den har valt; den kan inte antas`,
  tooBigForSeats: (t, m, s) =>
    `ledningsgruppen ”${t}” har ${m} behöriga medlemmar, fler än de ${s} platserna totalt; den kan inte antas`,
  moreWarnings: (n) => `ytterligare ${n} varningar om ledningsgrupper`,
  memberIneligible: (t, m) => `inte antagen: ledningsgruppen ${t} antas bara samlad, och ${m}`,
  waitsWhole: (t, m) => `ledningsgruppen ${t} har ${m} medlemmar och antas bara samlad`,
  moreMembers: (n) => `ytterligare ${n} medlemmar kan inte antas`,
  memberFailed: (id, r) => `${id} är inte behörig (${r})`,
  memberInvalid: (id, l) => `raden för ${id} är ogiltig (rad ${l} i listan)`,
};
