/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  // each file on its own copy of the run's seeded database (test/helpers/file-database.ts)
  setupFilesAfterEnv: ['<rootDir>/test/helpers/file-database.ts'],
  // with --randomize (npm test), test files run in a random order too
  testSequencer: '<rootDir>/test/helpers/random-file-order.js',
  testTimeout: 60000,
};
