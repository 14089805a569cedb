/**
 * `npm run test:browser`: the console in a real browser (Debian's chromium, driven by
 * playwright-core) against a whole hub on the run's test database. Kept apart from `npm test`,
 * which needs no browser and no console build.
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  globalSetup: '<rootDir>/test/browser/global-setup.ts',
  globalTeardown: '<rootDir>/test/browser/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 120000,
};
