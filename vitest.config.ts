import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // e2e tests spawn the built binary; the machine has two cores.
    pool: "forks",
  },
});
