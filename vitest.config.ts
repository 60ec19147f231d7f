import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

const shared = { testTimeout: 30_000, hookTimeout: 30_000, pool: "forks" as const };
const unit = ["test/{core,engine,render,codegen,adapters,action,sdk,repo}/**/*.test.ts", "test/contract/openapi/**/*.test.ts"];

/**
 * Two projects: `unit` (pure functions and single adapters, a few seconds) and
 * `e2e` (real emulator servers, loader processes, bundles and the contract
 * suite; its global setup builds the sources once, so the loader worker and
 * the process-level tests run the current `src/`, never a stale `dist/`).
 * `npm test` runs both; `npm run test:unit` runs the first alone.
 */
export default defineConfig({
  test: {
    // One worker per core, not vitest's cores - 1: the e2e files mostly wait on servers and child processes.
    maxWorkers: availableParallelism(),
    projects: [
      { test: { ...shared, name: "unit", include: unit } },
      // Everything else, so a test in a new folder can never be left out of `npm test`.
      { test: { ...shared, name: "e2e", include: ["test/**/*.test.ts"], exclude: unit, globalSetup: ["test/helpers/build-sources.ts"] } },
    ],
  },
});
