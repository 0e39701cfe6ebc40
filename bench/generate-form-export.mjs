#!/usr/bin/env node
import { once } from "node:events";
// A second, independent applicant list generator, written without looking at
// bench/generate-applicants.mjs and sharing no code with it, so that benchmark
// results hold for a list cohort's own generator did not shape. It imitates a
// web form tool's export for programs/topplederprogrammet.yaml:
//
// - 15 columns in the form's order, not the program's; four columns nothing
//   reads (e-mail, phone, employer, job title) and a long free-text answer
// - every field quoted, CRLF line endings, a UTF-8 byte-order mark
// - spellings as people type them: "Ja"/"nei"/"JA", "Vest", "Sør-Øst",
//   "Strategisk", dates as 2019-03-04 or 4.3.2019, times with a space,
//   scores with a decimal comma
// - free text with commas, semicolons, doubled quotes, blank lines inside the
//   quotes, dashes, emoji (characters outside the BMP) and long words
//
//   node bench/generate-form-export.mjs ROWS OUTPUT [--seed N]
//
// OUTPUT `-` writes to stdout. The same seed gives the same bytes.
import { createWriteStream } from "node:fs";

const args = process.argv.slice(2);
const seedAt = args.indexOf("--seed");
const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 7;
const [rowsText, output] = args;
const rows = Number(rowsText);
if (!Number.isInteger(rows) || rows < 0 || !output || !Number.isFinite(seed)) {
  console.error("usage: node bench/generate-form-export.mjs ROWS OUTPUT [--seed N]");
  process.exit(2);
}

// mulberry32
let state = seed >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (n) => Math.floor(rand() * n);
const one = (items) => items[int(items.length)];
const two = (n) => (n < 10 ? `0${n}` : String(n));

const HEADER = [
  "Innsendt",
  "Søker-ID",
  "E-post",
  "Navn",
  "Telefon",
  "Arbeidsgiver",
  "Stilling",
  "Region",
  "Sektor",
  "Ledernivå",
  "Leder siden",
  "Nominert",
  "Bekreftet av leder",
  "Poeng",
  "Hvorfor søker du?",
];

const GIVEN = [
  "Astrid",
  "Nils",
  "Guro",
  "Vegard",
  "Tuva",
  "Sindre",
  "Hege",
  "Rune",
  "Ylva",
  "Øivind",
  "Mette",
  "Jon Are",
  "Synnøve",
  "Abdi",
  "Leila",
  "Kåre",
  "Torild",
  "Eskil",
  "Maja",
  "Ådne",
];
const FAMILY = [
  "Brekke",
  "Solheim",
  "Aune",
  "Rønning",
  "Myklebust",
  "Grønvold",
  "Tveit",
  "Vik",
  "Hovland",
  "Sætre",
  "Mæhle",
  "Wold",
  "Farah",
  "Nguyen",
  "Kvåle",
  "Ø. Fossum",
];
const EMPLOYER = [
  "Helse Bergen HF",
  "Bodø kommune",
  "St. Olavs hospital",
  "Sykehuset Innlandet",
  "Tromsø kommune",
  "Oslo universitetssykehus HF",
  "Kristiansand kommune; helse og mestring",
  'Vestre Viken, "Drammen sykehus"',
  "Nordlandssykehuset",
];
const TITLE = [
  "Kommunalsjef",
  "Klinikksjef",
  "Avdelingsleder",
  "Helsesjef",
  "Seksjonsleder",
  "Kommunaldirektør helse, omsorg",
  "Fagdirektør",
  "Enhetsleder",
];
const REGION = ["Nord", "midt", "Vest", "sor-ost", "SOR-OST", "vest", " Midt "];
const SECTOR = ["Spesialist", "kommune", "Kommune", "spesialist"];
const LEVEL = ["Strategisk", "strategisk", "Operativ", "strategisk", "STRATEGISK"];
const YES = ["Ja", "ja", "JA", "x", "yes"];
const NO = ["Nei", "nei", "", "no"];
const WORDS = (
  "vi har store forventninger til samhandling mellom nivåene og jeg ønsker å lære mer " +
  "om ledelse av endring i en presset hverdag med lange ventelister, rekrutteringsutfordringer " +
  "og økonomiske rammer som stadig strammes inn — likevel ser jeg muligheter; teamet mitt er " +
  'motivert og "klar for neste steg" og jeg vil bidra til et mer bærekraftig helsevesen 🙂 ' +
  "kvalitetsforbedringsarbeid pasientforløp digitalisering tverrfaglighet medarbeiderskap"
).split(" ");

const answer = () => {
  const n = 5 + int(25);
  let text = "";
  for (let i = 0; i < n; i++) {
    const word = one(WORDS);
    const r = rand();
    text += i === 0 ? word[0].toUpperCase() + word.slice(1) : word;
    if (i === n - 1) text += ".";
    else if (r < 0.01) text += ".\r\n\r\n";
    else if (r < 0.06) text += ", ";
    else if (r < 0.08) text += "; ";
    else text += " ";
  }
  return text;
};

const quote = (text) => `"${text.replaceAll('"', '""')}"`;

const row = (i) => {
  const given = one(GIVEN);
  const family = one(FAMILY);
  const year = 1990 + int(37);
  const month = 1 + int(12);
  const day = 1 + int(28);
  const since = rand() < 0.5 ? `${year}-${two(month)}-${two(day)}` : `${day}.${month}.${year}`;
  const sent = `2027-${two(1 + int(3))}-${two(1 + int(28))} ${two(int(24))}:${two(int(60))}`;
  const tenths = 100 + int(900);
  const score =
    tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)},${tenths % 10}`;
  const yesNo = () => (rand() < 0.55 ? one(YES) : one(NO));
  return [
    sent,
    `NO-2027-${String(i + 1).padStart(7, "0")}`,
    `${given.toLowerCase().replace(/[^a-z]/g, "")}.${family.toLowerCase().replace(/[^a-z]/g, "")}@example.no`,
    `${family}, ${given}`,
    `+47 ${4 + int(5)}${String(int(1e7)).padStart(7, "0")}`,
    one(EMPLOYER),
    one(TITLE),
    one(REGION),
    one(SECTOR),
    one(LEVEL),
    since,
    yesNo(),
    yesNo(),
    score,
    answer(),
  ]
    .map(quote)
    .join(",");
};

const out = output === "-" ? process.stdout : createWriteStream(output);
let text = `\uFEFF${HEADER.map(quote).join(",")}\r\n`;
for (let i = 0; i < rows; i++) {
  text += `${row(i)}\r\n`;
  if (text.length > 1 << 20) {
    if (!out.write(text)) await once(out, "drain");
    text = "";
  }
}
if (out === process.stdout) out.write(text);
else {
  out.end(text);
  await once(out, "finish");
}
