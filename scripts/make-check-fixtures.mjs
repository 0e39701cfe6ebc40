// Writes the binary check fixtures from one table, so their content is
// reviewable here: an Excel-style Windows-1252 CSV and an .xlsx workbook.
// Run it after changing the rows below: node scripts/make-check-fixtures.mjs
import { writeFileSync } from "node:fs";
import * as XLSX from "@e965/xlsx";
import { COLUMNS } from "../bench/topplederprogrammet-columns.mjs";

const header = COLUMNS;
// [id, name, sector, region, level, nominated, attested, leader since (y, m, d), score as written, submitted]
const people = [
  [
    "X-01",
    "Åse Ødegård",
    "kommune",
    "nord",
    "strategisk",
    true,
    false,
    [2015, 3, 1],
    "87,5",
    "2027-02-01 09:00",
  ],
  [
    "X-02",
    "Bjørn Sæther",
    "spesialist",
    "midt",
    "strategisk",
    false,
    true,
    [2019, 8, 15],
    "91,25",
    "2027-02-02 10:00",
  ],
  [
    "X-03",
    "Kåre Dæhli",
    "kommune",
    "vest",
    "operativ",
    true,
    true,
    [2010, 1, 1],
    "70",
    "2027-02-03 11:00",
  ],
  [
    "X-04",
    "Gro Ås",
    "spesialist",
    "sor-ost",
    "strategisk",
    true,
    false,
    [2026, 6, 1],
    "66,0",
    "2027-02-04 12:00",
  ],
];

const pad = (n) => String(n).padStart(2, "0");
const yesNo = (b) => (b ? "ja" : "nei");

// Excel in Norway saves "CSV (semikolonseparert)" as Windows-1252 with CRLF,
// no BOM, decimal commas and DD.MM.YYYY dates. The last row has a broken score.
const csvRows = [
  header,
  ...people.map(
    ([id, name, sector, region, level, nominated, attested, [y, m, d], score, submitted]) => {
      const [date, time] = submitted.split(" ");
      const [sy, sm, sd] = date.split("-");
      return [
        id,
        name,
        sector,
        region,
        level,
        yesNo(nominated),
        yesNo(attested),
        `${pad(d)}.${pad(m)}.${y}`,
        score,
        `${sd}.${sm}.${sy} ${time}`,
      ];
    },
  ),
  [
    "X-05",
    "Ærlig Øyen",
    "kommune",
    "nord",
    "strategisk",
    "ja",
    "nei",
    "01.03.2015",
    "8,5,0",
    "05.02.2027 13:00",
  ],
];
const csv = `${csvRows.map((r) => r.join(";")).join("\r\n")}\r\n`;
writeFileSync(
  new URL("../fixtures/check/topplederprogrammet-excel.csv", import.meta.url),
  Buffer.from(csv, "latin1"),
);

// The workbook holds typed cells: real dates, numbers, and booleans in one row.
const sheet = XLSX.utils.aoa_to_sheet(
  [
    header,
    ...people.map(
      ([id, name, sector, region, level, nominated, attested, [y, m, d], score, submitted], i) => [
        id,
        name,
        sector,
        region,
        level,
        i === 3 ? nominated : yesNo(nominated),
        i === 3 ? attested : yesNo(attested),
        new Date(Date.UTC(y, m - 1, d)),
        Number(score.replace(",", ".")),
        submitted,
      ],
    ),
  ],
  { cellDates: true },
);
const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(
  book,
  XLSX.utils.aoa_to_sheet([["Notater"], ["Søknader fra portalen"]]),
  "Notater",
);
XLSX.utils.book_append_sheet(book, sheet, "Søkere");
// Fixed file times keep the workbook byte-identical between runs.
book.Props = {
  CreatedDate: new Date(Date.UTC(2027, 0, 1)),
  ModifiedDate: new Date(Date.UTC(2027, 0, 1)),
};
writeFileSync(
  new URL("../fixtures/check/topplederprogrammet.xlsx", import.meta.url),
  XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }),
);
