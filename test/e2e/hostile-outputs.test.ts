/**
 * Hostile outputs: where `-o` and `--audit` point, and what happens to the
 * files when a run is stopped, fails half-way or races another run. Nothing
 * may be lost, replaced or left behind (src/io/write-output.ts).
 *
 * Everything happens in a temp folder: FIFOs and symbolic links stand in for
 * devices, and `/dev/stdout` is only ever a spawned child's stdout, a pipe
 * this test reads.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  createReadStream,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BIN, ROOT } from "./run-cli.js";

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const cohort = (
  args: string[],
  options: {
    cwd: string;
    wrapper?: string[];
    /** Called once the child runs, to signal it or to watch its files. */
    started?: (child: ReturnType<typeof spawn>) => void;
    /** Keep stdin open (a test writes through /dev/stdin into it). */
    holdStdin?: boolean;
  },
): Promise<Result> =>
  new Promise((resolve, reject) => {
    const [command, ...prefix] = [...(options.wrapper ?? []), process.execPath];
    const child = spawn(command!, [...prefix, BIN, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TZ: "Europe/Oslo" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdout.setEncoding("utf8").on("data", (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding("utf8").on("data", (c: string) => {
      stderr += c;
    });
    child.stdin.on("error", () => {});
    if (!options.holdStdin) child.stdin.end();
    options.started?.(child);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (options.holdStdin) child.stdin.destroy();
      resolve({ code, signal, stdout, stderr });
    });
  });

let dir: string;
/** A fresh folder per test, inside the suite's temp folder. */
let work: string;
let round = 0;

const SCHEMA_START = '{\n  "$schema": "http://json-schema.org/draft-07/schema#"';
const listing = () => readdirSync(work).sort();
/** Hidden leftovers: temporary files and locks. */
const leftovers = () => readdirSync(work).filter((f) => /\.(tmp|old|cohort-lock)$/.test(f));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cohort-hostile-outputs-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  work = join(dir, `t${round++}`);
  spawnSync("mkdir", ["-p", join(work, "programs")]);
  writeFileSync(
    join(work, "programs", "topplederprogrammet.yaml"),
    readFileSync(join(ROOT, "programs", "topplederprogrammet.yaml")),
  );
  writeFileSync(
    join(work, "list.csv"),
    readFileSync(join(ROOT, "fixtures/allocate/topplederprogrammet.csv")),
  );
});

const mkfifo = (name: string): string => {
  const path = join(work, name);
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
  return path;
};

const readFifo = (path: string): Promise<string> =>
  new Promise((resolve) => {
    let text = "";
    createReadStream(path, "utf8")
      .on("data", (c) => {
        text += c;
      })
      .on("end", () => resolve(text));
  });

