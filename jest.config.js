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
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  collectCoverageFrom: ['src/**/*.ts']
}
