#!/usr/bin/env node
import { once } from "node:events";
// Writes a realistic applicant list for programs/topplederprogrammet.yaml, row
// by row, so that a million rows (about 285 MB) never sit in memory.
//
//   node bench/generate-applicants.mjs ROWS OUTPUT [--seed N] [--delimiter ,|;|tab]
//        [--crlf] [--bom] [--invalid RATE]
//
// OUTPUT `-` writes to stdout. The same seed gives the same bytes. With `;` the
// scores use a decimal comma, as a Norwegian Excel writes them. `--invalid 0.01`
// spoils about one row in a hundred (an impossible date, a word for a number).
import { createWriteStream } from "node:fs";
import { COLUMNS, FREE_TEXT } from "./topplederprogrammet-columns.mjs";

const usage =
  "usage: node bench/generate-applicants.mjs ROWS OUTPUT [--seed N] [--delimiter ,|;|tab] [--crlf] [--bom] [--invalid RATE]";

const parseArgs = (argv) => {
  const options = { seed: 1, delimiter: ",", crlf: false, bom: false, invalid: 0 };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--seed") options.seed = Number(argv[++i]);
    else if (arg === "--delimiter") {
      const value = argv[++i];
      options.delimiter = value === "tab" || value === "\\t" ? "\t" : value;
    } else if (arg === "--crlf") options.crlf = true;
    else if (arg === "--bom") options.bom = true;
    else if (arg === "--invalid") options.invalid = Number(argv[++i]);
    else positional.push(arg);
  }
  const rows = Number(positional[0]);
  if (positional.length !== 2 || !Number.isInteger(rows) || rows < 0) throw new Error(usage);
  if (![",", ";", "\t"].includes(options.delimiter)) throw new Error(usage);
  if (!Number.isFinite(options.seed)) throw new Error(usage);
  return { rows, output: positional[1], ...options };
};

/** sfc32: small, fast and good enough for test data; deterministic per seed. */
const makeRandom = (seed) => {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
};

const FIRST = [
  "Kari",
  "Ola",
  "Ingrid",
  "Lars",
  "Åse",
  "Bjørn",
  "Sølvi",
  "Håkon",
  "Marit",
  "Øystein",
  "Ragnhild",
  "Tor Erik",
  "Anne-Lise",
  "Jørgen",
  "Siv",
  "Mohammed",
  "Fatima",
  "Ægir",
  "Liv",
  "Per Øyvind",
  "Hanne",
  "Kjersti",
  "Trond",
  "Aud",
  "Eirik",
  "Camilla",
  "Ståle",
  "Gøril",
];
const LAST = [
  "Hansen",
  "Johansen",
  "Olsen",
  "Larsen",
  "Ødegård",
  "Bråthen",
  "Sæther",
  "Haugen",
  "Nilsen",
  "Kristiansen",
  "Bakke",
  "Strøm",
  "Aasen",
  "Lie",
  "Dahl",
  "Sørensen",
  "Berg",
  "Moe",
  "Halvorsen",
  "Nygård",
  "Ali",
  "Khan",
  "Østby-Lund",
  "Fjærli",
  "Næss",
];
const SECTOR = ["spesialist", "kommune"];
const REGION = ["nord", "midt", "vest", "sor-ost", "sor-ost", "vest"];
const LEVEL = ["strategisk", "strategisk", "strategisk", "operativ"];
const YES_NO = ["ja", "nei"];
const SENTENCES = [
  "Jeg leder i dag en klinikk med 400 ansatte, og ønsker å styrke min strategiske kompetanse.",
  'Min leder har sagt at programmet er "det beste hun har gått på".',
  "Vi står foran en stor omstilling, og jeg trenger verktøy for å lede endring på tvers av nivåene.",
  "Som kommunalsjef for helse og omsorg samarbeider jeg tett med sykehuset; det vil jeg bli bedre på.",
  'Jeg vil lære mer om "ledelse på tvers", innovasjon og helseøkonomi.',
  "Samhandlingsreformen, fastlegeordningen og rekrutteringen av sykepleiere er våre største utfordringer.",
  "Jeg har vært leder i åtte år, først operativt, så strategisk.",
  'Vi kaller det "pasientens helsetjeneste", men hverdagen er ofte en annen.',
  "Programmet vil gi meg et nettverk av ledere fra hele landet, både fra kommuner og helseforetak.",
  "Jeg ønsker særlig å jobbe med kvalitet, pasientsikkerhet og kommunikasjon.",
  "Det er krevende å balansere budsjett, bemanning og faglig kvalitet — og jeg vil bli tryggere i det.",
  "Etter sammenslåingen av tre kommuner leder jeg en ny og større helse- og omsorgssektor.",
  "Jeg har ansvar for legevakt, sykehjem og hjemmetjenester, og ser hver dag hvor viktig god samhandling med spesialisthelsetjenesten er.",
  'Fagmiljøet kaller meg "brobyggeren"; jeg vil gjøre det til en strategi, ikke bare en egenskap.',
];

