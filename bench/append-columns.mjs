// Columns appended to the benchmark list (bench/generate-applicants.mjs's),
// shared by bench/classes.mjs, spreads.mjs and teams.mjs: each writes its
// variant of the list once, into bench/data/ beside it, and reuses it after.
//
// A quoted cell of the list may hold line breaks (the motivation does), so
// cells are appended only to the line that ends a record, and the generator
// is asked once per record: the same bytes on every run.
import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";

/** A small deterministic generator (xorshift32): numbers in [0, 1), the same for the same seed. */
export const xorshift = (seed) => {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
};

/**
 * Writes `out`: every record of `list` with `header` appended to the header
 * row and `cells()` (called once per record, in order) to each record. Does
 * nothing when `out` exists. Returns whether it wrote the file.
 */
export async function appendColumns(list, out, header, cells) {
  if (existsSync(out)) return false;
  console.error(`writing ${out} …`);
  const stream = createWriteStream(out);
  let first = true;
  let quoted = false;
  for await (const line of createInterface({
    input: createReadStream(list),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) quoted = !quoted;
    let text = line;
    if (!quoted) {
      text = `${line},${first ? header : cells()}`;
      first = false;
    }
    if (!stream.write(`${text}\n`)) await once(stream, "drain");
  }
  stream.end();
  await once(stream, "finish");
  return true;
}
