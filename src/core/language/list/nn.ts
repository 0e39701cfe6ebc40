import type { ListWords } from "../list-words.js";

export const list: ListWords = {
  headers: {
    id: "id",
    name: "namn",
    locale: "språk",
    seats: "plassar",
    deadline: "søknadsfrist",
    first: "første samling",
    last: "siste samling",
    status: "status",
  },
  status: {
    upcoming: "komande",
    "open for applications": "open for søknader",
    closed: "søknadsfristen er ute",
    running: "i gang",
    completed: "gjennomført",
    framework: "rammeverk",
    paused: "sett på pause",
    "under-revision": "under omarbeiding",
    ended: "avslutta",
    continuous: "løpande opptak",
    undated: "utan datoar",
  },
  seats: (n) => `${n} ${n === 1 ? "plass" : "plassar"}`,
  statusOn: (d) => `Status per ${d}.`,
  intakeMark: "* markerer opptaket kommandoane brukar utan --intake.",
  noPrograms: "Ingen program.",
};
