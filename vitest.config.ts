import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code as *.test.ts; browser tests (tests/e2e/*.spec.ts) belong to Playwright.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
