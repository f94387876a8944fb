/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }]
  },
  // Compile ESM-only dependencies (client-node 1.x, octokit 7, lezer) to CJS as well.
  transformIgnorePatterns: [],
  // Finds prometheus for the tests that run a real one, installing the Debian package once when
  // root with apt-get; otherwise fails with one line naming what to install.
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  collectCoverageFrom: ['src/**/*.ts']
}
