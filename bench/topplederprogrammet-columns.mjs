// The column headers of an applicant list for programs/topplederprogrammet.yaml
// (its `applicants` section), shared by the list generator and the fixture
// scripts. The free-text column is not a declared field: readers skip it.
export const COLUMNS = [
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
];
export const FREE_TEXT = "Motivasjon";
