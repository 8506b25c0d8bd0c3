import { defineConfig } from "vitest/config";

// `npm run test:browser`: the suites that need a browser (Chromium from Debian's package), kept out of `npm test`.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
