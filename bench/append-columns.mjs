// Columns appended to the benchmark list (bench/generate-applicants.mjs's),
// shared by bench/classes.mjs, spreads.mjs and teams.mjs: each writes its
// variant of the list once, into bench/data/ beside it, and reuses it after,
// as long as it was made by the same scripts from the same list: a stamp
// beside it (`.made`) holds the fingerprint of what made it. A list kept
// from an older generator is made again, not measured: the first version of
// classes.mjs appended a cell to every line, inside quoted line breaks too,
// and the list it left in bench/data/ had 68,207 broken rows that later runs
// allocated (docs/performance.md, "allocate with classes").
//
// A quoted cell of the list may hold line breaks (the motivation does), so
// cells are appended only to the line that ends a record, and the generator
// is asked once per record: the same bytes on every run.
import { createHash } from "node:crypto";
import { once } from "node:events";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

/** The fingerprint of what makes a file: the sources of the scripts (URLs), the words, the inputs' size and age. */
export const fingerprint = ({ scripts = [], words = [], inputs = [] }) => {
  const hash = createHash("sha256");
  for (const url of scripts) hash.update(readFileSync(fileURLToPath(url))).update("\0");
  for (const word of words) hash.update(String(word)).update("\0");
  for (const file of inputs) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file} ${size} ${mtimeMs}\0`);
  }
  return hash.digest("hex");
};

const stampOf = (file) => `${file}.made`;

/** The stamp of `file` made with this fingerprint: the fingerprint and the file's own size and age. */
const stamp = (file, print) => {
  const { size, mtimeMs } = statSync(file);
  return `${print} ${size} ${mtimeMs}\n`;
};

/** Whether `file` is there, was made with this fingerprint, and has not changed since. */
export const madeWith = (file, print) =>
  existsSync(file) &&
  existsSync(stampOf(file)) &&
  readFileSync(stampOf(file), "utf8") === stamp(file, print);

/** Marks `file` as made with this fingerprint. */
export const markMade = (file, print) => writeFileSync(stampOf(file), stamp(file, print));

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
 * nothing when `out` was made so before by the same scripts (`maker`, the
 * caller's `import.meta.url`, and this one) from the same `list`. Returns
 * whether it wrote the file. Written beside and renamed when done, so a run
 * cut short leaves no half list to be measured after.
 */
export async function appendColumns(list, out, header, cells, maker) {
  const print = fingerprint({
    scripts: [import.meta.url, maker],
    words: [header],
    inputs: [list],
  });
  if (madeWith(out, print)) return false;
  console.error(`writing ${out} …`);
  const partial = `${out}.partial`;
  const stream = createWriteStream(partial);
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
  renameSync(partial, out);
  markMade(out, print);
  return true;
}
