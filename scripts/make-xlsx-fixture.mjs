#!/usr/bin/env node
// Writes fixtures/applicants-io/sample.xlsx: a small applicant list for
// programs/topplederprogrammet.yaml as Excel keeps it, with date cells in two
// formats, a datetime, booleans, a formula, an error cell, an empty row, a
// short row, and a second sheet. test/io/applicants/xlsx.test.ts reads it.
//
//   node scripts/make-xlsx-fixture.mjs
//
// Dates are written as serial numbers with a date format, as Excel stores
// them, so that the file does not depend on the time zone it is made in.
import { writeFileSync } from "node:fs";
import * as XLSX from "@e965/xlsx";
import { COLUMNS } from "../bench/topplederprogrammet-columns.mjs";

const serial = (iso) => {
  const [date, time = "00:00"] = iso.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return (Date.UTC(y, m - 1, d, hh, mm) - Date.UTC(1899, 11, 30)) / 86_400_000;
};
const date = (iso, z = "dd.mm.yyyy") => ({ t: "n", v: serial(iso), z });
const datetime = (iso) => ({ t: "n", v: serial(iso), z: "yyyy-mm-dd hh:mm" });

const rows = [
  COLUMNS,
  [
    "S0000001",
    "Åse Ødegård",
    "spesialist",
    "nord",
    "strategisk",
    { t: "b", v: true },
    "nei",
    date("2020-01-15"),
    73.5,
    datetime("2027-03-01T09:30"),
  ],
  [],
  [
    "S0000002",
    "Ola Nordmann",
    "kommune",
    "vest",
    "operativ",
    "ja",
    { t: "b", v: false },
    "15.01.2019",
    { t: "n", v: 1 / 3, f: "1/3" },
    date("2027-02-28", "yyyy-mm-dd"),
  ],
  ["S0000003", "Kari Hansen"],
  [
    "S0000004",
    "Per Øyvind Lie",
    "kommune",
    "sor-ost",
    "strategisk",
    "ja",
    "ja",
    date("2010-06-01"),
    { t: "e", v: 0x2a },
    "2027-03-15T12:00:00",
  ],
];

const workbook = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), "Søkere");
XLSX.utils.book_append_sheet(
  workbook,
  XLSX.utils.aoa_to_sheet([["Merknad"], ["Fristen er 12. april"]]),
  "Notater",
);
workbook.Props = { Title: "Søkere til topplederprogrammet", CreatedDate: new Date(0) };
const bytes = XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true });
const target = new URL("../fixtures/applicants-io/sample.xlsx", import.meta.url);
writeFileSync(target, bytes);
console.log(`wrote ${target.pathname} (${bytes.length} bytes)`);
