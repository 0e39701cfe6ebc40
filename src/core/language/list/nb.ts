import type { ListWords } from "../list-words.js";

export const list: ListWords = {
  headers: {
    id: "id",
    name: "navn",
    locale: "språk",
    seats: "plasser",
    deadline: "søknadsfrist",
    first: "første samling",
    last: "siste samling",
    status: "status",
  },
  status: {
    upcoming: "kommende",
    "open for applications": "åpen for søknader",
    closed: "søknadsfristen er ute",
    running: "pågår",
    completed: "gjennomført",
    framework: "rammeverk",
    paused: "satt på pause",
    "under-revision": "under omarbeiding",
    ended: "avsluttet",
    continuous: "løpende opptak",
    undated: "uten datoer",
  },
  seats: (n) => `${n} ${n === 1 ? "plass" : "plasser"}`,
  statusOn: (d) => `Status per ${d}.`,
  intakeMark: "* markerer opptaket kommandoene bruker uten --intake.",
  noPrograms: "Ingen programmer.",
};
