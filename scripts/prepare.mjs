// npm runs `prepare` in a checkout (`npm install`, `npm ci`), for `npm pack`,
// and when it installs cohort from a git URL (`npm install --global git+…`,
// and pre-commit 4, which installs hooks that way). It builds dist/.
//
// A global install from git runs this in a clone without the devDependencies
// the build needs (npm/cli#8440: the nested install inherits the outer
// `--global` and installs into the global folder instead). Then install them
// here, into the clone, from the lockfile, and build.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

let canBuild = true;
try {
  createRequire(new URL("../package.json", import.meta.url)).resolve("esbuild");
} catch {
  canBuild = false;
}
if (!canBuild) {
  // npm hands its settings to child processes as npm_config_* variables.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_config_(global|location|prefix)$/i.test(key),
    ),
  );
  run(
    "npm",
    ["ci", "--ignore-scripts", "--include=dev", "--no-audit", "--no-fund", "--no-progress"],
    env,
  );
}
run(process.execPath, ["scripts/build.mjs"]);