describe("-o through symbolic links: written through, never renamed over", () => {
  it("-o /dev/stdout (a link to the pipe that is stdout) writes into the pipe", async () => {
    const result = await cohort(["schema", "-o", "/dev/stdout"], { cwd: work });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(SCHEMA_START)).toBe(true);
    expect(lstatSync("/dev/stdout").isSymbolicLink()).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it("-o a link to /dev/stdin (a pipe) writes into the pipe; the link stays a link", async () => {
    symlinkSync("/dev/stdin", join(work, "to-stdin"));
    const result = await cohort(["schema", "-o", "to-stdin"], { cwd: work, holdStdin: true });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(lstatSync(join(work, "to-stdin")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(work, "to-stdin"))).toBe("/dev/stdin");
    expect(leftovers()).toEqual([]);
  });

  it("-o /dev/fd/N above 2 is refused (it may be one of Node's own pipes), exit 2", async () => {
    for (const path of ["/dev/fd/7", "/proc/self/fd/9"]) {
      const result = await cohort(["schema", "-o", path], { cwd: work });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `cohort: cannot write ${path}: of the open file descriptors, cohort writes only to 0, 1 and 2 (/dev/stdin, /dev/stdout, /dev/stderr); give a file name\n`,
      );
    }
  });

  it("-o a link to a FIFO writes into the FIFO; both stay as they were", async () => {
    const fifo = mkfifo("out.fifo");
    symlinkSync("out.fifo", join(work, "out.json"));
    const read = readFifo(fifo);
    const result = await cohort(["schema", "-o", "out.json"], { cwd: work });
    expect(result.code).toBe(0);
    expect((await read).startsWith(SCHEMA_START)).toBe(true);
    expect(lstatSync(join(work, "out.json")).isSymbolicLink()).toBe(true);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it("-o a link to a file replaces the file, not the link", async () => {
    writeFileSync(join(work, "real.json"), "old\n");
    symlinkSync("real.json", join(work, "link.json"));
    const result = await cohort(["schema", "-o", "link.json"], { cwd: work });
    expect(result.code).toBe(0);
    expect(readlinkSync(join(work, "link.json"))).toBe("real.json");
    expect(readFileSync(join(work, "real.json"), "utf8").startsWith(SCHEMA_START)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it("-o a link to a file not yet there creates the file; the link stays", async () => {
    symlinkSync("made.json", join(work, "link.json"));
    const result = await cohort(["schema", "-o", "link.json"], { cwd: work });
    expect(result.code).toBe(0);
    expect(lstatSync(join(work, "link.json")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(work, "made.json"), "utf8").startsWith(SCHEMA_START)).toBe(true);
  });
});

describe("-o keeps the mode of the file it replaces", () => {
  for (const mode of [0o600, 0o640, 0o444]) {
    it(`a ${mode.toString(8)} file stays ${mode.toString(8)}`, async () => {
      const target = join(work, "result.json");
      writeFileSync(target, "old\n");
      chmodSync(target, mode);
      const result = await cohort(
        ["allocate", "topplederprogrammet", "list.csv", "--format", "json", "-o", "result.json"],
        { cwd: work },
      );
      expect([0, 1]).toContain(result.code);
      expect(statSync(target).mode & 0o777).toBe(mode);
      expect(JSON.parse(readFileSync(target, "utf8")).program).toBe("topplederprogrammet");
    });
  }
});

describe("-o and --audit: one pair, committed together", () => {
  const allocate = ["allocate", "topplederprogrammet", "list.csv", "--format", "json"];

  it("-o X --audit X is refused before any work, exit 2, nothing written", async () => {
    writeFileSync(join(work, "same.json"), "old\n");
    symlinkSync("same.json", join(work, "alias.json"));
    for (const [output, audit] of [
      ["same.json", "same.json"],
      ["same.json", "./same.json"],
      ["alias.json", "same.json"],
      ["new.json", "new.json"],
    ]) {
      const files = listing();
      const result = await cohort([...allocate, "-o", output!, "--audit", audit!], { cwd: work });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `cohort: refusing to write the audit record to ${audit}: it is also where the output goes\n`,
      );
      expect(readFileSync(join(work, "same.json"), "utf8")).toBe("old\n");
      expect(listing()).toEqual(files);
    }
  });

  it("an audit record that cannot be written leaves -o as it was, and prints nothing", async () => {
    writeFileSync(join(work, "result.json"), "old result\n");
    // Another run holds the audit record: it cannot be written.
    writeFileSync(join(work, ".audit.json.cohort-lock"), `${process.pid}\n`);
    for (const output of ["result.json", "-"]) {
      const result = await cohort([...allocate, "-o", output, "--audit", "audit.json"], {
        cwd: work,
      });
      expect(result.code).toBe(2);
      // In the program's language, Norwegian Bokmål.
      expect(result.stderr).toMatch(
        /^cohort: kan ikke skrive audit\.json: en annen cohort-kjøring/,
      );
      expect(result.stdout).toBe("");
      expect(readFileSync(join(work, "result.json"), "utf8")).toBe("old result\n");
      expect(existsSync(join(work, "audit.json"))).toBe(false);
      expect(leftovers()).toEqual([".audit.json.cohort-lock"]);
    }
  });

  it("an audit record past the file size limit (a full disk alike) leaves -o as it was", async () => {
    writeFileSync(join(work, "result.csv"), "old result\n");
    // The CSV result is about 16 KiB, the audit record about 46 KiB: a limit
    // of 24 KiB lets the result through and stops the record half-way.
    const result = await cohort(
      ["allocate", "topplederprogrammet", "list.csv", "-o", "result.csv", "--audit", "audit.json"],
      { cwd: work, wrapper: ["sh", "-c", 'ulimit -f 24 && exec "$0" "$@"'] },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cohort: kan ikke skrive audit\.json: filen er for stor/);
    expect(readFileSync(join(work, "result.csv"), "utf8")).toBe("old result\n");
    expect(existsSync(join(work, "audit.json"))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it("two allocates racing for the same -o and --audit leave a consistent pair, or one refuses", async () => {
    for (let i = 0; i < 8; i++) {
      const run = (seed: string) =>
        cohort([...allocate, "--seed", seed, "-o", "result.json", "--audit", "audit.json"], {
          cwd: work,
        });
      const [a, b] = await Promise.all([run(`a${i}`), run(`b${i}`)]);
      for (const r of [a, b]) {
        if (r.code === 2)
          expect(r.stderr).toMatch(
            /^cohort: kan ikke skrive (result|audit)\.json: en annen cohort-kjøring/,
          );
        else expect([0, 1]).toContain(r.code);
      }
      expect([a.code, b.code].some((c) => c !== 2)).toBe(true);
      const result = JSON.parse(readFileSync(join(work, "result.json"), "utf8"));
      const audit = JSON.parse(readFileSync(join(work, "audit.json"), "utf8"));
      expect(audit.seed).toBe(result.seed);
      expect(leftovers()).toEqual([]);
    }
  }, 120_000);
});

describe("a signal during a write removes the temporary file", () => {
  /** About 30 MB of list, so the write takes long enough to be interrupted. */
  const bigList = () => {
    const rows = [
      "Søker-ID,Navn,Sektor,Region,Ledernivå,Nominert,Bekreftet av leder,Leder siden,Poeng,Innsendt",
    ];
    for (let i = 0; i < 400_000; i++)
      rows.push(
        `F-${i},Navn ${i},kommune,vest,strategisk,ja,nei,2015-03-01,${i % 100},2027-02-01T09:00`,
      );
    writeFileSync(join(work, "big.csv"), `${rows.join("\n")}\n`);
  };

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    it(`${signal}: no temporary file or lock left, the target as it was, death by ${signal}`, async () => {
      bigList();
      writeFileSync(join(work, "out.csv"), "old\n");
      let sawTemporary = false;
      const result = await cohort(
        ["check", "topplederprogrammet", "big.csv", "--format", "csv", "-o", "out.csv"],
        {
          cwd: work,
          started: (child) => {
            const poll = setInterval(() => {
              if (readdirSync(work).some((f) => f.endsWith(".tmp"))) {
                sawTemporary = true;
                clearInterval(poll);
                child.kill(signal);
              }
            }, 10);
            child.on("close", () => clearInterval(poll));
          },
        },
      );
      expect(sawTemporary).toBe(true);
      expect(result.signal).toBe(signal);
      expect(leftovers()).toEqual([]);
      expect(readFileSync(join(work, "out.csv"), "utf8")).toBe("old\n");
    }, 60_000);
  }
});
