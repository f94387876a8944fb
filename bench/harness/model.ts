/**
 * What a benchmark is and what it reports. Every row puts Chaos Gate's number next to the
 * baseline measured in the same run, with the target it is held to.
 */
import { summarize, type Summary } from './stats'

/** How a number is written: milliseconds, bytes or a count of requests. */
export type Unit = 'ms' | 'bytes' | 'requests'

/** Repeated measurements of one quantity. */
export interface Measured {
  readonly unit: Unit
  /** Written after the unit: `ms/manifest`. */
  readonly per?: string
  readonly samples: readonly number[]
  readonly summary: Summary
}

/** A target from product.md §10 and whether this run met it. */
export interface TargetCheck {
  readonly text: string
  readonly met: boolean
}

/** A comparison measured in the same run: `node -e 0`, `poll every 5 s`. */
export interface Baseline {
  readonly label: string
  readonly value: Measured
}

/** One line of the results table. */
export interface Row {
  readonly benchmark: string
  readonly case: string
  readonly value: Measured
  /** Show the p95 next to the median (where the issue asks for it). */
  readonly p95?: boolean
  /** What the number is compared with, measured in the same run. */
  readonly baselines?: readonly Baseline[]
  readonly target?: TargetCheck
  /** One short sentence: what the numbers mean, or why a target is missed. */
  readonly note?: string
}

/** A built copy of the bundle in a temporary directory (never dist/). */
export interface Bundle {
  readonly dir: string
  /** Entry files by exported function: cli, main, post. */
  readonly entries: Readonly<Record<string, string>>
  /** Every .js file ncc wrote, with its size in bytes. */
  readonly files: readonly { readonly name: string; readonly bytes: number }[]
  /** Everything in the directory (entries and licenses.txt too): what dist/ holds. */
  readonly bytes: number
}

/** What the runner gives each benchmark. */
export interface BenchContext {
  readonly quick: boolean
  /** The repository root. */
  readonly root: string
  /** Repetitions for this mode. */
  reps(full: number, quick: number): number
  /** A fresh temporary directory, removed when the run ends. */
  tempDir(name: string): string
  /** The bundle, built once per source tree and cached between runs. */
  bundle(): Promise<Bundle>
  /** A progress line on stderr. */
  log(line: string): void
}

export interface Benchmark {
  /** What `--only` selects: `cold-start`. */
  readonly id: string
  readonly title: string
  /** Why it cannot run in this build (a part it needs has not landed), or undefined. */
  unavailable?(ctx: BenchContext): Promise<string | undefined>
  run(ctx: BenchContext): Promise<readonly Row[]>
}

export function measured(samples: readonly number[], unit: Unit, per?: string): Measured {
  return { unit, samples, summary: summarize(samples), ...(per !== undefined && { per }) }
}
