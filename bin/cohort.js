#!/usr/bin/env node
"use strict";
// A CommonJS script (bin/package.json): node runs it without starting its ES
// module loader, which validate's classic script does not need.
const { createRequire, enableCompileCache } = require("node:module");
const { join } = require("node:path");

// `cohort validate` runs as one classic script with a V8 code cache made by
// the build (dist/validate.cjs and dist/validate.cache, scripts/build.mjs):
// a cold start spends most of its time compiling and running code for the
// first time, and V8 caches compiled code for classic scripts only. Every
// other command, and validate when the cache does not fit this node, runs the
// ES modules in dist/. Both are built from the same sources and print the
// same bytes (test/e2e/startup-code-cache.test.ts). docs/performance.md, "Start-up".

/** The global options, which take no value: what may stand before the command's name. */
const GLOBAL_FLAGS = new Set(["--no-color", "-q", "--quiet", "--debug"]);
/**
 * V8's flags that put off optimizing a function, by V8's major version (the
 * flags differ): 4 times the work before TurboFan (and Maglev, where it is on)
 * takes a function. Node 20 has V8 11, 22 has 12, 24 has 13.
 */
const LATER_OPTIMIZING = {
  11: ["--interrupt-budget=270336"],
  12: ["--invocation-count-for-turbofan=12000"],
  13: ["--invocation-count-for-turbofan=12000", "--invocation-count-for-maglev=1600"],
};
/**
 * For a short run, 16 times (measured on V8 11 only): a run of up to
 * SHORT_RUN_BYTES of program files is over before TurboFan takes a function,
 * which spares its compiling (6 % of the instructions of `validate
 * programs/`, 10 % of its CPU); on 630 kB it costs 3 % more, on 3.7 MB 9 %.
 */
const SHORT_RUN_OPTIMIZING = { 11: ["--interrupt-budget=1081344"] };
const SHORT_RUN_BYTES = 256 * 1024;

const trace = process.env.COHORT_TRACE_STARTUP === "1";
const say = (words) => {
  if (trace) process.stderr.write(`cohort: start-up: ${words}\n`);
};

/**
 * Whether the program files validate is given come to at most `limit` bytes:
 * the paths on its command line (`programs/` when none), folders walked for
 * *.yaml and *.yml as validate walks them, stdin counted when it is a file.
 * An estimate for V8's flags only (an option's value taken for a path, a
 * file that cannot be read, count too): unknown (stdin a pipe, a folder of
 * over 10,000 entries) is not short.
 */
const shortRun = (fs, argv, limit) => {
  let bytes = 0;
  let entries = 0;
  const add = (path, named) => {
    if (bytes > limit) return;
    if (++entries > 10000) bytes = Number.POSITIVE_INFINITY;
    let info;
    try {
      info = fs.statSync(path);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      let names;
      try {
        names = fs.readdirSync(path);
      } catch {
        return;
      }
      for (const name of names)
        if (!name.startsWith(".") && name !== "node_modules") add(join(path, name), false);
    } else if (named || /\.ya?ml$/i.test(path)) {
      bytes += info.size;
    }
  };
  const paths = argv.slice(argv.indexOf("validate") + 1).filter((a) => !a.startsWith("-"));
  if (argv.includes("-")) {
    let stdin;
    try {
      stdin = fs.fstatSync(0);
    } catch {}
    bytes += stdin?.isFile() ? stdin.size : Number.POSITIVE_INFINITY;
  }
  for (const path of paths.length > 0 || argv.includes("-") ? paths : ["programs"]) add(path, true);
  return bytes <= limit;
};

const isValidate = (argv) => {
  for (const arg of argv) {
    if (arg === "validate") return true;
    if (!GLOBAL_FLAGS.has(arg)) return false;
  }
  return false;
};

