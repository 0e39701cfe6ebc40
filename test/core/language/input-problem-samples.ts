/**
 * One problem of every code (src/core/input-problems.ts), with params that
 * take every branch a word function has: the record's type asks for a sample
 * of each code, so a new code cannot go untested.
 */

import type { InputProblemCode, InputProblemOf } from "../../../src/core/input-problems.js";
import { TEMPLATE_FAULT_SAMPLES } from "./template-fault-samples.js";
import { XLSX_DAMAGE_SAMPLES } from "./xlsx-damage-samples.js";

type Samples = { [C in InputProblemCode]: InputProblemOf<C>[] };

const file = "søkere.csv";
const fault = { code: "ENOSPC", text: "ENOSPC: no space left on device" };

export const SAMPLES: Samples = {
  "file-missing": [{ code: "file-missing", file }],
  "file-is-folder": [{ code: "file-is-folder", file }],
  "file-no-permission": [{ code: "file-no-permission", file }],
  "file-path-not-folder": [{ code: "file-path-not-folder", file }],
  "file-link-loop": [{ code: "file-link-loop", file }],
  "file-unreadable": [{ code: "file-unreadable", file, fault }],
  "file-too-large": [
    { code: "file-too-large", file, size: 17_500_000, limit: 16 * 2 ** 20 },
    { code: "file-too-large", file, limit: 20_000_000 },
  ],
  "file-not-regular": [{ code: "file-not-regular", file }],
  "stdin-twice": [{ code: "stdin-twice" }],
  "text-utf16-invalid": [{ code: "text-utf16-invalid", file }],
  "text-nul": [{ code: "text-nul", file }],
  "text-not-utf8": [{ code: "text-not-utf8", file }],
  "list-format": [
    { code: "list-format", file, extension: ".ods" },
    { code: "list-format", file },
  ],
  "list-utf16": [
    { code: "list-utf16", file, bom: true },
    { code: "list-utf16", file, bom: false },
  ],
  "list-zip": [{ code: "list-zip", file }],
  "list-xls": [
    { code: "list-xls", file, asCsv: true },
    { code: "list-xls", file, asCsv: false },
  ],
  "list-nul": [
    { code: "list-nul", file },
    { code: "list-nul", file, line: 1234 },
  ],
  "list-binary": [{ code: "list-binary", file }],
  "list-not-utf8": [{ code: "list-not-utf8", file }],
  "list-empty": [
    { code: "list-empty", file },
    { code: "list-empty", file, sheet: "Ark1" },
  ],
  "csv-record-too-long": [
    { code: "csv-record-too-long", limit: 4 * 2 ** 20, quote: true },
    { code: "csv-record-too-long", limit: 4 * 2 ** 20, quote: false },
  ],
  "csv-unclosed-quote": [{ code: "csv-unclosed-quote" }],
  "columns-missing": [
    { code: "columns-missing", missing: ["Region"], found: ["Navn"] },
    { code: "columns-missing", missing: ["Region", "Sektor"], found: [] },
    {
      code: "columns-missing",
      missing: ["Region"],
      found: ["Navn"],
      sheet: "Ark1",
      others: { fitting: [], all: ["Ark2"] },
    },
    {
      code: "columns-missing",
      missing: ["Region", "Sektor"],
      found: ["Navn"],
      sheet: "Ark1",
      others: { fitting: ["Søkere"], all: ["Søkere"], option: "Søkere" },
    },
    {
      code: "columns-missing",
      missing: ["Region"],
      found: ["Navn"],
      sheet: "Ark1",
      others: { fitting: ["A", "B"], all: ["A", "B"], option: "A" },
    },
  ],
  "no-applicants-section": [{ code: "no-applicants-section", program: "p.yaml" }],
  "no-seats-section": [{ code: "no-seats-section", program: "p.yaml" }],
  "no-requirements": [{ code: "no-requirements", program: "p.yaml" }],
  "no-such-applicant": [{ code: "no-such-applicant", id: "A-1", list: file }],
  "xlsx-not-zip": [
    { code: "xlsx-not-zip", file, oldOrLocked: true },
    { code: "xlsx-not-zip", file, oldOrLocked: false },
  ],
  "xlsx-damaged": XLSX_DAMAGE_SAMPLES.map(([damage]) => ({ code: "xlsx-damaged", file, damage })),
  "xlsx-too-large": [{ code: "xlsx-too-large", file, size: 25_300_000, limit: 20_000_000 }],
  "xlsx-inflates": [{ code: "xlsx-inflates", file, limit: 256 * 2 ** 20 }],
  "xlsx-all-hidden": [{ code: "xlsx-all-hidden", file, sheets: ["A", "B"] }],
  "xlsx-no-such-sheet": [{ code: "xlsx-no-such-sheet", file, sheet: "X", sheets: ["A", "B"] }],
  "xlsx-no-sheets": [{ code: "xlsx-no-sheets", file }],
  "xlsx-row-beyond": [
    { code: "xlsx-row-beyond", file, sheet: "A", row: "2000000", max: 1_048_576 },
  ],
  "xlsx-cell-beyond": [
    { code: "xlsx-cell-beyond", file, sheet: "A", cell: "ZZZ9", max: 1_048_576 },
  ],
  "xlsx-too-many-rows": [{ code: "xlsx-too-many-rows", file, sheet: "A", max: 1_048_576 }],
  "xlsx-too-many-cells": [
    { code: "xlsx-too-many-cells", file, sheet: "A", max: 50_000_000, row: 12 },
    { code: "xlsx-too-many-cells", file, sheet: "A", max: 50_000_000, row: 12, cell: "XFD12" },
  ],
  "declined-utf16-invalid": [{ code: "declined-utf16-invalid", file }],
  "declined-utf16-no-bom": [{ code: "declined-utf16-no-bom", file }],
  "declined-nul": [{ code: "declined-nul" }],
  "declines-refused": [
    {
      code: "declines-refused",
      file: "nei.txt",
      shown: [
        { id: "A-1", line: 1, why: "waitlisted" },
        { id: "A-2", line: 2, why: "ineligible" },
        { id: "A-3", line: 3, why: "invalid" },
        { id: "A-4", line: 4, why: "absent" },
      ],
      more: [
        { why: "waitlisted", count: 2 },
        { why: "ineligible", count: 1 },
        { why: "invalid", count: 1 },
        { why: "absent", count: 3 },
      ],
    },
  ],
  "audit-not-text": [
    { code: "audit-not-text", file: "a.json", utf16: true },
    { code: "audit-not-text", file: "a.json", utf16: false },
  ],
  "audit-not-json": [{ code: "audit-not-json", file: "a.json" }],
  "audit-too-deep": [{ code: "audit-too-deep", file: "a.json", depth: 64 }],
  "audit-not-record": [{ code: "audit-not-record", file: "a.json" }],
  "audit-bad-outcome": [{ code: "audit-bad-outcome", file: "a.json", n: 3 }],
  "audit-bad-class": [{ code: "audit-bad-class", file: "a.json", id: "A-1" }],
  "audit-other-program": [
    {
      code: "audit-other-program",
      file: "a.json",
      recorded: "x",
      programFile: "p.yaml",
      program: "y",
    },
  ],
  "audit-edited": [{ code: "audit-edited", file: "a.json" }],
  "declines-edited": [
    { code: "declines-edited", file: "a.json", sections: ["outcomes"] },
    { code: "declines-edited", file: "a.json", sections: ["outcomes", "inputs"] },
  ],
  "declines-other-program": [
    { code: "declines-other-program", file: "a.json", recorded: "x", program: "y" },
  ],
  "declines-other-intake": [
    { code: "declines-other-intake", file: "a.json", recorded: "2027", intake: "2028" },
    { code: "declines-other-intake", file: "a.json" },
  ],
  "declines-admitted-missing": [
    { code: "declines-admitted-missing", from: "a.json", list: file, ids: ["A-1"], count: 1 },
    {
      code: "declines-admitted-missing",
      from: "a.json",
      list: file,
      ids: ["A-1", "A-2"],
      count: 12,
    },
  ],
  "too-many-kinds": [
    { code: "too-many-kinds", list: file, limit: 5000, classes: true },
    { code: "too-many-kinds", list: file, limit: 5000, classes: false },
  ],
  "audit-inputs-outside": [
    {
      code: "audit-inputs-outside",
      file: "a.json",
      inputs: [{ role: "applicants", recorded: "../l.csv" }],
      command: "cohort verify a.json --applicants ../l.csv",
    },
  ],
  "letters-unverified": [
    { code: "letters-unverified", file: "a.json", why: "refused" },
    { code: "letters-unverified", file: "a.json", why: "changed" },
    { code: "letters-unverified", file: "a.json", why: "differs" },
  ],
  "letters-record-changed": [{ code: "letters-record-changed", file: "a.json" }],
  "letters-input-changed": [{ code: "letters-input-changed", file: "a.json" }],
  "letters-applicant-missing": [{ code: "letters-applicant-missing", file: "a.json", id: "A-1" }],
  "templates-not-folder": [{ code: "templates-not-folder", folder: "brev" }],
  "templates-unreadable": [{ code: "templates-unreadable", folder: "brev", fault }],
  "template-stray": [
    { code: "template-stray", file: "brev/x.txt", names: ["admitted.txt", "waitlisted.txt"] },
  ],
  "templates-language-unknown": [
    {
      code: "templates-language-unknown",
      folder: "brev/SV",
      parent: "brev",
      codes: ["nb", "nn", "sv", "da", "fi", "en"],
      meant: "sv",
    },
    {
      code: "templates-language-unknown",
      folder: "brev/norsk",
      parent: "brev",
      codes: ["nb", "nn", "sv", "da", "fi", "en"],
    },
  ],
  "templates-own-language-folder": [
    { code: "templates-own-language-folder", folder: "brev/nb", parent: "brev" },
  ],
  "template-not-utf8": [{ code: "template-not-utf8", file: "brev/admitted.txt" }],
  "template-invalid": Object.values(TEMPLATE_FAULT_SAMPLES).flatMap((samples) =>
    samples.map(([fault]) => ({ code: "template-invalid" as const, fault })),
  ),
  "roster-no-intake": [{ code: "roster-no-intake", file: "a.json", program: "p.yaml" }],
  "roster-unknown-intake": [
    { code: "roster-unknown-intake", file: "a.json", program: "p.yaml", intake: "2029" },
  ],
  "roster-unplaced": [{ code: "roster-unplaced", file: "a.json", id: "A-1" }],
  "roster-unknown-class": [
    {
      code: "roster-unknown-class",
      file: "a.json",
      id: "A-1",
      class: "k9",
      intake: "2028",
      program: "p.yaml",
    },
  ],
  "roster-list-outside": [{ code: "roster-list-outside", file: "a.json", recorded: "../l.csv" }],
  "roster-no-id-column": [
    { code: "roster-no-id-column", list: file, column: "Søker-ID", program: "p.yaml" },
  ],
  "roster-other-list": [{ code: "roster-other-list", list: file, file: "a.json" }],
  "roster-participant-missing": [
    { code: "roster-participant-missing", file: "a.json", id: "A-1", list: file },
  ],
  "progress-columns-missing": [
    { code: "progress-columns-missing", missing: ["Oppmøte"] },
    { code: "progress-columns-missing", missing: ["Oppmøte", "Prosjekt"] },
  ],
  "progress-too-many": [{ code: "progress-too-many", file, max: 100_000 }],
  "program-invalid": [{ code: "program-invalid", file: "p.yaml" }],
  "program-not-found": [
    { code: "program-not-found", id: "toplederprogrammet", folder: "programs" },
    {
      code: "program-not-found",
      id: "toplederprogrammet",
      folder: "programs",
      suggestion: "topplederprogrammet",
    },
  ],
  "program-ref-folder": [{ code: "program-ref-folder", ref: "programs" }],
  "program-id-twice": [{ code: "program-id-twice", id: "x", first: "a.yaml", second: "b.yaml" }],
  "no-program-files": [{ code: "no-program-files", folder: "programs" }],
  "calendar-empty": [
    { code: "calendar-empty", program: "x" },
    { code: "calendar-empty", from: "2027-01-01" },
    { code: "calendar-empty", program: "x", to: "2027-06-30" },
  ],
  "init-file-exists": [
    { code: "init-file-exists", file: "p.yaml" },
    {
      code: "init-file-exists",
      file: "p.yaml",
      other: { kind: "file", command: "cohort init x -o p-2.yaml" },
    },
    { code: "init-file-exists", file: "p.yaml", other: { kind: "id", command: "cohort init x-2" } },
  ],
  "init-id-taken": [
    {
      code: "init-id-taken",
      file: "p.yaml",
      id: "x",
      other: { kind: "id", command: "cohort init x-2" },
    },
  ],
  "write-failed": [
    { code: "write-failed", file: "ut.csv", fault },
    { code: "write-failed", file: "ut.csv", fault: { text: "EWEIRD: strange" }, kept: true },
  ],
  "write-no-permission": [
    { code: "write-no-permission", file: "ut.csv" },
    { code: "write-no-permission", file: "ut.csv", folder: "ut" },
  ],
  "write-disk-full": [{ code: "write-disk-full", file: "ut.csv" }],
  "write-no-folder": [{ code: "write-no-folder", file: "ut/x.csv", folder: "ut" }],
  "write-path-not-folder": [{ code: "write-path-not-folder", file: "ut/x.csv", folder: "ut" }],
  "write-name-too-long": [{ code: "write-name-too-long", file: "ut.csv" }],
  "write-is-folder": [{ code: "write-is-folder", file: "ut" }],
  "write-link-loop": [{ code: "write-link-loop", file: "ut.csv" }],
  "write-locked": [
    { code: "write-locked", file: "ut.csv", lock: ".ut.csv.cohort-lock" },
    { code: "write-locked", file: "ut.csv", process: 4242, lock: ".ut.csv.cohort-lock" },
  ],
};

export const ALL_SAMPLES = Object.values(SAMPLES).flat();
