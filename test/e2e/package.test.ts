/**
 * What `npm pack` would publish, and (with COHORT_PACK_TEST=1, or in CI) that
 * the packed tarball installs into a clean folder and runs. Both use
 * --ignore-scripts so that packing does not rebuild dist/ under the other
 * tests: run `npm run build` first (npm test does).
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run-cli.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

const npm = (args: string[], cwd: string) => {
  const result = spawnSync("npm", args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_update_notifier: "false" },
    timeout: 300_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
};

interface Packed {
  filename: string;
  files: { path: string }[];
}

const packJson = (stdout: string): Packed => (JSON.parse(stdout) as Packed[])[0]!;

describe("the published package", () => {
  it("package.json: bin, exports (the schema), engines, a prepare build (git installs run only prepare), silent npm pack", () => {
    expect(pkg.bin).toEqual({ cohort: "bin/cohort.js" });
    expect(pkg.exports).toEqual({
      "./schema/program.schema.json": "./schema/program.schema.json",
      "./package.json": "./package.json",
    });
    expect(pkg.engines.node).toMatch(/^>=20/);
    expect(pkg.scripts.prepare).toBe("node scripts/prepare.mjs");
    expect(pkg.scripts.prepack, "npm pack would build twice").toBeUndefined();
    expect(readFileSync(join(ROOT, ".npmrc"), "utf8")).toMatch(/^foreground-scripts=false$/m);
  });

  it("npm pack holds the binary, the bundle and the schema, and no sources or tests", () => {
    expect(existsSync(join(ROOT, "dist/cli.js")), "run npm run build first").toBe(true);
    const result = npm(["pack", "--dry-run", "--json", "--ignore-scripts"], ROOT);
    expect(result.code).toBe(0);
    const files = packJson(result.stdout).files.map((f) => f.path);
    for (const file of [
      "bin/cohort.js",
      // Says bin/cohort.js is CommonJS; without it the package's "type": "module" would apply.
      "bin/package.json",
      "dist/cli.js",
      "schema/program.schema.json",
      "README.md",
      "CHANGELOG.md",
      "package.json",
    ])
      expect(files).toContain(file);
    expect(files.some((f) => f.startsWith("dist/chunks/"))).toBe(true);
    for (const prefix of [
      "src/",
      "test/",
      "fixtures/",
      "bench/",
      "node_modules/",
      "scripts/",
      "programs/",
    ])
      expect(
        files.filter((f) => f.startsWith(prefix)),
        prefix,
      ).toEqual([]);
    expect(
      files.filter((f) => f.endsWith(".map")),
      "source maps stay out",
    ).toEqual([]);
  });

  const slow = process.env.COHORT_PACK_TEST === "1" || process.env.CI === "true";

  it.skipIf(!slow)(
    "installs from the tarball into a clean folder and runs (COHORT_PACK_TEST=1)",
    { timeout: 600_000 },
    () => {
      const work = mkdtempSync(join(tmpdir(), "cohort-pack-"));
      const packed = npm(["pack", "--json", "--ignore-scripts", "--pack-destination", work], ROOT);
      expect(packed.code, packed.stderr).toBe(0);
      const tarball = join(work, packJson(packed.stdout).filename);

      const app = join(work, "app");
      mkdirSync(join(app, "programs"), { recursive: true });
      writeFileSync(join(app, "package.json"), '{ "name": "pack-test", "private": true }\n');
      const installed = npm(["install", "--no-audit", "--no-fund", tarball], app);
      expect(installed.code, installed.stderr).toBe(0);

      const version = npm(["exec", "--", "cohort", "--version"], app);
      expect(version.stdout.trim()).toBe(pkg.version);

      copyFileSync(
        join(ROOT, "programs/topplederprogrammet.yaml"),
        join(app, "programs/topplederprogrammet.yaml"),
      );
      const validated = npm(["exec", "--", "cohort", "validate"], app);
      expect(validated.stdout).toContain("1 file valid");
      expect(validated.code).toBe(0);

      const init = npm(["exec", "--", "cohort", "init", "fresh", "-q"], app);
      expect(init.code, init.stderr).toBe(0);
      // The modeline points at the schema of the installed package, through its exports.
      expect(readFileSync(join(app, "programs/fresh.yaml"), "utf8")).toMatch(
        /^# yaml-language-server: \$schema=\.\.\/node_modules\/cohort\/schema\/program\.schema\.json\n/,
      );
      const resolved = spawnSync(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          "import { createRequire } from 'node:module'; console.log(createRequire(process.cwd() + '/').resolve('cohort/schema/program.schema.json'))",
        ],
        { cwd: app, encoding: "utf8" },
      );
      expect(resolved.stdout.trim()).toBe(
        join(app, "node_modules/cohort/schema/program.schema.json"),
      );
    },
  );
});
