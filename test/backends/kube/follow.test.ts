import { follow, type FollowSnapshot } from '../../../src/backends/kube/follow'
import {
  type CollectionRef,
  KubeApiError,
  type KubeObjects,
  type ObjectList,
  type WatchEvent,
  type WatchOptions
} from '../../../src/backends/kube/port'
import { KubeConnectionError } from '../../../src/backends/kube/transport'
import type { KubeObject } from '../../../src/manifest/model'
import { abortReason } from '../../../src/util/clock'
import { FakeClock } from '../../fakes/clock'

const ref: CollectionRef = {
  apiVersion: 'litmuschaos.io/v1alpha1',
  kind: 'ChaosEngine',
  namespace: 'staging',
  fieldSelector: 'metadata.name=e1'
}

const obj = (name: string, rv: string, state = 'initialized'): KubeObject => ({
  apiVersion: ref.apiVersion,
  kind: 'ChaosEngine',
  metadata: { name, namespace: 'staging', resourceVersion: rv },
  status: { engineStatus: state }
})
const added = (o: KubeObject): WatchEvent => ({ type: 'ADDED', object: o })
const modified = (o: KubeObject): WatchEvent => ({ type: 'MODIFIED', object: o })
const bookmark = (rv: string): WatchEvent => ({
  type: 'BOOKMARK',
  object: { apiVersion: ref.apiVersion, kind: 'ChaosEngine', metadata: { resourceVersion: rv } }
})

/**
 * A watch script: events, then how the stream ends: an error, at once (the server closed it), or
 * only when its signal aborts, by rejecting ('hang') or by ending quietly ('until-abort').
 */
type WatchScript = { events: WatchEvent[]; end?: Error | 'hang' | 'until-abort' }

/** A KubeObjects whose list and watch answers are scripted call by call; the last script repeats. */
class ScriptedKube implements Pick<KubeObjects, 'list' | 'watch'> {
  readonly watchOptions: WatchOptions[] = []
  listCalls = 0
  constructor(
    private readonly lists: (ObjectList | Error)[],
    private readonly watches: WatchScript[]
  ) {}

  async list(): Promise<ObjectList> {
    this.listCalls++
    const next = this.lists.length > 1 ? this.lists.shift() : this.lists[0]
    if (next instanceof Error || next === undefined) throw next ?? new Error('no list scripted')
    return next
  }

  async *watch(
    _ref: CollectionRef,
    options: WatchOptions,
    signal: AbortSignal
  ): AsyncGenerator<WatchEvent> {
    this.watchOptions.push(options)
    const script = (this.watches.length > 1 ? this.watches.shift() : this.watches[0]) ?? {
      events: [],
      end: 'hang'
    }
    for (const e of script.events) yield e
    if (script.end === 'hang')
      await new Promise<never>((_, reject) => {
        if (signal.aborted) reject(abortReason(signal))
        signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true })
      })
    if (script.end === 'until-abort')
      await new Promise<void>((resolve) => {
        if (signal.aborted) resolve()
        signal.addEventListener('abort', () => resolve(), { once: true })
      })
    if (script.end instanceof Error) throw script.end
  }
}

function asKube(s: ScriptedKube): KubeObjects {
  const unused = (): never => {
    throw new Error('not used by follow')
  }
  return {
    get: unused,
    create: unused,
    patch: unused,
    delete: unused,
    list: () => s.list(),
    watch: (r, o, sig) => s.watch(r, o, sig)
  }
}

/** Runs the follower until `count` snapshots arrived, then aborts it. */
async function take(
  kube: ScriptedKube,
  count: number,
  clock = new FakeClock(),
  extra = {}
): Promise<FollowSnapshot[]> {
  const controller = new AbortController()
  const out: FollowSnapshot[] = []
  for await (const snap of follow(asKube(kube), ref, {
    clock,
    signal: controller.signal,
    random: () => 0.5,
    ...extra
  })) {
    out.push(snap)
    if (out.length >= count) controller.abort()
  }
  return out
}

const states = (snaps: FollowSnapshot[]): string[] =>
  snaps.map(
    (s) =>
      `${s.via}:${s.objects.map((o) => `${String(o.metadata.name)}@${String(o.metadata.resourceVersion)}`).join(',')}`
  )

const gone = new KubeApiError(410, 'Expired', 'too old resource version')
const reset = new KubeConnectionError('socket hang up', 'ECONNRESET')

