/**
 * Retries transient API failures (network, 5xx, 429) with jittered back-off on the injected clock,
 * once, around the whole port, so no backend writes its own retry loop. A create retried after a
 * lost answer meets 409 AlreadyExists, which submit turns into adoption. Watches are not retried
 * here: the follower re-watches and re-lists by itself (follow.ts).
 */
import type { Clock } from '../../util/clock'
import { errorMessage } from '../../util/errors'
import type { Log } from '../../util/log'
import { type RetryPolicy, withRetry } from '../../util/retry'
import type { KubeClient } from './client'
import { KUBE_RETRY, kubeRetryDecision } from './errors'

export function withKubeRetries(
  client: KubeClient,
  clock: Clock,
  log: Log,
  policy: RetryPolicy = KUBE_RETRY
): KubeClient {
  const retry = <T>(what: string, op: () => Promise<T>, signal?: AbortSignal): Promise<T> =>
    withRetry(op, kubeRetryDecision, policy, clock, signal, (err, delay, attempt) =>
      log.debug(
        `kube: ${what} failed (attempt ${attempt}): ${errorMessage(err)}; retrying in ${delay} ms`
      )
    )
  return {
    get: (ref, signal) =>
      retry(`get ${ref.kind} ${ref.name}`, () => client.get(ref, signal), signal),
    list: (ref, signal) => retry(`list ${ref.kind}`, () => client.list(ref, signal), signal),
    create: (object, options) =>
      retry(`create ${object.kind} ${object.metadata.name ?? ''}`, () =>
        client.create(object, options)
      ),
    patch: (ref, patch, options) =>
      retry(`patch ${ref.kind} ${ref.name}`, () => client.patch(ref, patch, options)),
    delete: (ref, options) =>
      retry(`delete ${ref.kind} ${ref.name}`, () => client.delete(ref, options)),
    watch: (ref, options, signal) => client.watch(ref, options, signal),
    resources: (group, version) =>
      retry(`discover ${group}/${version}`, () => client.resources(group, version)),
    canI: (question) => retry(`review access to ${question.resource}`, () => client.canI(question))
  }
}
