/**
 * The kubernetes check language: what parses into which query, and that every malformed query is
 * refused with the offset of the offending text and what was expected there.
 */
import { parseKubeQuery } from '../../../src/manifest/queries/kube-query'

describe('parseKubeQuery', () => {
  it('reads workload targets, kind aliases and a namespace prefix', () => {
    expect(parseKubeQuery('readyReplicas(deployment/checkout)')).toEqual({
      fn: 'readyReplicas',
      target: { kind: 'workload', workload: 'Deployment', name: 'checkout' },
      reasons: []
    })
    expect(parseKubeQuery(' readyRatio( sts/db ) ')).toMatchObject({
      fn: 'readyRatio',
      target: { kind: 'workload', workload: 'StatefulSet', name: 'db' }
    })
    expect(parseKubeQuery('restarts(prod/Deployment/checkout)')).toMatchObject({
      fn: 'restarts',
      namespace: 'prod'
    })
  })

  it('reads a braced selector with commas inside, and the second argument after it', () => {
    expect(parseKubeQuery('notReady({app=checkout,tier in (web,api)}, 30s)')).toEqual({
      fn: 'notReady',
      target: { kind: 'selector', selector: 'app=checkout,tier in (web,api)' },
      notReadyForMs: 30_000,
      reasons: []
    })
    expect(
      parseKubeQuery('warningEvents(staging/{app=checkout}, BackOff|Unhealthy | FailedScheduling)')
    ).toEqual({
      fn: 'warningEvents',
      namespace: 'staging',
      target: { kind: 'selector', selector: 'app=checkout' },
      reasons: ['BackOff', 'Unhealthy', 'FailedScheduling']
    })
  })

  it.each([
    ['ready(deployment/checkout)', "unknown kubernetes function 'ready'", 0],
    ['readyReplicas deployment/checkout', 'is not a function call', 0],
    ['readyReplicas({app=checkout})', 'needs deployment/NAME or statefulset/NAME', 14],
    ['readyReplicas(daemonset/agent)', "'daemonset' is not a workload kind", 14],
    ['restarts(deployment/Checkout_1)', "'Checkout_1' is not an object name", 20],
    ['restarts(checkout)', "'checkout' is not a target", 9],
    ['restarts({app=checkout)', "'{' is not closed", 9],
    ['restarts({app==,})', 'is not a label requirement', 10],
    ['notReady(deployment/checkout)', 'needs how long a pod may stay not Ready', 28],
    ['notReady(deployment/checkout, soon)', "'soon' is not a duration", 29],
    ['warningEvents(deployment/checkout, Back-Off)', "'Back-Off' is not an event reason", 34],
    ['restarts(deployment/checkout, 5m)', 'takes one argument', 29]
  ])('%s is refused: %s', (query, message, offset) => {
    const parsed = parseKubeQuery(query)
    expect(parsed).toMatchObject({ offset })
    expect('message' in parsed && parsed.message).toContain(message)
  })
})
