import type { ApiCore } from '../api/api-core'
import type { Authorizer } from '../auth/authorizer'
import type { FaultInjector } from '../faults/fault-injector'
import type { ResourceRegistry } from '../resources/registry'

/** What the HTTP handlers share. */
export interface ServerContext {
  readonly core: ApiCore
  readonly registry: ResourceRegistry
  readonly authorizer: Authorizer
  readonly faults: FaultInjector
  /** How often a watch with allowWatchBookmarks=true gets a BOOKMARK. */
  readonly bookmarkIntervalMs: number
  /** Closers of every open watch stream, so close() can end them promptly. */
  readonly openWatches: Set<() => void>
}
