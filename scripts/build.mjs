// Bundles the CLI into dist/ with one chunk per command, so that start-up
// only loads what the command at hand needs (see docs/performance.md).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });

const shared = {
  bundle: true,
  platform: "node",
  target: "node20",
  legalComments: "none",
  define: { __COHORT_VERSION__: JSON.stringify(pkg.version) },
  // yaml's ESM build (published for browsers, plain JS) lets the bundler drop
  // what cohort never calls, such as stringifying; its CommonJS build cannot.
  alias: { yaml: "./node_modules/yaml/browser/index.js" },
  logLevel: "warning",
};

await build({
  ...shared,
  // The worker threads of a parallel check, and of a parallel allocate, load a script of their own.
  entryPoints: {
    cli: "src/cli/main.ts",
    "check-worker": "src/cli/check-worker.ts",
    "allocate-worker": "src/cli/allocate-worker.ts",
  },
  outdir: "dist",
  splitting: true,
  format: "esm",
  minifyWhitespace: false,
  sourcemap: "linked",
  chunkNames: "chunks/[name]-[hash]",
  // cli-table3 and a few others are CommonJS and call require() at run time.
  banner: {
    js: "import { createRequire as __cohortCreateRequire } from 'node:module'; const require = __cohortCreateRequire(import.meta.url);",
  },
});

// The integer solver's WebAssembly, read by src/io/solver/highs.ts next to the bundle.
copyFileSync(
  createRequire(import.meta.url).resolve("highs/runtime"),
  new URL("../dist/highs.wasm", import.meta.url),
);

// `cohort validate` as one classic script with a V8 code cache, which
// bin/cohort.js runs instead of the ES modules above (docs/performance.md,
// "Start-up"): V8 caches the compiled code of classic scripts only, and the
// cache made after a run holds the functions that run compiled, where a cold
// start spends its time. The same entry point, main.ts; every other command's
// module is left out, since bin/cohort.js sends only `validate` here.
const otherCommands = {
  name: "validate-only",
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) =>
      args.path === "./commands/validate.js" ? undefined : { path: args.path, namespace: "absent" },
    );
    b.onLoad({ filter: /.*/, namespace: "absent" }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not in the validate script`)});`,
      loader: "js",
    }));
  },
};
const classic = await build({
  ...shared,
  entryPoints: ["src/cli/main.ts"],
  format: "cjs",
  write: false,
  outfile: "dist/validate.cjs",
  plugins: [otherCommands],
});
// esbuild writes every string, template and regular expression in ASCII
// (its default charset) but leaves comments as they are; with those made ASCII
// too, bin/cohort.js reads the script as Latin-1 into a one-byte string
// instead of decoding UTF-8 into a two-byte one (twice the memory, and
// slower to read, for a single dash in a comment).
const body = classic.outputFiles[0].text.replace(
  /[^\0-\x7f]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
);
// The script is a function expression that bin/cohort.js calls with require;
// its first line names this build, which the cache's header must repeat.
const id = createHash("sha256").update(body).digest("hex").slice(0, 32);
writeFileSync(
  new URL("../dist/validate.cjs", import.meta.url),
  `// cohort validate ${id}\n(function (require) {\n${body}\n})`,
);

// The cache is made by a run of `cohort validate programs/` in a fresh node
// process, so that it holds what such a run compiles. It depends on the node
// binary and its V8 flags: NODE_OPTIONS are left out, as a user's run would
// have none; a run under other flags or another node does without it.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_OPTIONS"));
// With one more file that the full YAML parser reads (the shipped programs
// all take the quick reader), so that the cache holds both readers' code.
const made = spawnSync(
  process.execPath,
  ["scripts/code-cache.mjs", "programs/", "scripts/code-cache-program.yaml"],
  { cwd: new URL("..", import.meta.url), env, stdio: ["ignore", "ignore", "inherit"] },
);
if (made.status !== 0) {
  process.stderr.write("build: no code cache for validate (start-up is slower, output the same)\n");
}
