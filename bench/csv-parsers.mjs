#!/usr/bin/env node
// Compares CSV parsers for reading applicant lists: speed and peak memory on a
// large generated list, and correctness on the edge cases people's files have.
//
//   node bench/generate-applicants.mjs 1000000 bench/data/applicants-1m.csv --seed 1
//   node bench/csv-parsers.mjs [FILE] [--runs N] [--only NAME,...]
//
// Each run is a fresh child process that streams the file and counts records,
// fields and characters (the same work for every parser: text in, string
// fields out); the parent prints the best time and the peak RSS
// (process.resourceUsage().maxRSS) of each. Results are in docs/performance.md.
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BUILD = `${ROOT}bench/data/.build/csv-reader.mjs`;
const MB = 1024 * 1024;

/** Our reader, bundled from the TypeScript source. */
const loadScanner = async () => {
  if (!existsSync(BUILD) || process.env.REBUILD !== "0") {
    const { build } = await import("esbuild");
    mkdirSync(`${ROOT}bench/data/.build`, { recursive: true });
    await build({
      entryPoints: [`${ROOT}src/io/applicants/csv-reader.ts`],
      outfile: BUILD,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      logLevel: "warning",
    });
  }
  return import(BUILD);
};

/**
 * Bytes -> text in pieces of at most 64 KiB. Every parser but ours gets its
 * text this way: strings larger than V8's regular objects (about 128 KiB)
 * are costly to allocate, and without this the others lose up to a second on
 * decoding alone (see "read+decode only" at 1024 KiB against 64 KiB).
 */
async function* textPieces(chunks) {
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i += 65536) {
      yield decoder.decode(chunk.subarray(i, i + 65536), { stream: true });
    }
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

// Every parser gets an async iterable of byte chunks and returns a tally; with
// `collect` it also returns the records (header first), for the edge cases.
const PARSERS = {
  async scanner(chunks, collect) {
    const { readCsvRecords } = await loadScanner();
    const tally = newTally(collect);
    const csv = readCsvRecords(chunks, { display: "bench" });
    for await (const batch of csv.batches) for (const record of batch.records) tally.add(record);
    return tally;
  },
  async udsv(chunks, collect) {
    const { inferSchema, initParser } = await import("udsv");
    const tally = newTally(collect);
    let parser = null;
    let head = "";
    const onRow = (row) => {
      tally.add(row);
    };
    for await (let text of textPieces(chunks)) {
      if (parser === null) {
        // The schema is inferred from the first text: it must hold the header line.
        head += text;
        if (!head.includes("\n")) continue;
        text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
        const schema = inferSchema(text);
        tally.add(schema.cols.map((c) => c.name));
        parser = initParser(schema);
      }
      parser.chunk(text, parser.stringArrs, onRow);
    }
    parser?.end();
    return tally;
  },
  async papaparse(chunks, collect) {
    const Papa = (await import("papaparse")).default;
    const tally = newTally(collect);
    const { Readable } = await import("node:stream");
    // Strings, not Buffers: Papa decodes every Buffer on its own and would
    // break characters split between chunks.
    const stream = Readable.from(textPieces(chunks), { objectMode: false });
    await new Promise((resolve, reject) => {
      Papa.parse(stream, {
        skipEmptyLines: true,
        chunk: (results) => {
          // Papa reports a quote that is never closed here rather than throwing.
          const quotes = results.errors.find((e) => e.type === "Quotes");
          if (quotes) reject(new Error(quotes.message));
          for (const row of results.data) tally.add(row);
        },
        complete: resolve,
        error: reject,
      });
    });
    return tally;
  },
  async "csv-parse"(chunks, collect) {
    const { parse } = await import("csv-parse");
    const { Readable } = await import("node:stream");
    const tally = newTally(collect);
    const parser = Readable.from(textPieces(chunks), { objectMode: false }).pipe(
      parse({ bom: true, relax_column_count: true, skip_empty_lines: true, delimiter: [",", ";"] }),
    );
    for await (const record of parser) tally.add(record);
    return tally;
  },
  async "read+decode only"(chunks) {
    const tally = newTally(false);
    for await (const text of textPieces(chunks)) tally.chars += text.length;
    return tally;
  },
};

function newTally(collect) {
  return {
    records: 0,
    fields: 0,
    chars: 0,
    rows: collect ? [] : undefined,
    add(record) {
      this.records++;
      this.fields += record.length;
      for (let i = 0; i < record.length; i++) this.chars += record[i].length;
      this.rows?.push(record);
    },
  };
}

