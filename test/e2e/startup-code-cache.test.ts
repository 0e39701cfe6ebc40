/**
 * `cohort validate` starts from one classic script with a V8 code cache made
 * by the build (bin/cohort.js, scripts/build.mjs, scripts/code-cache.mjs).
 * Whether the cache is used, refused by V8 (damaged), or does not fit (another
 * node, another build, absent: then the ES modules run), validate prints the
 * same bytes and exits with the same code, on every program and fixture and
 * in every format. Each way is run from a copy of the built package with its
 * cache changed; the path taken is read from COHORT_TRACE_STARTUP.
 */
import { spawnSync } from "node:child_process";
import {
  closeSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./run-cli.js";

const CACHE = "dist/validate.cache";
const SCRIPT = "dist/validate.cjs";

let work: string;

/** A copy of the built package (bin/, dist/, package.json) with its cache changed. */
const variant = (name: string, change: (cache: Buffer) => Buffer | undefined): string => {
  const root = join(work, name);
  mkdirSync(root);
  for (const part of ["bin", "dist", "package.json"])
    cpSync(join(ROOT, part), join(root, part), { recursive: true });
  const changed = change(readFileSync(join(ROOT, CACHE)));
  if (changed) writeFileSync(join(root, CACHE), changed);
  else unlinkSync(join(root, CACHE));
  return root;
};

const headerEnd = (cache: Buffer) => cache.indexOf(10) + 1;

const VARIANTS: Record<string, (cache: Buffer) => Buffer | undefined> = {
  absent: () => undefined,
  // One bit in the middle of V8's data: caught by its checksum.
  damaged: (cache) => {
    const copy = Buffer.from(cache);
    const at = headerEnd(cache) + Math.floor((cache.length - headerEnd(cache)) / 2);
    copy[at] = copy[at]! ^ 0x01;
    return copy;
  },
  truncated: (cache) => cache.subarray(0, headerEnd(cache) + 1000),
  "another node": (cache) => {
    const header = cache.toString("latin1", 0, headerEnd(cache) - 1).split(" ");
    return Buffer.concat([
      Buffer.from(`${header[0]} v0.0.1 ${header[2]}\n`),
      cache.subarray(headerEnd(cache)),
    ]);
  },
  "another build": (cache) => Buffer.concat([Buffer.from("0".repeat(32)), cache.subarray(32)]),
};

const roots: Record<string, string> = {};

/**
 * Whether dist/ was built by the node running the tests. The e2e suite also
 * runs on Node 22 and 24 over a dist/ built by Node 20 (scripts/cross-node.sh):
 * there the cache names another node, and every way runs the ES modules.
 */
const builtByThisNode = (): boolean => {
  const cache = readFileSync(join(ROOT, CACHE));
  return cache
    .toString("latin1", 0, headerEnd(cache) - 1)
    .endsWith(` ${process.version} ${process.arch}`);
};
const ANOTHER_NODE = /made for another build or node \(v\d+\.\d+\.\d+ .*\); ES modules$/;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "cohort-code-cache-"));
  roots.built = ROOT;
  for (const [name, change] of Object.entries(VARIANTS)) roots[name] = variant(name, change);
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
  written?: string;
}

