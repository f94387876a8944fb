/**
 * Jest globalSetup: makes sure `prometheus` runs for the tests that start a real one (see
 * find-prometheus.ts). Its folder goes first on the PATH the test workers inherit, so
 * LocalPrometheus and the demo find it by name; a PROMETHEUS_BIN with another file name is
 * reached through a `prometheus` link in node_modules/.cache.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { basename, delimiter, dirname, join, resolve } from 'node:path'

import { ensurePrometheus, isExecutableFile } from './find-prometheus'

export default function globalSetup(): void {
  let binary: string
  try {
    binary = ensurePrometheus({
      env: process.env,
      isRoot: process.getuid?.() === 0,
      run: (command, args) => {
        const r = spawnSync(command, args, {
          env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
          encoding: 'utf8'
        })
        // apt-get's progress is noise when it works and the evidence when it does not.
        if (r.status !== 0)
          process.stderr.write(`${r.stdout}${r.stderr}${r.error?.message ?? ''}\n`)
        return r.status === 0
      },
      say: (line) => process.stderr.write(`\n${line}\n`),
      isExecutable: isExecutableFile
    })
  } catch (err) {
    // One line, no stack: the message says what to install.
    const line = err instanceof Error ? err.message : String(err)
    const oneLine = new Error(line)
    oneLine.stack = line
    throw oneLine
  }
  let dir = dirname(binary)
  if (basename(binary) !== 'prometheus') {
    // One fixed folder, replaced on every run, so nothing piles up in the temp directory.
    dir = resolve(__dirname, '..', '..', 'node_modules', '.cache', 'chaos-gate-prometheus')
    mkdirSync(dir, { recursive: true })
    rmSync(join(dir, 'prometheus'), { force: true })
    symlinkSync(resolve(binary), join(dir, 'prometheus'))
  }
  process.env['PATH'] = `${dir}${delimiter}${process.env['PATH'] ?? ''}`
}
