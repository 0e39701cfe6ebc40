// Bundles the CLI into dist/ with one chunk per command, so that start-up
// only loads what the command at hand needs (see docs/performance.md).
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });

await build({
  // The worker threads of a parallel check load a script of their own.
  entryPoints: { cli: "src/cli/main.ts", "check-worker": "src/cli/check-worker.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minifyWhitespace: false,
  sourcemap: "linked",
  legalComments: "none",
  chunkNames: "chunks/[name]-[hash]",
  define: { __COHORT_VERSION__: JSON.stringify(pkg.version) },
  // yaml's ESM build (published for browsers, plain JS) lets the bundler drop
  // what cohort never calls, such as stringifying; its CommonJS build cannot.
  alias: { yaml: "./node_modules/yaml/browser/index.js" },
  // cli-table3 and a few others are CommonJS and call require() at run time.
  banner: {
    js: "import { createRequire as __cohortCreateRequire } from 'node:module'; const require = __cohortCreateRequire(import.meta.url);",
  },
  logLevel: "warning",
});

// The integer solver's WebAssembly, read by src/io/solver/highs.ts next to the bundle.
copyFileSync(
  createRequire(import.meta.url).resolve("highs/runtime"),
  new URL("../dist/highs.wasm", import.meta.url),
);