/**
 * Node's modules that validate's script names but a run of validate seldom
 * uses: commander requires child_process (and with it net and dgram) for
 * executable subcommands, which cohort has none of; crypto hashes findings for
 * the GitLab and SARIF reports and names temporary files of `-o`; net writes
 * to a socket given as `-o`; fs/promises (with node's file streams, watchers
 * and readline, which it loads) writes `-o`, while program files are read
 * with node:fs's synchronous calls. Each is loaded when the script first reads
 * one of its properties, not when the script starts (docs/performance.md,
 * "Start-up").
 */
const LAZY_BUILTINS = new Set([
  "node:child_process",
  "node:crypto",
  "node:net",
  "node:fs/promises",
]);

/** `require` for the script: the modules above as stand-ins that load them when first read. */
const lazyRequire = (require) => {
  const stand = (id) => {
    let loaded;
    const real = () => {
      loaded ??= require(id);
      return loaded;
    };
    return new Proxy(Object.create(null), {
      get: (_, key) => real()[key],
      has: (_, key) => key in real(),
      ownKeys: () => Reflect.ownKeys(real()),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    });
  };
  return (id) => (LAZY_BUILTINS.has(id) ? stand(id) : require(id));
};

/** Runs validate's classic script when its cache fits this node; false when it does not. */
const runClassic = () => {
  const fs = require("node:fs");
  const path = join(__dirname, "../dist/validate.cjs");
  let source;
  let cache;
  try {
    // The build writes the script in ASCII only (scripts/build.mjs).
    source = fs.readFileSync(path, "latin1");
    cache = fs.readFileSync(join(__dirname, "../dist/validate.cache"));
  } catch {
    say("no validate script or code cache; ES modules");
    return false;
  }
  const id = /^\/\/ cohort validate ([0-9a-f]+)\n/.exec(source)?.[1];
  const end = cache.indexOf(10);
  const header = end > 0 && end < 200 ? cache.toString("latin1", 0, end) : "";
  if (!id || header !== `${id} ${process.version} ${process.arch}`) {
    say(`code cache made for another build or node (${header.slice(33) || "none"}); ES modules`);
    return false;
  }
  const v8 = require("node:v8");
  const vm = require("node:vm");
  // With this flag V8 checksums the cache and refuses a damaged one (it then
  // compiles the script as if there were none); the cache was made under it.
  v8.setFlagsFromString("--verify-snapshot-checksum");
  const script = new vm.Script(source, { filename: path, cachedData: cache.subarray(end + 1) });
  v8.setFlagsFromString("--no-verify-snapshot-checksum");
  say(script.cachedDataRejected ? "code cache rejected by V8; compiled" : "code cache used");
  // A run of a few files is over before optimized code would pay for its
  // compiling, which on a loaded machine costs more than the run saves.
  // V8 writes an unknown flag's name to stderr: only the flags of this V8.
  const major = process.versions.v8.split(".")[0];
  const short = SHORT_RUN_OPTIMIZING[major] && shortRun(fs, argv, SHORT_RUN_BYTES);
  for (const flag of (short ? SHORT_RUN_OPTIMIZING : LATER_OPTIMIZING)[major] ?? [])
    v8.setFlagsFromString(flag);
  if (short) say("a short run: optimizing 16 times later");
  script.runInThisContext()(lazyRequire(createRequire(path)));
  return true;
};

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  // Asked by scripts and editors before anything else: answered from the
  // package's own manifest, the version the build writes into dist/ too,
  // without loading either way of running a command.
  // A reader that goes away (`cohort --version | true`) is not an error.
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
  process.stdout.write(`${require("../package.json").version}\n`);
} else if (!(isValidate(argv) && runClassic())) {
  // Node 22.1+ can cache compiled ES modules between runs; Node 20 cannot.
  enableCompileCache?.();
  import("../dist/cli.js").catch((error) => {
    // A checkout that was never built has no dist/: say so instead of a trace.
    if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.js")) {
      process.stderr.write(
        "cohort: this copy is not built yet; run `npm run build` (or `npm ci && npm run build`) first\n",
      );
      process.exitCode = 2;
    } else {
      throw error;
    }
  });
}
