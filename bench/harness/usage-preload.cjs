// Preloaded into measured child processes (`node --require`): when the process exits, however it
// exits short of SIGKILL, write its peak RSS and CPU time to the file CHAOS_GATE_BENCH_USAGE names.
// The peak is VmHWM from /proc/self/status where there is one: process.resourceUsage().maxRSS
// (getrusage) keeps the high-water mark across exec, so a child of a large benchmark process would
// report the parent's size. Plain CommonJS so it loads before anything else without a compiler.
'use strict'
const { readFileSync, writeFileSync } = require('node:fs')

const file = process.env.CHAOS_GATE_BENCH_USAGE

/** This address space's own peak RSS in bytes (Linux), else getrusage's. */
function peakRssBytes() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (match) return Number(match[1]) * 1024
  } catch {
    // Not Linux: getrusage is the best there is.
  }
  return process.resourceUsage().maxRSS * 1024
}

if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(
      file,
      JSON.stringify({
        maxRssBytes: peakRssBytes(),
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000
      })
    )
  })
}
