// Writes fixtures/check/topplederprogrammet-excel-export.csv: a list as Excel
// in Norwegian saves it as "CSV (semikolonseparert)" after a coordinator has
// worked in it: Windows-1252, CRLF, no BOM, booleans as Excel's own words
// (SANN/USANN), empty rows between and under the list (`;;;;;;;;;`, which Excel
// writes for cleared or formatted rows) and a row with empty cells past the
// header. test/e2e/excel-export.test.ts holds the verdict of every row.
// Run it after changing the rows below: node scripts/make-excel-export-fixture.mjs
import { writeFileSync } from "node:fs";
import { COLUMNS } from "../bench/topplederprogrammet-columns.mjs";

const empty = Array(COLUMNS.length).fill("");
const rows = [
  COLUMNS,
  [
    "E-01",
    "Åse Ødegård",
    "kommune",
    "nord",
    "strategisk",
    "SANN",
    "USANN",
    "01.03.2015",
    "87,5",
    "01.02.2027 09:00",
  ],
  [
    "E-02",
    "Bjørn Sæther",
    "spesialist",
    "midt",
    "strategisk",
    "USANN",
    "SANN",
    "15.08.2019",
    "91,25",
    "02.02.2027 10:00",
  ],
  empty,
  [
    "E-03",
    "Kåre Dæhli",
    "kommune",
    "vest",
    "operativ",
    "SANN",
    "SANN",
    "01.01.2010",
    "70",
    "03.02.2027 11:00",
  ],
  [
    "E-04",
    "Gro Ås",
    "spesialist",
    "sor-ost",
    "strategisk",
    "USANN",
    "USANN",
    "01.06.2016",
    "66,0",
    "04.02.2027 12:00",
  ],
  [
    "E-05",
    "Liv Øren",
    "kommune",
    "nord",
    "strategisk",
    "sann",
    "usann",
    "01.02.2018",
    "80",
    "05.02.2027 08:30",
    "",
    "",
  ],
  [
    "E-06",
    "Per Ås",
    "kommune",
    "midt",
    "strategisk",
    "KANSKJE",
    "USANN",
    "01.02.2018",
    "80",
    "05.02.2027 08:45",
  ],
  [
    "007",
    "Tor Berg",
    "spesialist",
    "vest",
    "strategisk",
    "SANN",
    "USANN",
    "01.02.2018",
    "75",
    "06.02.2027 14:00",
  ],
  empty,
  empty,
  empty,
];
const csv = `${rows.map((r) => r.join(";")).join("\r\n")}\r\n`;
writeFileSync(
  new URL("../fixtures/check/topplederprogrammet-excel-export.csv", import.meta.url),
  Buffer.from(csv, "latin1"),
);
