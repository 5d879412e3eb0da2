import { defineConfig } from 'vitest/config'

/** Integration tests against the production stack started by scripts/integration/run.mjs. */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
