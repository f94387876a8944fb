/**
 * Names on a Toxiproxy server. Toxiproxy has no labels, so the run id lives in the names: a proxy
 * created for the run is `gate-<run>-<experiment>`, and each toxic is that name plus its own.
 * Cleanup finds a run's leftovers by these prefixes alone.
 */
import type { RunSelector } from '../backend'
import { objectName } from '../labels'

/** The experiment's name on the server: its created proxy, and the prefix of its toxics. */
export function faultName(runId: string, experiment: string): string {
  return objectName(runId, experiment)
}

/** The name of one toxic of the experiment. */
export function toxicName(runId: string, experiment: string, toxic: string): string {
  return `${faultName(runId, experiment)}-${toxic}`
}

/** Whether a proxy or toxic name belongs to what the selector cleans up. */
export function ownedBy(selector: Pick<RunSelector, 'runId' | 'experiment'>): {
  proxy(name: string): boolean
  toxic(name: string): boolean
} {
  if (selector.experiment !== undefined) {
    const own = faultName(selector.runId, selector.experiment)
    return { proxy: (n) => n === own, toxic: (n) => n.startsWith(`${own}-`) }
  }
  const prefix = `gate-${selector.runId}-`.toLowerCase()
  return { proxy: (n) => n.startsWith(prefix), toxic: (n) => n.startsWith(prefix) }
}

/** The address a client reaches a proxy at: a wildcard listen address means loopback. */
export function dialAddress(listen: string): string {
  return listen.replace(/^(0\.0\.0\.0|\[::\]|):/, '127.0.0.1:')
}
