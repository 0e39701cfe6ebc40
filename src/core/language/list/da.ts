import type { ListWords } from "../list-words.js";

export const list: ListWords = {
  headers: {
    id: "id",
    name: "navn",
    locale: "sprog",
    seats: "pladser",
    deadline: "ansøgningsfrist",
    first: "første samling",
    last: "sidste samling",
    status: "status",
  },
  status: {
    upcoming: "kommende",
    "open for applications": "åben for ansøgning",
    closed: "ansøgningsfristen er udløbet",
    running: "i gang",
    completed: "gennemført",
    framework: "kompetenceramme",
    paused: "sat på pause",
    "under-revision": "under omarbejdning",
    ended: "afsluttet",
    continuous: "løbende optag",
    undated: "uden datoer",
  },
  seats: (n) => `${n} ${n === 1 ? "plads" : "pladser"}`,
  statusOn: (d) => `Status pr. ${d}.`,
  intakeMark: "* markerer det optag, som kommandoerne bruger uden --intake.",
  noPrograms: "Ingen programmer.",
};
