// Completion letters (`cohort letters PROGRAM --progress RECORDS`) on a
// generated filled roster: the shipped ous-erfarne-ledere program with name
// and e-mail carried, N participants (default 1,000) whose attendance makes
// a mix of completed, at-risk and not-completed, judged mid-way and at the
// end; .eml letters, best of R runs (default 3). Prints a Markdown table.
//
//   node bench/completion-letters.mjs [participants] [repeats]
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const data = `${root}bench/data/completion`;
const n = Number(process.argv[2] ?? 1000);
const repeats = Number(process.argv[3] ?? 3);

rmSync(data, { recursive: true, force: true });
mkdirSync(data, { recursive: true });
const program = readFileSync(`${root}programs/ous-erfarne-ledere.yaml`, "utf8").replace(
  "applicants:\n  id: Ansattnummer\n",
  "applicants:\n  id: Ansattnummer\n  carry: [Navn]\n  email: E-post\n  name: Navn\n",
);
writeFileSync(`${data}/program.yaml`, program);

// A small deterministic generator: the same roster every run.
let seed = 7;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const lines = ["Ansattnummer,Navn,E-post,samling-1,samling-2,samling-3,samling-4,samling-5"];
for (let i = 1; i <= n; i++) {
  const days = [2, 2, 2, 2, 1].map((d) => (next() < 0.12 ? d - 1 : d));
  lines.push(
    `E${String(i).padStart(6, "0")},Deltaker ${i},deltaker.${i}@example.no,${days.join(",")}`,
  );
}
writeFileSync(`${data}/roster.csv`, `${lines.join("\n")}\n`);

const run = (asOf) => {
  let best = Number.POSITIVE_INFINITY;
  let rss = Number.NaN;
  for (let r = 0; r < repeats; r++) {
    rmSync(`${data}/out`, { recursive: true, force: true });
    const start = process.hrtime.bigint();
    const result = spawnSync(
      "/usr/bin/time",
      [
        "-f",
        "%M",
        process.execPath,
        "bin/cohort.js",
        "letters",
        `${data}/program.yaml`,
        "--progress",
        `${data}/roster.csv`,
        "--as-of",
        asOf,
        "--all",
        "-o",
        `${data}/out`,
        "-q",
      ],
      { cwd: root, encoding: "utf8" },
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`cohort letters exited ${result.status}: ${result.stderr}`);
    best = Math.min(best, seconds);
    rss = Number(result.stderr.trim().split("\n").pop()) / 1024;
  }
  const index = readFileSync(`${data}/out/index.csv`, "utf8").trim().split("\n").length - 1;
  return { best, rss, index };
};

const out = [
  `Node ${process.version}, ${n.toLocaleString("en")} participants, best of ${repeats}.`,
  "",
  "| run | letters | wall time | peak RSS |",
  "| --- | ---: | ---: | ---: |",
];
for (const asOf of ["2027-12-01", "2028-03-01"]) {
  const r = run(asOf);
  out.push(
    `| --as-of ${asOf} --all, eml | ${r.index.toLocaleString("en")} | ${r.best.toFixed(2)} s | ${r.rss.toFixed(0)} MB |`,
  );
}
rmSync(data, { recursive: true, force: true });
console.log(out.join("\n"));
