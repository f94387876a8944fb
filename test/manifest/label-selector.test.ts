import { formatLabelSelector, labelSelectorProblem } from '../../src/manifest/adopt/label-selector'
import { closest } from '../../src/manifest/classify/suggest'

describe('label selectors', () => {
  it.each([
    'app=checkout',
    'app==checkout,tier!=db',
    'app.kubernetes.io/name=cart',
    'env in (a, b),!canary',
    'release',
    'app='
  ])('%s is valid', (selector) => expect(labelSelectorProblem(selector)).toBeUndefined())

  it.each([
    ['', 'the selector is empty'],
    ['app=<name>', "'<name>' is not a valid label value"],
    [
      'bad key=x',
      "'bad key=x' is not a label requirement (key, !key, key=value, key!=value, key in (a,b))"
    ],
    ['!app=x', "'!app=x' mixes '!' with an operator"],
    ['env in (a,b c)', "'b c' is not a valid label value"]
  ])('%j is refused: %s', (selector, problem) =>
    expect(labelSelectorProblem(selector)).toBe(problem)
  )

  it('renders labels and expressions in Kubernetes string form', () => {
    const text = formatLabelSelector({ app: 'a' }, [
      { key: 'tier', operator: 'In', values: ['web', 'edge'] },
      { key: 'x', operator: 'NotIn', values: ['1'] },
      { key: 'canary', operator: 'Exists' },
      { key: 'legacy', operator: 'DoesNotExist' }
    ])
    expect(text).toBe('app=a,tier in (web,edge),x notin (1),canary,!legacy')
  })
})

describe('suggestions', () => {
  it('offers only close matches', () => {
    expect(closest('PodChoas', ['PodChaos', 'IOChaos'])).toBe('PodChaos')
    expect(closest('chaos-mesh.com', ['chaos-mesh.org', 'litmuschaos.io'])).toBe('chaos-mesh.org')
    expect(closest('Deployment', ['PodChaos', 'IOChaos'])).toBeUndefined()
  })
})
