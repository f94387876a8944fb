// npm run test:cluster: the Kubernetes suites against a real control plane (cluster:real), started
// once by the global setup. The same files run against the simulator in `npm test`; the
// *.real-test.ts files (the conformance diff, the launcher's own stop) only here.
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const base = require('../../jest.config.js')
const root = join(__dirname, '..', '..')

// The suites that need a Litmus or Chaos Mesh operator run once the simulated operators are API
// clients (tools/sim-operators.ts, issue 13 part 3): cluster:real starts them when that file exists.
const operatorSuites = [
  'test/e2e/litmus-standalone.test.ts',
  'test/e2e/chaos-mesh-standalone.test.ts',
  'test/e2e/litmus-crash-cleanup.test.ts',
  'test/e2e/chaos-mesh-crash-cleanup.test.ts'
]
const operators = existsSync(join(root, 'tools', 'sim-operators.ts'))

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: root,
  testMatch: [
    '<rootDir>/test/cluster/**/*.test.ts',
    '<rootDir>/test/cluster/**/*.real-test.ts',
    '<rootDir>/test/e2e/native-standalone.test.ts',
    ...(operators ? operatorSuites.map((s) => `<rootDir>/${s}`) : [])
  ],
  globalSetup: '<rootDir>/test/cluster/global-setup.ts',
  globalTeardown: '<rootDir>/test/cluster/global-teardown.ts',
  // One cluster for every file: suites that kill pods must not overlap.
  maxWorkers: 1,
  reporters: ['default', ['<rootDir>/scripts/summary-reporter.js', { label: 'cluster' }]]
}
