/** `npm run bench -- [flags]`: which benchmarks, how many repetitions, where the results go. */
import { parseArgs } from 'node:util'

export interface BenchOptions {
  /** Benchmark ids to run (empty: all). */
  readonly only: readonly string[]
  readonly skip: readonly string[]
  /** Fewer repetitions and smaller sizes: about 2 minutes instead of 6–7. */
  readonly quick: boolean
  /** Write the table into README.md's Performance section. */
  readonly readme: boolean
  readonly out: string
  readonly list: boolean
  readonly help: boolean
}

export const USAGE = `Usage: npm run bench -- [flags]

Runs the performance benchmarks (product.md §10), each side by side with its baseline, prints a
Markdown table and writes the results as JSON. Exits 1 when a target is missed or a benchmark fails.

  --only ID[,ID]   run only these benchmarks (see --list); repeatable
  --skip ID[,ID]   run all but these
  --quick          fewer repetitions and smaller sizes (about 2 minutes instead of 6–7)
  --readme         also write the table into README.md (the Performance section)
  --out FILE       where the JSON goes (default bench/results/latest.json)
  --list           list the benchmarks and exit
  --help           this text`

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      only: { type: 'string', multiple: true },
      skip: { type: 'string', multiple: true },
      quick: { type: 'boolean' },
      readme: { type: 'boolean' },
      out: { type: 'string' },
      list: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    },
    strict: true,
    allowPositionals: false
  })
  const ids = (v: string[] | undefined): string[] =>
    (v ?? [])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
  return {
    only: ids(values.only),
    skip: ids(values.skip),
    quick: values.quick === true,
    readme: values.readme === true,
    out: values.out ?? 'bench/results/latest.json',
    list: values.list === true,
    help: values.help === true
  }
}