describe('follow', () => {
  it('lists, then watches from the list resourceVersion with bookmarks', async () => {
    const kube = new ScriptedKube(
      [{ items: [obj('e1', '5')], resourceVersion: '5' }],
      [{ events: [modified(obj('e1', '6', 'completed'))], end: 'hang' }]
    )
    expect(states(await take(kube, 2))).toEqual(['list:e1@5', 'watch:e1@6'])
    expect(kube.watchOptions[0]).toEqual({
      resourceVersion: '5',
      allowBookmarks: true,
      timeoutSeconds: 300
    })
  })

  it('watches again from the last resourceVersion seen when the server closes the stream', async () => {
    const kube = new ScriptedKube(
      [{ items: [], resourceVersion: '5' }],
      [
        { events: [added(obj('e1', '7')), bookmark('9')] },
        { events: [modified(obj('e1', '10'))], end: 'hang' }
      ]
    )
    const snaps = await take(kube, 3)
    expect(states(snaps)).toEqual(['list:', 'watch:e1@7', 'watch:e1@10'])
    expect(kube.watchOptions.map((o) => o.resourceVersion)).toEqual(['5', '9'])
    expect(kube.listCalls).toBe(1)
  })

  it('lists again on 410 Gone and watches from the new list', async () => {
    const kube = new ScriptedKube(
      [
        { items: [obj('e1', '5')], resourceVersion: '5' },
        { items: [obj('e1', '20', 'completed')], resourceVersion: '21' }
      ],
      [
        { events: [], end: gone },
        { events: [modified(obj('e1', '22'))], end: 'hang' }
      ]
    )
    const snaps = await take(kube, 3)
    expect(states(snaps)).toEqual(['list:e1@5', 'relist:e1@20', 'watch:e1@22'])
    expect(kube.watchOptions.map((o) => o.resourceVersion)).toEqual(['5', '21'])
  })

  it('removes deleted objects', async () => {
    const kube = new ScriptedKube(
      [{ items: [obj('e1', '5')], resourceVersion: '5' }],
      [{ events: [{ type: 'DELETED', object: obj('e1', '8') }], end: 'hang' }]
    )
    expect(states(await take(kube, 2))).toEqual(['list:e1@5', 'watch:'])
  })

  it('backs off between failed watches and keeps the resourceVersion', async () => {
    const clock = new FakeClock()
    const kube = new ScriptedKube(
      [{ items: [], resourceVersion: '5' }],
      [
        { events: [], end: reset },
        { events: [added(obj('e1', '6'))], end: 'hang' }
      ]
    )
    expect(states(await take(kube, 2, clock))).toEqual(['list:', 'watch:e1@6'])
    expect(clock.sleeps).toEqual([250])
    expect(kube.watchOptions.map((o) => o.resourceVersion)).toEqual(['5', '5'])
  })

  it('falls back to polling after repeated watch failures, then tries watching again', async () => {
    const clock = new FakeClock()
    const lists: ObjectList[] = [
      { items: [obj('e1', '5')], resourceVersion: '5' },
      { items: [obj('e1', '5')], resourceVersion: '6' },
      { items: [obj('e1', '7', 'completed')], resourceVersion: '7' }
    ]
    const kube = new ScriptedKube(lists, [
      { events: [], end: reset },
      { events: [], end: reset },
      { events: [], end: reset },
      { events: [modified(obj('e1', '9'))], end: 'hang' }
    ])
    const snaps = await take(kube, 3, clock, { pollIntervalMs: 1000, pollsBeforeRewatch: 2 })
    // The unchanged poll yields nothing; the changed one does; then the watch is back.
    expect(states(snaps)).toEqual(['list:e1@5', 'poll:e1@7', 'watch:e1@9'])
    expect(clock.sleeps).toEqual([250, 500, 1000, 1000, 1000])
  })

  it('polls at once when RBAC forbids watching but allows listing', async () => {
    const clock = new FakeClock()
    const kube = new ScriptedKube(
      [
        { items: [], resourceVersion: '5' },
        { items: [obj('e1', '6')], resourceVersion: '6' }
      ],
      [{ events: [], end: new KubeApiError(403, 'Forbidden', 'watch is forbidden') }]
    )
    expect(states(await take(kube, 2, clock, { pollIntervalMs: 2000 }))).toEqual([
      'list:',
      'poll:e1@6'
    ])
    expect(clock.sleeps).toEqual([2000])
  })

  it('counts a stream the server ends at once without events as a failure, so it cannot spin', async () => {
    const clock = new FakeClock()
    const kube = new ScriptedKube(
      [{ items: [], resourceVersion: '5' }],
      [{ events: [] }, { events: [added(obj('e1', '6'))], end: 'hang' }]
    )
    await take(kube, 2, clock)
    expect(clock.sleeps).toEqual([250])
  })

  it('does not count a stream that ended because it was stopped as a failure, so it never backs off', async () => {
    const clock = new FakeClock()
    const controller = new AbortController()
    const kube = new ScriptedKube(
      [{ items: [], resourceVersion: '5' }],
      [{ events: [], end: 'until-abort' }]
    )
    const seen: string[] = []
    for await (const snap of follow(asKube(kube), ref, { clock, signal: controller.signal })) {
      seen.push(snap.via)
      setImmediate(() => controller.abort())
    }
    expect(seen).toEqual(['list'])
    expect(kube.watchOptions).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
  })

  it('keeps trying the first list through transient failures', async () => {
    const clock = new FakeClock()
    const kube = new ScriptedKube(
      [reset, reset, { items: [obj('e1', '5')], resourceVersion: '5' }],
      [{ events: [], end: 'hang' }]
    )
    expect(states(await take(kube, 1, clock))).toEqual(['list:e1@5'])
    expect(clock.sleeps).toEqual([250, 500])
  })

  it('throws what retrying cannot fix', async () => {
    const kube = new ScriptedKube([new KubeApiError(403, 'Forbidden', 'list is forbidden')], [])
    await expect(take(kube, 1)).rejects.toMatchObject({ status: 403 })
  })

  it('ends quietly when the signal aborts during a back-off', async () => {
    const clock = new FakeClock()
    const controller = new AbortController()
    const kube = new ScriptedKube(
      [{ items: [], resourceVersion: '5' }],
      [{ events: [], end: reset }]
    )
    const seen: string[] = []
    for await (const snap of follow(asKube(kube), ref, { clock, signal: controller.signal })) {
      seen.push(snap.via)
      setImmediate(() => controller.abort())
    }
    expect(seen).toEqual(['list'])
  })
})
