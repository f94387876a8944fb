// Prints the closing lines of a jest run. The last one is what the CI parser reads:
// `tests: N passed, N failed[, N skipped]`. Just before it, when tests were skipped because the
// upstream corpus is missing (test/upstream.ts names them with CORPUS_SKIP_MARK), one line says
// how many and why.
const CORPUS_SKIP_MARK = 'needs the upstream corpus, missing at'

class SummaryReporter {
  // `label` names the run on its closing line (test:cluster prints `cluster: ...`), so a log with
  // several runs shows which is which; the last line of .ci/run stays `npm test`'s.
  constructor(_globalConfig, options = {}) {
    this.label = options.label ?? 'tests'
  }

  onRunComplete(_contexts, r) {
    const skipped = r.numPendingTests + r.numTodoTests
    const failed = r.numFailedTests + r.numRuntimeErrorTestSuites
    const corpusSkips = r.testResults
      .flatMap((file) => file.testResults)
      .filter((t) => t.status === 'pending' && t.title.startsWith(CORPUS_SKIP_MARK))
    const lines = []
    if (corpusSkips.length > 0) {
      const where = corpusSkips[0].title.slice(CORPUS_SKIP_MARK.length).trim()
      lines.push(
        `corpus: ${corpusSkips.length} skipped tests walk the upstream corpus, which is missing at ${where};` +
          ' put it beside the repository as ../shared/upstream or set CHAOS_GATE_SHARED (CHAOS_GATE_REQUIRE_CORPUS=1 fails instead)'
      )
    }
    lines.push(
      `${this.label}: ${r.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`
    )
    process.once('exit', () => process.stderr.write(`${lines.join('\n')}\n`))
  }
}
module.exports = SummaryReporter
