/**
 * The done-when behaviours of the Prometheus gate, through the real engine and a real Prometheus:
 * a breach during the fault aborts it within one check interval plus the scrape delay; Prometheus
 * down for the whole fault window is inconclusive; an unhealthy baseline injects nothing.
 */
import http from 'node:http'

import { type DemoService, startDemoService } from '../../src/demo/demo-service'
import { systemClock } from '../../src/util/clock'
import { errorExperiment, GateHarness } from './gate-harness'
import { portOf } from './port-of'

jest.setTimeout(120_000)

const INTERVAL_MS = 1000
const SCRAPE_INTERVAL_MS = 1000

let gate: GateHarness
let shop: DemoService

beforeAll(async () => {
  shop = await startDemoService({ clock: systemClock, random: Math.random })
  gate = await GateHarness.start()
})

afterAll(async () => {
  await gate?.dispose()
  await shop?.close()
})

it('a breach during the fault aborts it within one interval plus the scrape delay: verdict aborted', async () => {
  const report = await gate.run('breach', errorExperiment('prom-breach', shop.url, 50))
  const e = report.experiments[0]
  expect(e?.verdict).toBe('aborted')
  expect(e?.fault.abortedBy).toBe('guard')
  expect(e?.reasons[0]).toMatch(
    /^the steady state broke during the fault and the guard aborted it: edge-error-ratio = 0\.\d+ > threshold\.max 0\.05/
  )
  // Before the fault, the PromQL check held on real data.
  expect(e?.checks.find((c) => c.name === 'edge-error-ratio')?.phases.before?.outcome).toBe('pass')
  const injectedAt = e?.fault.injectedAt ?? NaN
  const breachAt = e?.fault.breachAt ?? NaN
  // Errors start at injection, are scraped within one scrape interval, and the next tick sees them.
  // The margin covers rate() needing two samples in its window and the query itself.
  expect(breachAt - injectedAt).toBeLessThanOrEqual(INTERVAL_MS + 2 * SCRAPE_INTERVAL_MS + 500)
  const during =
    e?.measurements.filter((m) => m.check === 'edge-error-ratio' && m.phase === 'during') ?? []
  expect(during.at(-1)?.level).toBe('breach')
  expect(e?.recovery?.timedOut).toBe(false)
})

it('Prometheus down for the whole fault window is inconclusive, never a pass', async () => {
  let stopping: Promise<void> | undefined
  const report = await gate.run('blind', errorExperiment('prom-blind', shop.url, 1, '2s'), {
    phaseStarted: (_name, phase) => {
      if (phase === 'inject') stopping = gate.prometheus.stop()
    }
  })
  await stopping
  try {
    const e = report.experiments[0]
    expect(e?.verdict).toBe('inconclusive')
    expect(e?.fault.injectedAt).toBeDefined()
    expect(e?.reasons[0]).toMatch(
      /^edge-error-ratio could not be measured during the fault: .*cannot reach Prometheus/
    )
  } finally {
    await gate.prometheus.restart()
  }
})

it('an unhealthy baseline means nothing is injected', async () => {
  // A service already failing a fifth of its calls before any fault.
  const sick = http.createServer((_req, res) => {
    res.writeHead(Math.random() < 0.2 ? 500 : 200, { 'content-type': 'application/json' }).end('{}')
  })
  await new Promise<void>((resolve) => sick.listen(0, '127.0.0.1', resolve))
  try {
    const report = await gate.run(
      'sick',
      errorExperiment('prom-sick', `http://127.0.0.1:${portOf(sick)}`, 50)
    )
    const e = report.experiments[0]
    expect(e?.verdict).toBe('fail')
    expect(e?.reasons[0]).toMatch(
      /^steady state not met before fault: edge-error-ratio = 0\.\d+ > threshold\.max 0\.05.*; nothing was injected$/
    )
    expect(e?.fault.injectedAt).toBeUndefined()
    expect(e?.phases.find((p) => p.name === 'inject')).toBeUndefined()
  } finally {
    sick.closeAllConnections()
    await new Promise<void>((resolve) => sick.close(() => resolve()))
  }
})
