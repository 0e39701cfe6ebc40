// Template libraries for `cohort letters`, side by side: bundle size as
// esbuild builds it for cohort, the time to import that bundle in a fresh
// process (median of 15), the time per letter, and what each does to HTML
// special characters by default. Only mustache is a dependency; install the
// others for a run without saving them:
//   npm install --no-save handlebars@4.7.10 liquidjs@10.30.1
//   node bench/template-libraries.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
const candidates = {
  mustache: `import M from "mustache"; export const render = (t, v) => M.render(t, v);`,
  handlebars: `import H from "handlebars"; const cache = new Map(); export const render = (t, v) => { let f = cache.get(t); if (!f) { f = H.compile(t); cache.set(t, f); } return f(v); };`,
  liquidjs: `import { Liquid } from "liquidjs"; const l = new Liquid(); const cache = new Map(); export const render = (t, v) => { let f = cache.get(t); if (!f) { f = l.parse(t); cache.set(t, f); } return l.renderSync(f, v); };`,
};
const dir = mkdtempSync(join(tmpdir(), "cohort-template-bench-"));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  for (const [name, source] of Object.entries(candidates)) {
    try {
      require.resolve(name);
    } catch {
      console.log(`${name}: not installed, skipped`);
      continue;
    }
    writeFileSync(join(dir, `${name}.src.mjs`), source);
    const out = join(dir, `${name}.mjs`);
    const result = await build({
      entryPoints: [join(dir, `${name}.src.mjs`)],
      nodePaths: [join(process.cwd(), "node_modules")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      outfile: out,
      metafile: true,
      logLevel: "error",
      banner: {
        js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);",
      },
    });
    const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
    const probe = join(dir, `${name}.probe.mjs`);
    writeFileSync(
      probe,
      `const s = performance.now(); const m = await import(${JSON.stringify(out)}); const load = performance.now() - s;
const escaped = m.render("{{name}}", { name: "<Ola & \\"Å\\" 'x'>" });
const t = "Hei {{name}}, du har plass i {{program}}. {{reason}}";
const s2 = performance.now(); for (let i = 0; i < 10000; i++) m.render(t, { name: "Ola " + i, program: "p", reason: "r" });
console.log(JSON.stringify({ load, escaped, perLetter: ((performance.now() - s2) / 10000) * 1000 }));`,
    );
    const runs = Array.from({ length: 15 }, () =>
      JSON.parse(execFileSync(process.execPath, [probe]).toString()),
    );
    console.log(
      `${name.padEnd(11)} bundle ${(bytes / 1024).toFixed(1).padStart(6)} KiB  import ${median(
        runs.map((r) => r.load),
      )
        .toFixed(1)
        .padStart(5)} ms  ${median(runs.map((r) => r.perLetter))
        .toFixed(1)
        .padStart(5)} µs/letter  {{name}} -> ${runs[0].escaped}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
