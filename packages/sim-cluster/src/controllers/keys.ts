import type { JsonObject } from '../core/json'
import { nameOf, namespaceOf } from '../core/meta'

/** "namespace/name" queue key of an object. */
export function keyFor(obj: JsonObject): string {
  return `${namespaceOf(obj)}/${nameOf(obj)}`
}

/** The namespace and name back out of a queue key. */
export function splitKey(key: string): { namespace: string; name: string } {
  const slash = key.indexOf('/')
  return { namespace: key.slice(0, slash), name: key.slice(slash + 1) }
}
