/**
 * Sweeps a run's leftovers from every Toxiproxy server it used: each toxic and proxy whose name
 * carries the run's prefix, found by listing the server, so a crashed run's toxics go too.
 */
import { errorMessage } from '../../util/errors'
import type { CleanupReport, RunContext, RunSelector } from '../backend'
import { ToxiproxyClient } from './toxiproxy-client'
import { ownedBy } from './toxiproxy-names'

/** The servers a run may have touched: from its handles, and recorded before it started. */
export function serversOf(selector: RunSelector): readonly string[] {
  const fromHandles = selector.handles.flatMap((h) => (h.data?.server ? [h.data.server] : []))
  // The run-state file records each experiment's server before anything runs (as its
  // "namespace"), so a run killed before its handle was written is still swept.
  const recorded = selector.namespaces.filter((n) => /^https?:\/\//.test(n))
  return [...new Set([...fromHandles, ...recorded])]
}

export async function sweepServers(selector: RunSelector, ctx: RunContext): Promise<CleanupReport> {
  const deleted: string[] = []
  const stuck: CleanupReport['stuck'][number][] = []
  const owned = ownedBy(selector)
  for (const server of serversOf(selector)) {
    const client = new ToxiproxyClient(server, ctx.signal)
    try {
      for (const proxy of await client.proxies()) {
        for (const toxic of proxy.toxics.filter((t) => owned.toxic(t.name))) {
          if (await client.removeToxic(proxy.name, toxic.name))
            deleted.push(`toxic ${toxic.name} on proxy ${proxy.name} (${server})`)
        }
        if (owned.proxy(proxy.name) && (await client.deleteProxy(proxy.name)))
          deleted.push(`proxy ${proxy.name} (${server})`)
      }
    } catch (err) {
      // One problem, reported once: as stuck, with how to look.
      stuck.push({
        ref: `toxiproxy ${server}`,
        reason: `the run's toxics may still be on it: ${errorMessage(err)}`,
        inspect: `curl -s ${server}/proxies`
      })
    }
  }
  return { deleted, errors: [], stuck }
}
