import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { readRunState } from '../../src/gate/run-state/run-state'
import { request, startUpstream } from '../backends/local/http-helpers'

const TSX = join(__dirname, '../../node_modules/.bin/tsx')

/** Resolves with the first stdout line matching `pattern`. */
function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let buffer = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const match = pattern.exec(buffer)
      if (match) resolve(match)
    })
    child.once('exit', (code) =>
      reject(new Error(`the gate exited (${code}) before printing ${pattern}: ${buffer}`))
    )
  })
}

describe('SIGTERM mid-fault (a real child process)', () => {
  it('stops injecting, closes the proxy, and records the abort and the cleanup', async () => {
    const upstream = await startUpstream()
    const stateDir = await mkdtemp(join(tmpdir(), 'chaos-gate-sigterm-'))
    const child = spawn(
      TSX,
      [join(__dirname, 'fixtures/sigterm-gate.ts'), stateDir, upstream.url],
      {
        stdio: ['ignore', 'pipe', 'inherit']
      }
    )
    try {
      const [, proxyUrl] = await waitForLine(child, /INJECTED (\S+)\n/)
      expect((await request(`${proxyUrl}/hello`)).status).toBe(500)
      expect(
        (await readRunState(stateDir, 'sigterm-run'))?.experiments.sigterm?.handle?.data?.url
      ).toBe(proxyUrl)

      const verdict = waitForLine(child, /VERDICT (\S+)\n/)
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      expect((await verdict)[1]).toBe('inconclusive')
      expect(await exited).toBe(1)

      await expect(request(`${proxyUrl}/hello`)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
      const state = await readRunState(stateDir, 'sigterm-run')
      expect(state).toMatchObject({
        status: 'interrupted',
        experiments: {
          sigterm: {
            abortReason: 'received SIGTERM',
            cleanup: {
              deleted: [expect.stringContaining(proxyUrl!) as string],
              stuck: [],
              errors: []
            }
          }
        }
      })
      expect(state?.experiments.sigterm?.abortedAt).toBeLessThanOrEqual(
        state?.experiments.sigterm?.cleanedAt ?? 0
      )
    } finally {
      child.kill('SIGKILL')
      await upstream.close()
    }
  }, 30_000)
})
