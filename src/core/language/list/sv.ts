import type { ListWords } from "../list-words.js";

export const list: ListWords = {
  headers: {
    id: "id",
    name: "namn",
    locale: "språk",
    seats: "platser",
    deadline: "sista ansökningsdag",
    first: "första träff",
    last: "sista träff",
    status: "status",
  },
  status: {
    upcoming: "kommande",
    "open for applications": "öppen för ansökan",
    closed: "ansökan stängd",
    running: "pågår",
    completed: "genomförd",
    framework: "ramverk",
    paused: "pausad",
    "under-revision": "under omarbetning",
    ended: "avslutad",
    continuous: "löpande antagning",
    undated: "utan datum",
  },
  seats: (n) => `${n} ${n === 1 ? "plats" : "platser"}`,
  statusOn: (d) => `Status den ${d}.`,
  intakeMark: "* markerar den antagningsomgång som kommandona använder utan --intake.",
  noPrograms: "Inga program.",
};
