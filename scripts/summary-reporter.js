// Prints the closing line the CI parser reads: `N passed, N failed`.
class SummaryReporter {
  onRunComplete(_contexts, r) {
    const skipped = r.numPendingTests + r.numTodoTests
    const failed = r.numFailedTests + r.numRuntimeErrorTestSuites
    const line = `tests: ${r.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`
    process.once('exit', () => process.stderr.write(line))
  }
}
module.exports = SummaryReporter
