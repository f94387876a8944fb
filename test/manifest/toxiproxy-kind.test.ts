import { errorsOf, experimentNamed, inspectTexts } from './inspect'

const experiment = (spec: string): string =>
  `apiVersion: chaos-gate.dev/v1alpha1\nkind: Experiment\nmetadata:\n  name: e1\nspec:\n  duration: 30s\n${spec}`

describe('Experiment with a toxiproxy fault', () => {
  it("takes Toxiproxy's own toxic JSON, fills defaults, and declares the traffic share", async () => {
    const spec = `  toxiproxy:
    proxy: redis
    toxics:
      - { type: latency, attributes: { latency: 500 } }
      - { type: reset_peer, name: flaky, stream: upstream, toxicity: 0.25, attributes: {} }
`
    const e = experimentNamed(await inspectTexts({ 'e.yaml': experiment(spec) }), 'e1')
    expect(e).toMatchObject({
      backend: 'toxiproxy',
      kind: 'toxiproxy',
      action: 'latency+reset_peer',
      durationMs: 30_000
    })
    expect(e.fault).toEqual({
      kind: 'toxiproxy',
      spec: {
        server: 'http://127.0.0.1:8474',
        proxy: 'redis',
        toxics: [
          {
            name: 'latency',
            type: 'latency',
            stream: 'downstream',
            toxicity: 1,
            attributes: { latency: 500, jitter: 0 }
          },
          {
            name: 'flaky',
            type: 'reset_peer',
            stream: 'upstream',
            toxicity: 0.25,
            attributes: { timeout: 0 }
          }
        ]
      }
    })
    expect(e.targets).toMatchObject({ resource: 'traffic', mode: { kind: 'all' } })
  })

  it('creates a proxy for the run from listen and upstream', async () => {
    const spec = `  toxiproxy:
    server: http://toxiproxy:8474/
    listen: 0.0.0.0:0
    upstream: db:5432
    toxics: [{ type: limit_data, toxicity: 0.5, attributes: { bytes: 100 } }]
`
    const e = experimentNamed(await inspectTexts({ 'e.yaml': experiment(spec) }), 'e1')
    expect(e.fault).toMatchObject({
      spec: {
        server: 'http://toxiproxy:8474',
        create: { listen: '0.0.0.0:0', upstream: 'db:5432' }
      }
    })
    expect(e.targets?.mode).toEqual({ kind: 'percent', percent: 50 })
  })

  it.each([
    [
      'both a proxy and listen',
      '    proxy: a\n    listen: 127.0.0.1:1\n    upstream: b:1\n',
      'e.yaml:8:12 toxiproxy/proxy'
    ],
    ['neither', '', 'e.yaml:7:3 toxiproxy/proxy'],
    ['listen without upstream', '    listen: 127.0.0.1:1\n', 'e.yaml:7:3 toxiproxy/proxy']
  ])('refuses %s', async (_, proxy, error) => {
    const spec = `  toxiproxy:\n${proxy}    toxics: [{ type: timeout, attributes: { timeout: 0 } }]\n`
    expect(errorsOf(await inspectTexts({ 'e.yaml': experiment(spec) }))).toEqual([error])
  })

  it('refuses unknown attributes, a toxicity above 1 and two toxics of one name', async () => {
    const bad = experiment(`  toxiproxy:
    proxy: a
    toxics:
      - { type: latency, attributes: { delay: 5 } }
      - { type: bandwidth, toxicity: 2, attributes: { rate: 1 } }
`)
    expect(errorsOf(await inspectTexts({ 'e.yaml': bad }))).toHaveLength(2)
    const twice = experiment(`  toxiproxy:
    proxy: a
    toxics:
      - { type: slicer, attributes: { average_size: 10 } }
      - { type: slicer, attributes: { average_size: 20 } }
`)
    expect(errorsOf(await inspectTexts({ 'e.yaml': twice }))).toEqual([
      'e.yaml:11:9 toxiproxy/duplicate-toxic'
    ])
  })

  it('needs a duration', async () => {
    const text = experiment(
      '  toxiproxy:\n    proxy: a\n    toxics: [{ type: slow_close, attributes: { delay: 1 } }]\n'
    ).replace('  duration: 30s\n', '')
    expect(errorsOf(await inspectTexts({ 'e.yaml': text }))).toEqual([
      'e.yaml:5:1 duration/missing'
    ])
  })
})

describe('a Toxiproxy config file', () => {
  it('is recognised as the proxies toxiproxy-server creates, not run, with how to fault one', async () => {
    const config = JSON.stringify([
      { name: 'redis', listen: '127.0.0.1:26379', upstream: '127.0.0.1:6379', enabled: true }
    ])
    const exp = experiment(
      '  toxiproxy:\n    proxy: redis\n    toxics: [{ type: timeout, attributes: { timeout: 0 } }]\n'
    )
    const result = await inspectTexts({ 'toxiproxy.json': config, 'e.yaml': exp })
    expect(errorsOf(result)).toEqual([])
    expect(
      result.issues.filter((i) => i.file === 'toxiproxy.json').map((i) => [i.code, i.severity])
    ).toEqual([['toxiproxy/config', 'notice']])
  })
})
