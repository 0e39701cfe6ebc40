import type { ListWords } from "../list-words.js";

export const list: ListWords = {
  headers: {
    id: "id",
    name: "name",
    locale: "locale",
    seats: "seats",
    deadline: "deadline",
    first: "first",
    last: "last",
    status: "status",
  },
  status: {
    upcoming: "upcoming",
    "open for applications": "open for applications",
    closed: "closed",
    running: "running",
    completed: "completed",
    framework: "framework",
    paused: "paused",
    "under-revision": "under-revision",
    ended: "ended",
    continuous: "continuous",
    undated: "undated",
  },
  seats: (n) => `${n} ${n === 1 ? "seat" : "seats"}`,
  statusOn: (d) => `Status on ${d}.`,
  intakeMark: "* marks the intake commands use without --intake.",
  noPrograms: "No programs.",
};