const run = (
  root: string,
  args: string[],
  options: { env?: Record<string, string>; input?: string; output?: string } = {},
): Run => {
  const result = spawnSync(process.execPath, [join(root, "bin/cohort.js"), ...args], {
    cwd: ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TZ: "Europe/Oslo", ...options.env },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const out: Run = { stdout: result.stdout, stderr: result.stderr, code: result.status };
  if (options.output) {
    out.written = readFileSync(options.output, "utf8");
    unlinkSync(options.output);
  }
  return out;
};

const pathTaken = (root: string, args = ["validate", "programs/"]): string => {
  const result = run(root, args, { env: { COHORT_TRACE_STARTUP: "1" } });
  return result.stderr.split("\n").find((l) => l.startsWith("cohort: start-up:")) ?? "";
};

describe("validate's classic script and code cache", () => {
  it("the build made both, for this node, and a run uses the cache", () => {
    const script = readFileSync(join(ROOT, SCRIPT), "utf8");
    const id = /^\/\/ cohort validate ([0-9a-f]{32})\n/.exec(script)?.[1];
    expect(id).toBeDefined();
    const cache = readFileSync(join(ROOT, CACHE));
    expect(cache.toString("latin1", 0, headerEnd(cache) - 1)).toMatch(
      new RegExp(`^${id} v\\d+\\.\\d+\\.\\d+ ${process.arch}$`),
    );
    if (!builtByThisNode()) {
      expect(pathTaken(ROOT)).toMatch(ANOTHER_NODE);
      return;
    }
    expect(pathTaken(ROOT)).toBe("cohort: start-up: code cache used");
    expect(pathTaken(ROOT, ["--quiet", "--no-color", "validate", "programs/"])).toBe(
      "cohort: start-up: code cache used",
    );
  });

  it("a short run optimizes later still; a long one, or stdin from a pipe, does not", () => {
    if (!builtByThisNode() || process.versions.v8.split(".")[0] !== "11") return;
    const short = "cohort: start-up: a short run: optimizing 16 times later";
    const trace = (args: string[], input?: string) =>
      run(ROOT, args, { env: { COHORT_TRACE_STARTUP: "1" }, ...(input ? { input } : {}) }).stderr;
    expect(trace(["validate", "programs/"])).toContain(short);
    expect(trace(["validate"])).toContain(short);
    const big = join(work, "long-run");
    mkdirSync(big);
    const program = readFileSync(join(ROOT, "programs/ks-toppleder-kull.yaml"), "utf8");
    // Over 256 kB of program files in all: the copies' ids differ.
    for (let i = 0; i < 40; i++)
      writeFileSync(join(big, `p${i}.yaml`), program.replace(/^id: (.*)$/m, `id: $1-${i}`));
    const long = run(ROOT, ["validate", big], { env: { COHORT_TRACE_STARTUP: "1" } });
    expect(long.stderr).toContain("cohort: start-up: code cache used");
    expect(long.stderr).not.toContain(short);
    expect(long.code).toBe(0);
    expect(trace(["validate", "-"], program)).not.toContain(short);
  });

  it("each changed cache takes the way it should", () => {
    expect(pathTaken(roots.absent!)).toMatch(/no validate script or code cache; ES modules$/);
    if (builtByThisNode()) {
      expect(pathTaken(roots.damaged!)).toBe(
        "cohort: start-up: code cache rejected by V8; compiled",
      );
      expect(pathTaken(roots.truncated!)).toBe(
        "cohort: start-up: code cache rejected by V8; compiled",
      );
    } else {
      expect(pathTaken(roots.damaged!)).toMatch(ANOTHER_NODE);
      expect(pathTaken(roots.truncated!)).toMatch(ANOTHER_NODE);
    }
    expect(pathTaken(roots["another node"]!)).toMatch(
      /another build or node \(v0\.0\.1 .*\); ES modules$/,
    );
    expect(pathTaken(roots["another build"]!)).toMatch(/another build or node .*; ES modules$/);
  });

  it("other commands, and validate behind anything but the global flags, run the ES modules", () => {
    expect(pathTaken(ROOT, ["help", "validate"])).toBe("");
    expect(pathTaken(ROOT, ["list", "programs/"])).toBe("");
    expect(pathTaken(ROOT, ["--bogus", "validate"])).toBe("");
  });

  const CASES: { name: string; args: string[]; env?: Record<string, string>; input?: string }[] = [
    { name: "programs, pretty", args: ["validate", "programs/"] },
    { name: "every fixture, pretty", args: ["validate", "fixtures/", "programs/"] },
    {
      name: "every fixture, json",
      args: ["validate", "--format", "json", "fixtures/", "programs/"],
    },
    { name: "every fixture, compact", args: ["validate", "--format", "compact", "fixtures/"] },
    { name: "every fixture, junit", args: ["validate", "--format", "junit", "fixtures/"] },
    { name: "every fixture, sarif", args: ["validate", "--format", "sarif", "fixtures/"] },
    { name: "every fixture, gitlab", args: ["validate", "--format", "gitlab", "fixtures/"] },
    {
      name: "github, by its environment",
      args: ["validate", "fixtures/validate/"],
      env: { GITHUB_ACTIONS: "true" },
    },
    {
      name: "colour, forced",
      args: ["validate", "fixtures/validate/"],
      env: { NO_COLOR: "", FORCE_COLOR: "1" },
    },
    { name: "quiet, strict", args: ["-q", "validate", "--strict", "fixtures/validate/"] },
    { name: "max warnings", args: ["validate", "--max-warnings", "0", "programs/"] },
    {
      name: "stdin",
      args: ["validate", "-", "--stdin-filename", "p.yaml"],
      input: "id: x\nname: [unclosed\n",
    },
    { name: "a missing file (exit 2)", args: ["validate", "no/such.yaml"] },
    { name: "an unknown option (exit 2)", args: ["validate", "--bogus"] },
    { name: "help", args: ["validate", "--help"] },
  ];

  it.each(CASES)("$name: the same bytes every way", ({ args, env, input }) => {
    const expected = run(roots.absent!, args, { env, input });
    expect(expected.code).not.toBeNull();
    // "another node" and "another build" run the ES modules, as "absent" does.
    for (const way of ["built", "damaged"])
      expect(run(roots[way]!, args, { env, input }), way).toEqual(expected);
  });

  it("--debug: the same words, only the stack's file names differ", () => {
    const frames = (r: Run) => ({ ...r, stderr: r.stderr.replace(/^ {4}at .*\n/gm, "") });
    const args = ["--debug", "validate", "no/such.yaml"];
    const expected = frames(run(roots.absent!, args));
    expect(expected.stderr).toContain("no such file: no/such.yaml");
    expect(frames(run(ROOT, args))).toEqual(expected);
  });

  it("node's child_process, crypto, dgram and fs/promises load only when validate uses them", () => {
    // A preload that names, at exit, the built-in modules the run loaded.
    const preload = join(work, "loaded-modules.cjs");
    writeFileSync(
      preload,
      'process.on("exit", () => process.stderr.write("loaded: " + process.moduleLoadList.join(",") + "\\n"));\n',
    );
    const loaded = (args: string[], stdin?: number): string[] => {
      const result = spawnSync(
        process.execPath,
        ["--require", preload, join(ROOT, "bin/cohort.js"), ...args],
        {
          cwd: ROOT,
          encoding: "utf8",
          ...(stdin === undefined ? {} : { stdio: [stdin, "pipe", "pipe"] }),
          env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", COHORT_TRACE_STARTUP: "1" },
          timeout: 60_000,
        },
      );
      expect(result.stderr).toContain("cohort: start-up: code cache used");
      const line = result.stderr.split("\n").find((l) => l.startsWith("loaded: ")) ?? "";
      return line.slice("loaded: ".length).split(",");
    };
    if (!builtByThisNode()) return;
    const plain = loaded(["validate", "programs/"]);
    expect(plain).toContain("NativeModule fs");
    // Program files are read with node:fs's synchronous calls; fs/promises
    // (and the file streams, watchers and readline it loads) only for -o.
    for (const name of ["child_process", "crypto", "dgram", "fs/promises", "internal/fs/promises"])
      expect(plain).not.toContain(`NativeModule ${name}`);
    // stdin a file (`< /dev/null`, as CI runs commands): node's file streams
    // load only when a command reads stdin, not as its context is built.
    const empty = join(work, "empty-stdin");
    writeFileSync(empty, "");
    const fd = openSync(empty, "r");
    try {
      const fromFile = loaded(["validate", "programs/"], fd);
      for (const name of ["internal/fs/streams", "fs/promises", "internal/fs/promises"])
        expect(fromFile).not.toContain(`NativeModule ${name}`);
    } finally {
      closeSync(fd);
    }
    // The GitLab report hashes its findings: crypto loads when first used.
    expect(loaded(["validate", "--format", "gitlab", "fixtures/validate/"])).toContain(
      "NativeModule crypto",
    );
    const written = join(work, "loaded.sarif");
    expect(loaded(["validate", "fixtures/validate/", "-o", written])).toContain(
      "NativeModule fs/promises",
    );
  });

  it("-o: the same file every way", () => {
    const output = join(work, "out.sarif");
    const args = ["validate", "fixtures/validate/", "-o", output];
    const expected = run(roots.absent!, args, { output });
    expect(expected.written).toContain('"version": "2.1.0"');
    for (const way of ["built", "damaged"])
      expect(run(roots[way]!, args, { output }), way).toEqual(expected);
  });
});
