/** Every benchmark `npm run bench` knows, in the order they run and appear in the table. */
import { abortLatency } from './benchmarks/abort-latency'
import { apiEconomy } from './benchmarks/api-economy'
import { apiEconomyReal } from './benchmarks/api-economy-real'
import { cancellation } from './benchmarks/cancellation'
import { coldStart } from './benchmarks/cold-start'
import { concurrencyLocal } from './benchmarks/concurrency'
import { concurrencyReal } from './benchmarks/concurrency-real'
import { concurrencySim } from './benchmarks/concurrency-sim'
import { manifestScale } from './benchmarks/manifest-scale'
import { realControlPlane } from './benchmarks/real-control-plane'
import { verdictDetection } from './benchmarks/verdict-detection'
import type { Benchmark } from './harness/model'

export const BENCHMARKS: readonly Benchmark[] = [
  verdictDetection,
  abortLatency,
  coldStart,
  apiEconomy,
  manifestScale,
  concurrencyLocal,
  concurrencySim,
  concurrencyReal,
  cancellation,
  realControlPlane,
  apiEconomyReal
]
