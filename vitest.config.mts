import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: [
      'lib/**/*.test.ts',
      'scripts/**/*.test.ts',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
    ],
    benchmark: { include: ['lib/**/*.bench.ts'] },
    environment: 'node',
    // Property tests run thousands of cases; on a loaded 2-core machine 5 s is too tight to tell a hang from load.
    testTimeout: 30_000,
  },
})
