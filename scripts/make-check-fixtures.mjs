// Writes the binary check fixtures from text, so their content is reviewable
// here: an Excel-style Windows-1252 CSV and an .xlsx workbook. Run it after
// changing the rows below: node scripts/make-check-fixtures.mjs
import { writeFileSync } from "node:fs";
import * as XLSX from "@e965/xlsx";

const rows = [
  [
    "Søker-ID",
    "Navn",
    "Sektor",
    "Region",
    "Ledernivå",
    "Nominert",
    "Bekreftet av leder",
    "Leder siden",
    "Poeng",
    "Innsendt",
  ],
  [
    "X-01",
    "Åse Ødegård",
    "kommune",
    "nord",
    "strategisk",
    "ja",
    "nei",
    "01.03.2015",
    "87,5",
    "01.02.2027 09:00",
  ],
  [
    "X-02",
    "Bjørn Sæther",
    "spesialist",
    "midt",
    "strategisk",
    "nei",
    "ja",
    "15.08.2019",
    "91,25",
    "02.02.2027 10:00",
  ],
  [
    "X-03",
    "Kåre Dæhli",
    "kommune",
    "vest",
    "operativ",
    "ja",
    "ja",
    "01.01.2010",
    "70",
    "03.02.2027 11:00",
  ],
  [
    "X-04",
    "Gro Ås",
    "spesialist",
    "sor-ost",
    "strategisk",
    "ja",
    "nei",
    "01.06.2026",
    "66,0",
    "04.02.2027 12:00",
  ],
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

// Excel in Norway saves "CSV (semikolonseparert)" as Windows-1252 with CRLF and no BOM.
const csv = `${rows.map((r) => r.join(";")).join("\r\n")}\r\n`;
writeFileSync(
  new URL("../fixtures/check/topplederprogrammet-excel.csv", import.meta.url),
  Buffer.from(csv, "latin1"),
);

const sheet = XLSX.utils.aoa_to_sheet(
  [
    rows[0],
    [
      "X-01",
      "Åse Ødegård",
      "kommune",
      "nord",
      "strategisk",
      "ja",
      "nei",
      new Date(Date.UTC(2015, 2, 1)),
      87.5,
      "2027-02-01 09:00",
    ],
    [
      "X-02",
      "Bjørn Sæther",
      "spesialist",
      "midt",
      "strategisk",
      "nei",
      "ja",
      new Date(Date.UTC(2019, 7, 15)),
      91.25,
      "2027-02-02 10:00",
    ],
    [
      "X-03",
      "Kåre Dæhli",
      "kommune",
      "vest",
      "operativ",
      "ja",
      "ja",
      new Date(Date.UTC(2010, 0, 1)),
      70,
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
      new Date(Date.UTC(2026, 5, 1)),
      66,
      "2027-02-04 12:00",
    ],
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
