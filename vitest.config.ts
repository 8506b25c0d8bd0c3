import { defineConfig } from "vitest/config";

/** Every test file of `npm test`; the browser suites need Chromium: `npm run test:browser` (vitest.browser.config.ts). */
const ALL = ["test/**/*.test.ts"];
const NOT_TESTS = ["test/browser/**", "**/node_modules/**", "test/.cache/**", "test/.tmp/**"];
/**
 * The slow tier, left out of `npm run test:fast` (53 s on 2 idle cores), chosen from measured durations (README,
 * "Quick start"): the corpus and the proofs over every spec (printer, generated README, query --strict, validators
 * against ajv, test doubles), the change report's real specs and differential run, the watch equivalence and watch
 * processes, the hostile corpus with its 50 MB scale runs, the property runs, the package as consumers install it
 * (tarball, tsc modes, Deno, Bun), MSW, and the conformance runs against Prism servers.
 */
export const SLOW = [
  "test/corpus/**",
  "test/emit/printer.test.ts",
  "test/emit/readme.test.ts",
  "test/cli/watch-memory.test.ts",
  "test/hostile/hostile.test.ts",
  "test/hostile/property.test.ts",
  "test/package/tarball.test.ts",
  "test/runtime/consumers.test.ts",
  "test/conformance/prism.test.ts",
  "test/query/query-types.test.ts",
  "test/query/readme.test.ts",
  "test/query/query-layout.test.ts",
  "test/validators/differential.test.ts",
  "test/mocks/examples.test.ts",
  "test/mocks/types.test.ts",
  "test/report/compare-real.test.ts",
  "test/report/differential.test.ts",
  "test/runtime/reading-prism.test.ts",
  "test/cli/watch.test.ts",
  "test/mocks/msw.test.ts",
];

export default defineConfig({
  test: {
    // Unpacks the specs stored in test/specs (brotli) into the git-ignored test/.cache/specs that tests read.
    globalSetup: ["test/helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // `vitest run` (npm test) runs both projects, fast then slow: the whole suite. `npm run test:fast` runs the first.
    // The fast files share their workers (no stubs or mocks anywhere; TypeScript and prettier load once per worker)
    // and use both cores; the slow ones keep vitest's defaults (one worker here: cores − 1).
    projects: [
      {
        extends: true,
        test: { name: "fast", include: ALL, exclude: [...NOT_TESTS, ...SLOW], isolate: false, maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      { extends: true, test: { name: "slow", include: SLOW, exclude: NOT_TESTS, sequence: { groupOrder: 1 } } },
    ],
  },
});
