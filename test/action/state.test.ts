import { readState, saveState, STATE_KEYS } from '../../src/action/state'
import { RecordingCore } from './fakes/recording-core'

describe('action state', () => {
  it('round-trips every field through the runner state, as post reads it', () => {
    const main = new RecordingCore()
    const full = {
      runId: 'r1',
      stateDir: '/tmp/chaos-gate',
      checkRunId: 42,
      checkRunCompleted: true,
      checkName: 'chaos-gate / staging',
      sha: 'a'.repeat(40),
      progress: 'interrupted',
      silences: 'silence-1,silence-2',
      silencesExpired: true
    } as const
    saveState(main, full)
    expect(main.state.size).toBe(Object.keys(STATE_KEYS).length)
    const post = new RecordingCore({}, Object.fromEntries(main.state))
    expect(readState(post)).toEqual(full)
  })

  it('reads nothing for a main step that never started, and ignores malformed values', () => {
    expect(readState(new RecordingCore())).toEqual({ checkRunCompleted: false })
    const post = new RecordingCore({}, { 'check-run-id': 'abc', progress: 'weird' })
    expect(readState(post)).toEqual({ checkRunCompleted: false })
  })

  it('saves only the fields given, leaving earlier ones in place', () => {
    const core = new RecordingCore()
    saveState(core, { runId: 'r1', progress: 'started' })
    saveState(core, { progress: 'finished' })
    expect(Object.fromEntries(core.state)).toEqual({ 'run-id': 'r1', progress: 'finished' })
  })
})
