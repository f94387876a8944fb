/**
 * `chaos-gate cleanup`: stops and removes whatever a run left behind, from its run-state file
 * (the latest run unless --run-id names one). The action's post step does the same.
 */
import { relative } from 'node:path'

import { cleanupRun, stoppedFaults } from '../../gate/cleanup-run'
import { fileRunState, readRunState, runStatePath } from '../../gate/run-state/run-state'
import { InputError, InputErrors } from '../../util/errors'
import type { Command } from '../command'
import { ExitCode } from '../exit-codes'
import { gremlinFrom } from '../gremlin-flags'
import { CLI_SETTINGS, parseCliSetting } from '../settings-flags'
import { cliBackends, cliLog } from './gate-io'

export const cleanupCommand: Command = {
  name: 'cleanup',
  help: [
    'Usage: chaos-gate cleanup [--run-id ID] [--state-dir DIR] [--kubeconfig FILE] [--context NAME]',
    '',
    'Aborts every fault the run recorded and removes what it created (by its run-id label).',
    'Without --run-id, cleans up the latest run in the state directory.',
    '',
    '    --run-id ID       the run to clean up (default: the latest)',
    `    --state-dir DIR   where run-state files are (default ${CLI_SETTINGS.stateDir.default})`,
    '    --kubeconfig FILE the cluster of a Kubernetes run (default: the one the run used, then KUBECONFIG, then ~/.kube/config)',
    '    --context NAME    its kube context',
    '    --gremlin-team-id ID  Gremlin team of attacks that recorded none (or GREMLIN_TEAM_ID; the key: GREMLIN_API_KEY)',
    '',
    'Exit codes: 0 clean, 2 no such run, 3 something was left behind (each is named).'
  ].join('\n'),
  options: {
    'run-id': { type: 'string' },
    'state-dir': { type: 'string' },
    kubeconfig: { type: 'string' },
    context: { type: 'string' },
    'gremlin-team-id': { type: 'string' }
  },
  async run(flags, _positionals, io) {
    const stateDir = parseCliSetting(CLI_SETTINGS.stateDir, flags, io)
    const runId = parseCliSetting(CLI_SETTINGS.runId, flags, io)
    if (stateDir instanceof InputError || runId instanceof InputError) {
      const bad = [stateDir, runId].filter((v) => v instanceof InputError)
      throw bad.length === 1 && bad[0] ? bad[0] : new InputErrors(bad)
    }
    const state = await readRunState(stateDir, runId)
    if (!state) {
      if (runId !== undefined)
        throw new InputError('--run-id', `no run-state file ${runStatePath(stateDir, runId)}`)
      io.stdout.write(
        `No run-state files in ${relative(io.cwd, stateDir) || '.'}; nothing to clean up.\n`
      )
      return ExitCode.ok
    }
    const log = cliLog(io)
    // The cluster the run recorded, unless the flags name another.
    const kubeconfig =
      typeof flags.kubeconfig === 'string' ? flags.kubeconfig : state.cluster?.kubeconfig
    const context = typeof flags.context === 'string' ? flags.context : state.cluster?.context
    const gremlin = gremlinFrom(flags, io)
    const registry = cliBackends(io, log, { kubeconfig, context, ...(gremlin && { gremlin }) })
    const record = await cleanupRun(
      state,
      { backends: (kind) => registry.get(kind), clock: io.clock, log, by: 'chaos-gate cleanup' },
      fileRunState(stateDir, io.clock, state.pid, { ...(io.secrets && { secrets: io.secrets }) })
    )
    io.stdout.write(
      `Run ${state.runId} (${state.status}, started ${new Date(state.startedAt).toISOString()}):\n`
    )
    const stopped = stoppedFaults(state, record)
    for (const r of record.reports) {
      for (const f of stopped)
        if (f.backend === r.backend && !r.deleted.includes(f.ref))
          io.stdout.write(`  ${r.backend}: stopped ${f.ref}\n`)
      for (const d of r.deleted) io.stdout.write(`  ${r.backend}: removed ${d}\n`)
      for (const s of r.stuck)
        io.stdout.write(
          `  ${r.backend}: LEFT BEHIND ${s.ref}: ${s.reason} (inspect: ${s.inspect})\n`
        )
      for (const e of r.errors) io.stdout.write(`  ${r.backend}: ERROR ${e}\n`)
    }
    io.stdout.write(
      record.clean ? 'Clean: nothing of this run is left.\n' : 'Not clean: see above.\n'
    )
    return record.clean ? ExitCode.ok : ExitCode.cannotOperate
  }
}
