import { selectorsDisjoint } from '../../src/gate/selector-overlap'
import { conflictBetween } from '../../src/gate/target-overlap'
import type { Experiment, KubeObject, TargetDeclaration } from '../../src/manifest/model'
import { makeExperiment } from './fakes/gate-fixtures'

describe('selectorsDisjoint', () => {
  it.each([
    ['app=cart', 'app=checkout', true],
    ['app=cart', 'app==cart', false],
    ['app=cart', 'tier=web', false],
    ['app in (a,b)', 'app in (c)', true],
    ['app in (a,b)', 'app in (b,c)', false],
    ['app=a', 'app notin (a)', true],
    ['app=a', 'app!=b', false],
    ['app=a', 'app!=a', true],
    ['canary', '!canary', true],
    ['canary', 'canary=true', false],
    ['!canary', 'canary=true', true],
    ['app=a,tier=web', 'app=a,tier=db', true],
    ['app=a,tier=web', 'app=a', false],
    ['', 'app=a', false],
    ['app=a', 'not a (selector', false]
  ])('%s vs %s: disjoint %s', (a, b, disjoint) => {
    expect(selectorsDisjoint(a, b)).toBe(disjoint)
    expect(selectorsDisjoint(b, a)).toBe(disjoint)
  })
})

function onPods(
  name: string,
  labelSelector: string,
  namespace = 'staging',
  extra: Partial<TargetDeclaration> = {}
): Experiment {
  return makeExperiment({
    name,
    backend: 'chaos-mesh',
    namespace,
    targets: {
      namespaces: [namespace],
      labelSelector,
      mode: { kind: 'count', count: 1 },
      location: { file: 'x.yaml', line: 1, col: 1 },
      ...extra
    }
  })
}

function onRouting(name: string, vsName: string, hosts: string[]): Experiment {
  const object: KubeObject = {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { name: vsName, namespace: 'staging' },
    spec: { hosts }
  }
  return makeExperiment({
    name,
    backend: 'kubernetes',
    namespace: 'staging',
    kind: 'VirtualService',
    fault: { kind: 'kube-object', object }
  })
}

describe('conflictBetween', () => {
  it('two faults on pods one selector may share in one namespace conflict, with the reason', () => {
    expect(conflictBetween(onPods('a', 'app=checkout'), onPods('b', 'app=checkout'))).toBe(
      "both target pods matching 'app=checkout' in staging"
    )
    expect(conflictBetween(onPods('a', 'app=checkout'), onPods('b', 'tier=web'))).toBe(
      "both target pods matching 'app=checkout' and 'tier=web' in staging"
    )
  })

  it('disjoint selectors, other namespaces, and disjoint pod names do not conflict', () => {
    expect(conflictBetween(onPods('a', 'app=checkout'), onPods('b', 'app=cart'))).toBeUndefined()
    expect(
      conflictBetween(onPods('a', 'app=checkout'), onPods('b', 'app=checkout', 'qa'))
    ).toBeUndefined()
    expect(
      conflictBetween(
        onPods('a', '', 'staging', { podNames: ['p-1'] }),
        onPods('b', '', 'staging', { podNames: ['p-2'] })
      )
    ).toBeUndefined()
  })

  it('VirtualServices conflict on the same object or a shared host', () => {
    expect(
      conflictBetween(onRouting('a', 'ratings', ['ratings']), onRouting('b', 'ratings', ['x']))
    ).toBe('both rewrite VirtualService staging/ratings')
    expect(
      conflictBetween(
        onRouting('a', 'r1', ['ratings']),
        onRouting('b', 'r2', ['ratings', 'reviews'])
      )
    ).toBe('both inject faults into the routes of host ratings')
    expect(
      conflictBetween(onRouting('a', 'r1', ['ratings']), onRouting('b', 'r2', ['reviews']))
    ).toBeUndefined()
    expect(
      conflictBetween(onRouting('a', 'r1', ['ratings']), onPods('b', 'app=ratings'))
    ).toBeUndefined()
  })

  it('a fault without declared targets claims its whole namespace; node faults claim every pod', () => {
    const workflow = makeExperiment({ name: 'wf', backend: 'chaos-mesh', namespace: 'staging' })
    expect(conflictBetween(workflow, onPods('b', 'app=cart'))).toMatch(
      /does not say which pods of namespace staging/
    )
    const nodes = onPods('n', 'pool=spot', 'staging', { resource: 'node' })
    expect(conflictBetween(nodes, onPods('b', 'app=cart', 'qa'))).toBe(
      'a node fault may hit the pods the other targets'
    )
  })

  it('local proxies never conflict: each has its own', () => {
    expect(
      conflictBetween(makeExperiment({ name: 'a' }), makeExperiment({ name: 'b' }))
    ).toBeUndefined()
  })
})
