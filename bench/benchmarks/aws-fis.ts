/**
 * Cancellation with the aws-fis backend: SIGINT to the bundled `chaos-gate run` while an FIS
 * experiment runs, until StopExperiment reaches FIS. FIS is the local FIS-compatible endpoint the
 * tests use (the real SDK in the gate talks to it through AWS_ENDPOINT_URL_FIS); what FIS then
 * takes to roll the actions back is AWS's, not the gate's, and is not measured.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

import { FisServer } from '../../test/aws-fis/fis-server'
import { startGateCli } from '../harness/gate-cli'
import { type BenchContext, measured, type Row } from '../harness/model'
import { expectExit } from '../harness/processes'

const RUNNER_GRACE_MS = 7500

function experiment(ctx: BenchContext, i: number): string {
  const dir = ctx.tempDir(`fis-cancel-${i}`)
  writeFileSync(
    join(dir, 'fis.yaml'),
    `apiVersion: chaos-gate.dev/v1alpha1
kind: Experiment
metadata: { name: fis-cancel }
spec:
  awsFis:
    template:
      description: bench
      actions: { wait: { actionId: 'aws:fis:wait', parameters: { duration: PT10M } } }
      stopConditions: [{ source: none }]
      roleArn: arn:aws:iam::123456789012:role/fis
`
  )
  return dir
}

async function once(ctx: BenchContext, fis: FisServer, i: number): Promise<number> {
  let onRunning: () => void = () => undefined
  let onStop: (at: number) => void = () => undefined
  const running = new Promise<void>((resolve) => (onRunning = resolve))
  const stopped = new Promise<number>((resolve) => (onStop = resolve))
  fis.onStatus = (status) => {
    if (status === 'running') onRunning()
    if (status === 'stopping') onStop(performance.now())
  }
  fis.script = [{ status: 'running' }]
  const gate = startGateCli(ctx, {
    bundle: await ctx.bundle(),
    experiments: experiment(ctx, i),
    extraArgs: ['--run-id', `bench-fis-${i}`],
    env: {
      AWS_ENDPOINT_URL_FIS: fis.url,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'bench-secret'
    },
    timeoutMs: 120_000
  })
  await running
  const signalledAt = performance.now()
  gate.child.kill('SIGINT')
  const stopAt = await stopped
  expectExit(await gate.finished, 'chaos-gate run (aws-fis) after SIGINT', [1])
  return stopAt - signalledAt
}

export async function awsFisCancelRow(ctx: BenchContext): Promise<Row> {
  const fis = await FisServer.start()
  try {
    const samples: number[] = []
    for (let i = 0; i < ctx.reps(5, 2); i++) samples.push(await once(ctx, fis, i))
    ctx.log(`aws-fis SIGINT → StopExperiment: ${samples.map((ms) => ms.toFixed(0)).join(', ')} ms`)
    const value = measured(samples, 'ms')
    return {
      benchmark: 'Cancellation',
      case: 'SIGINT → StopExperiment received (1 in flight, aws-fis backend, real SDK, local FIS endpoint)',
      value,
      target: {
        text: `< ${RUNNER_GRACE_MS / 1000} s (the runner's SIGTERM)`,
        met: value.summary.max < RUNNER_GRACE_MS
      }
    }
  } finally {
    await fis.close()
  }
}