// Edge cases: bytes, fed in chunks of 3 bytes so that boundaries fall inside
// quotes, CRLFs and multi-byte characters, and the records every parser must return.
const EDGE_CASES = [
  {
    name: "CRLF rows, LF inside a quoted cell (Excel on Windows)",
    text: 'id,note\r\n1,"two\nlines"\r\n2,x\r\n',
    records: [
      ["id", "note"],
      ["1", "two\nlines"],
      ["2", "x"],
    ],
  },
  {
    name: "doubled quotes and delimiters inside quotes",
    text: 'id,note\n1,"he said ""hi, there"""\n',
    records: [
      ["id", "note"],
      ["1", 'he said "hi, there"'],
    ],
  },
  {
    name: "semicolon detected, decimal comma",
    text: "id;score\n1;7,5\n",
    records: [
      ["id", "score"],
      ["1", "7,5"],
    ],
  },
  {
    name: "BOM and UTF-8 split across chunks",
    text: "\uFEFFid,navn\n1,Åse Ødegård — leder\n",
    records: [
      ["id", "navn"],
      ["1", "Åse Ødegård — leder"],
    ],
  },
  {
    name: "ragged rows kept as they are, empty lines skipped",
    text: "a,b,c\n1,2\n\n1,2,3,4\n\n",
    records: [
      ["a", "b", "c"],
      ["1", "2"],
      ["1", "2", "3", "4"],
    ],
  },
  {
    name: "a quote never closed is an error",
    text: 'a,b\n1,"open\n2,3\n',
    records: "error",
  },
  {
    name: "no newline at the end, empty fields",
    text: 'id,a,b\n1,"",\n2,x,y',
    records: [
      ["id", "a", "b"],
      ["1", "", ""],
      ["2", "x", "y"],
    ],
  },
];

async function* chunked(bytes, size) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const checkEdgeCases = async (name) => {
  const failures = [];
  for (const edge of EDGE_CASES) {
    try {
      const tally = await PARSERS[name](chunked(Buffer.from(edge.text), 3), true);
      if (JSON.stringify(tally.rows) !== JSON.stringify(edge.records)) {
        failures.push(`${edge.name}: got ${JSON.stringify(tally.rows)}`);
      }
    } catch (error) {
      if (edge.records !== "error") failures.push(`${edge.name}: ${error.message}`);
    }
  }
  return failures;
};

const child = async (name, file, kib) => {
  const start = performance.now();
  const stream = createReadStream(file, { highWaterMark: Number(kib) * 1024 });
  const tally = await PARSERS[name](stream, false);
  const seconds = (performance.now() - start) / 1000;
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  const { records, fields, chars } = tally;
  process.stdout.write(JSON.stringify({ seconds, maxRssMB, records, fields, chars }));
};

const main = async () => {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(args[1], args[2], args[3]);
  if (args[0] === "--edge") {
    const failures = await checkEdgeCases(args[1]);
    process.stdout.write(JSON.stringify(failures));
    return;
  }
  let file = `${ROOT}bench/data/applicants-1m.csv`;
  let runs = 3;
  let only = Object.keys(PARSERS);
  let sizes = [64, 256, 1024];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--runs") runs = Number(args[++i]);
    else if (args[i] === "--only") only = args[++i].split(",");
    else if (args[i] === "--chunks") sizes = args[++i].split(",").map(Number);
    else file = args[i];
  }
  if (!existsSync(file)) {
    console.error(
      `${file} is missing; make it with: node bench/generate-applicants.mjs 1000000 ${file} --seed 1`,
    );
    process.exit(2);
  }
  await loadScanner();
  const run = (extra) =>
    spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...extra], {
      encoding: "utf8",
      env: { ...process.env, REBUILD: "0" },
      maxBuffer: 64 * MB,
    });
  console.log(`file: ${file}`);
  console.log(`best of ${runs} runs per read size; peak RSS is the highest of those runs`);
  console.log(
    "parser             KiB  best s  peak RSS MB   records     fields       chars  edge cases",
  );
  for (const name of only) {
    const decodeOnly = name === "read+decode only";
    const edge = decodeOnly ? [] : JSON.parse(run(["--edge", name]).stdout || '["crashed"]');
    const verdict = decodeOnly ? "-" : edge.length === 0 ? "all pass" : `${edge.length} fail`;
    for (const kib of sizes) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        const result = run(["--child", name, file, String(kib)]);
        if (result.status !== 0) {
          console.log(`${name}: failed\n${result.stderr}`);
          break;
        }
        results.push(JSON.parse(result.stdout));
      }
      if (results.length === 0) continue;
      const best = results.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      const rss = Math.max(...results.map((r) => r.maxRssMB));
      const cells = [
        name.padEnd(18),
        String(kib).padStart(4),
        best.seconds.toFixed(2).padStart(7),
        rss.toFixed(0).padStart(12),
        String(best.records).padStart(9),
        String(best.fields).padStart(10),
        String(best.chars).padStart(11),
      ];
      console.log(`${cells.join(" ")}  ${verdict}`);
    }
    for (const failure of edge) console.log(`    ${failure}`);
  }
};

await main();
