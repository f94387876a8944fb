/**
 * How the engine opens the metric sources an experiment's checks read: one factory per source kind,
 * called per experiment. The engine (gate/gate-wiring.ts) holds the factories; each source folder
 * provides its own.
 */
import type { Experiment } from '../manifest/model'
import type { Clock } from '../util/clock'
import type { Log } from '../util/log'
import type { MetricSource } from './model'

/** A metric source opened for one experiment; `close` stops whatever it started (probe load). */
export interface OpenedSource {
  readonly source: MetricSource
  close(): Promise<void>
}

/**
 * What a source factory may use to open a source for an experiment. The experiment carries its
 * endpoints with the settings' defaults already applied (the prometheus-url setting is resolved
 * once, when the manifest is loaded), so a source reads no settings of its own.
 */
export interface SourceContext {
  readonly experiment: Experiment
  /** Where probes should send traffic, from the backend's preflight (the local fault proxy). */
  readonly probeBaseUrl?: string
  readonly clock: Clock
  readonly log: Log
  readonly signal: AbortSignal
}

/**
 * Opens a source for an experiment, or returns undefined when the experiment does not need one.
 * Throws (with a message a user can act on) when the source is needed but cannot be opened.
 */
export type SourceFactory = (ctx: SourceContext) => Promise<OpenedSource | undefined>

/** Source factories by kind; Prometheus plugs in here without engine changes. */
export type SourceFactories = Partial<Record<MetricSource['kind'], SourceFactory>>
