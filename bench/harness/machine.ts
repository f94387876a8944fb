/**
 * The machine the numbers came from, and how busy it was: a load average above the CPU count means
 * other work competed for the CPUs, so single runs spread widely and medians drift upwards.
 */
import { cpus, loadavg, totalmem } from 'node:os'

export interface Machine {
  readonly node: string
  readonly platform: string
  readonly cpu: string
  readonly cpus: number
  readonly memoryBytes: number
  /** One-minute load average when the run started and when it ended. */
  readonly load: { readonly start: number; end?: number }
}

export function describeMachine(): Machine {
  const list = cpus()
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: list[0]?.model.trim() ?? 'unknown',
    cpus: list.length,
    memoryBytes: totalmem(),
    load: { start: loadavg()[0] ?? 0 }
  }
}

export function currentLoad(): number {
  return loadavg()[0] ?? 0
}

/** One line for the top of the table. */
export function machineLine(m: Machine): string {
  const gb = (m.memoryBytes / 1024 ** 3).toFixed(0)
  const load = `load average ${m.load.start.toFixed(1)}${m.load.end !== undefined ? ` → ${m.load.end.toFixed(1)}` : ''}`
  const busy = Math.max(m.load.start, m.load.end ?? 0) > m.cpus
  const verdict = busy
    ? ' (busy: more runnable work than CPUs, so the numbers are noisy; rerun on a quiet machine)'
    : ''
  return `Node ${m.node} on ${m.platform}, ${m.cpus} × ${m.cpu}, ${gb} GB; ${load}${verdict}.`
}