const pad = (n, width) => String(n).padStart(width, "0");

const makeRow = (random, index, options) => {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const delimiter = options.delimiter;
  const id = `S${pad(index + 1, 7)}`;
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const sinceYear = 1995 + Math.floor(random() * 32);
  const sinceMonth = 1 + Math.floor(random() * 12);
  const sinceDay = 1 + Math.floor(random() * 28);
  let since =
    random() < 0.3
      ? `${pad(sinceDay, 2)}.${pad(sinceMonth, 2)}.${sinceYear}`
      : `${sinceYear}-${pad(sinceMonth, 2)}-${pad(sinceDay, 2)}`;
  const scoreTenths = 200 + Math.floor(random() * 800);
  let score =
    scoreTenths % 10 === 0
      ? String(scoreTenths / 10)
      : `${Math.floor(scoreTenths / 10)}${delimiter === ";" ? "," : "."}${scoreTenths % 10}`;
  const submitted = `2027-${pad(1 + Math.floor(random() * 3), 2)}-${pad(1 + Math.floor(random() * 28), 2)}T${pad(Math.floor(random() * 24), 2)}:${pad(Math.floor(random() * 60), 2)}:${pad(Math.floor(random() * 60), 2)}`;
  const sentences = 1 + Math.floor(random() * 3) + (random() < 0.08 ? 1 : 0);
  let motivation = pick(SENTENCES);
  for (let i = 1; i < sentences; i++)
    motivation += (random() < 0.04 ? "\n" : " ") + pick(SENTENCES);
  if (options.invalid > 0 && random() < options.invalid) {
    if (random() < 0.5) since = "31.02.2020";
    else score = "mange";
  }
  return [
    id,
    name,
    pick(SECTOR),
    pick(REGION),
    pick(LEVEL),
    pick(YES_NO),
    pick(YES_NO),
    since,
    score,
    submitted,
    `"${motivation.replaceAll('"', '""')}"`,
  ].join(delimiter);
};

const HEADER = [...COLUMNS, FREE_TEXT];

const main = async () => {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  const newline = options.crlf ? "\r\n" : "\n";
  const out =
    options.output === "-"
      ? process.stdout
      : createWriteStream(options.output, { highWaterMark: 1 << 20 });
  const random = makeRandom(options.seed);
  let text = (options.bom ? "\uFEFF" : "") + HEADER.join(options.delimiter) + newline;
  for (let i = 0; i < options.rows; i++) {
    text += makeRow(random, i, options) + newline;
    if (text.length > 1 << 20) {
      if (!out.write(text)) await once(out, "drain");
      text = "";
    }
  }
  if (out === process.stdout) {
    out.write(text);
  } else {
    out.end(text);
    await once(out, "finish");
  }
};

await main();
