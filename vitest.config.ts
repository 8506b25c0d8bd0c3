import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Needs Chromium: `npm run test:browser` (see vitest.browser.config.ts).
    exclude: ["test/browser/**", "**/node_modules/**"],
    // Unpacks the specs stored in test/specs (brotli) into the git-ignored test/.cache/specs that tests read.
    globalSetup: ["test/helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
