/**
 * Cancellation with the gremlin backend: SIGINT to the bundled `chaos-gate run` while a Gremlin
 * attack runs, until its halt (`DELETE /attacks/{guid}`) reaches Gremlin. Gremlin is the local
 * server in its API's shapes the tests use (GREMLIN_API_URL); what Gremlin's clients then take to
 * roll the attack back is Gremlin's, not the gate's, and is not measured.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

import { GremlinServer } from '../../test/gremlin/gremlin-server'
import { startGateCli } from '../harness/gate-cli'
import { type BenchContext, measured, type Row } from '../harness/model'
import { expectExit } from '../harness/processes'

const RUNNER_GRACE_MS = 7500

function experiment(ctx: BenchContext, i: number): string {
  const dir = ctx.tempDir(`gremlin-cancel-${i}`)
  writeFileSync(
    join(dir, 'gremlin.yaml'),
    `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: gremlin-cancel }
spec:
  duration: 10m
  gremlin:
    attack:
      type: cpu
      args: ['-c', '1']
      target: { hosts: { tags: { service: bench } }, count: 1 }
`
  )
  return dir
}

async function once(ctx: BenchContext, api: GremlinServer, i: number): Promise<number> {
  let onRunning: () => void = () => undefined
  let onHalt: (at: number) => void = () => undefined
  const running = new Promise<void>((resolve) => (onRunning = resolve))
  const halted = new Promise<number>((resolve) => (onHalt = resolve))
  api.onStage = (stage) => {
    if (stage === 'Running') onRunning()
    if (stage === 'Halted') onHalt(performance.now())
  }
  api.attackScript = ['Running']
  const gate = startGateCli(ctx, {
    bundle: await ctx.bundle(),
    experiments: experiment(ctx, i),
    extraArgs: ['--run-id', `bench-gremlin-${i}`],
    env: { GREMLIN_API_URL: api.url, GREMLIN_TEAM_ID: api.teamId, GREMLIN_API_KEY: api.apiKey },
    timeoutMs: 120_000
  })
  await running
  const signalledAt = performance.now()
  gate.child.kill('SIGINT')
  const haltAt = await halted
  expectExit(await gate.finished, 'chaos-gate run (gremlin) after SIGINT', [1])
  return haltAt - signalledAt
}

export async function gremlinCancelRow(ctx: BenchContext): Promise<Row> {
  const api = await GremlinServer.start()
  try {
    const samples: number[] = []
    for (let i = 0; i < ctx.reps(5, 2); i++) samples.push(await once(ctx, api, i))
    ctx.log(`gremlin SIGINT → attack halted: ${samples.map((ms) => ms.toFixed(0)).join(', ')} ms`)
    const value = measured(samples, 'ms')
    return {
      benchmark: 'Cancellation',
      case: 'SIGINT → DELETE /attacks/{guid} received (1 in flight, gremlin backend, local Gremlin API)',
      value,
      target: {
        text: `< ${RUNNER_GRACE_MS / 1000} s (the runner's SIGTERM)`,
        met: value.summary.max < RUNNER_GRACE_MS
      }
    }
  } finally {
    await api.close()
  }
}
