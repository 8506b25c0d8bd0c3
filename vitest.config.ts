import { defineConfig } from "vitest/config";

/** Every test file of `npm test`; the browser suites need Chromium: `npm run test:browser` (vitest.browser.config.ts). */
const ALL = ["test/**/*.test.ts"];
const NOT_TESTS = ["test/browser/**", "**/node_modules/**", "test/.cache/**", "test/.tmp/**"];
/**
 * The slow tier, left out of `npm run test:fast`, chosen from measured durations (README, "Quick start"): the corpus
 * and the proofs over every spec (printer, generated README), the watch equivalence, and the package tarball.
 */
export const SLOW = [
  "test/corpus/**",
  "test/emit/printer.test.ts",
  "test/emit/readme.test.ts",
  "test/cli/watch-memory.test.ts",
  "test/package/tarball.test.ts",
];

export default defineConfig({
  test: {
    // Unpacks the specs stored in test/specs (brotli) into the git-ignored test/.cache/specs that tests read.
    globalSetup: ["test/helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // `vitest run` (npm test) runs both projects: the whole suite. `npm run test:fast` runs `--project fast`.
    projects: [
      { extends: true, test: { name: "fast", include: ALL, exclude: [...NOT_TESTS, ...SLOW], isolate: false, maxWorkers: 2 } },
      { extends: true, test: { name: "slow", include: SLOW, exclude: NOT_TESTS } },
    ],
  },
});
