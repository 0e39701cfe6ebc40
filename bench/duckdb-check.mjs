// DuckDB's side of bench/peers.mjs: the eligibility rule of
// programs/topplederprogrammet.yaml as SQL over read_csv, the ids of the
// eligible applicants written to OUTPUT as CSV. Every column is read as text
// and typed the way cohort reads it (case and surrounding space ignored,
// dates YYYY-MM-DD or D.M.YYYY), so both do the same typing work.
//
//   node bench/duckdb-check.mjs LIST OUTPUT
import { DuckDBInstance } from "@duckdb/node-api";

const [list, output] = process.argv.slice(2);
if (!list || !output) {
  console.error("usage: node bench/duckdb-check.mjs LIST OUTPUT");
  process.exit(2);
}
const truthy = (column) =>
  `lower(trim(coalesce("${column}", ''))) IN ('ja', 'yes', 'true', '1', 'x', 'kyllä')`;
const sql = `
COPY (
  SELECT "Søker-ID" FROM read_csv($list, header = true, all_varchar = true, quote = '"', escape = '"')
  WHERE lower(trim("Ledernivå")) = 'strategisk'
    AND (${truthy("Nominert")} OR ${truthy("Bekreftet av leder")})
    AND coalesce(
      try_strptime(trim("Leder siden"), '%Y-%m-%d'),
      try_strptime(trim("Leder siden"), '%-d.%-m.%Y')
    ) <= DATE '2026-04-12'
) TO '${output.replaceAll("'", "''")}' (FORMAT csv, HEADER true)`;
const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
await connection.run(sql, { list });
