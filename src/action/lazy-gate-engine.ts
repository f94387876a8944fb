/**
 * createGateEngine that loads the engine (engine-adapter.ts: manifests, backends, sources, report
 * writers) on its first call instead of at start, so the modules that build the action's
 * dependencies (deps.ts, which the CLI loads too) stay cheap to load.
 */
import type { EngineDeps } from './engine-adapter'
import type { GateEngine } from './gate-engine'

export function createGateEngine(deps: EngineDeps): GateEngine {
  let engine: Promise<GateEngine> | undefined
  const load = (): Promise<GateEngine> =>
    (engine ??= import('./engine-adapter').then((m) => m.createGateEngine(deps)))
  return {
    run: async (settings, context, signal) => (await load()).run(settings, context, signal),
    cleanup: async (settings, signal) => (await load()).cleanup(settings, signal)
  }
}
