import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests run the built command: build once before the suite.
    globalSetup: ['test/helpers/build.ts'],
    testTimeout: 30_000,
  },
});
