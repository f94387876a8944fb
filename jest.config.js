/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/packages'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }]
  },
  // Compile ESM-only dependencies (client-node 1.x, octokit 7, lezer) to CJS as well.
  transformIgnorePatterns: [],
  // Finds prometheus for the tests that run a real one, installing the Debian package once when
  // root with apt-get; otherwise fails with one line naming what to install.
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  // Hooks that start servers (a simulated cluster, Prometheus) share two cores with every other
  // worker: 5 s was not always enough, and a hook that times out while its server still starts
  // leaves that server open and jest waiting on it. Tests that wait longer set their own.
  testTimeout: 30_000,
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  collectCoverageFrom: ['src/**/*.ts']
}
