import type { ListWords } from "../list-words.js";

export const list: ListWords = {
  headers: {
    id: "tunnus",
    name: "nimi",
    locale: "kieli",
    seats: "paikat",
    deadline: "haku päättyy",
    first: "ensimmäinen jakso",
    last: "viimeinen jakso",
    status: "tila",
  },
  status: {
    upcoming: "tulossa",
    "open for applications": "haku käynnissä",
    closed: "haku päättynyt",
    running: "käynnissä",
    completed: "toteutunut",
    framework: "osaamiskehys",
    paused: "tauolla",
    "under-revision": "uudistettavana",
    ended: "lakkautettu",
    continuous: "jatkuva haku",
    undated: "ei päivämääriä",
  },
  seats: (n) => `${n} ${n === 1 ? "paikka" : "paikkaa"}`,
  statusOn: (d) => `Tilanne ${d}.`,
  intakeMark: "* merkitsee hakukierrosta, jota komennot käyttävät ilman --intake-valitsinta.",
  noPrograms: "Ei ohjelmia.",
};
