#!/usr/bin/env node
// Node 22.1+ can cache compiled code between runs; on Node 20 this is a no-op.
import module from "node:module";

module.enableCompileCache?.();
try {
  await import("../dist/cli.js");
} catch (error) {
  // A checkout that was never built has no dist/: say so instead of a trace.
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.js")) {
    process.stderr.write(
      "cohort: this copy is not built yet; run `npm run build` (or `npm ci && npm run build`) first\n",
    );
    process.exitCode = 2;
  } else {
    throw error;
  }
}
