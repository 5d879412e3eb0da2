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
    // One module registry per worker thread, not one per file: loading the same modules again for each of the
    // hundred files took 78 s of the suite here, and 24 s without. Tests therefore keep no module state between
    // files: a file that mocks a module does it with vi.doMock and undoes it (components/static/*.test.tsx).
    pool: 'threads',
    isolate: false,
    // Property tests run thousands of cases; on a loaded 2-core machine 5 s is too tight to tell a hang from load.
    testTimeout: 30_000,
  },
})
