// Preloaded into measured child processes (`node --require`): when the process exits, however it
// exits short of SIGKILL, write its peak RSS and CPU time to the file CHAOS_GATE_BENCH_USAGE names.
// Plain CommonJS so it loads before anything else without a compiler.
'use strict'
const { writeFileSync } = require('node:fs')

const file = process.env.CHAOS_GATE_BENCH_USAGE
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(
      file,
      JSON.stringify({
        maxRssBytes: usage.maxRSS * 1024,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000
      })
    )
  })
}
