/**
 * Finds the Prometheus binary the tests run (test/prometheus, the demo's --prometheus path), and
 * installs the Debian package when it is missing on a machine where that is possible (root with
 * apt-get), so the README's test command passes on a fresh Debian or Ubuntu machine. Anywhere
 * else a missing binary fails the run with one line naming what to install.
 */
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

/** The Debian package install, as the README and .ci/run state it. */
export const APT_INSTALL = ['install', '-y', '-qq', '--no-install-recommends', 'prometheus']

/** What the lookup needs from the machine; the global setup passes the real ones. */
export interface MachineAccess {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly isRoot: boolean
  /** Runs a command to completion; false (its output shown) when it failed. */
  run(command: string, args: readonly string[]): boolean
  /** One line of progress for the person running the tests. */
  say(line: string): void
  readonly isExecutable: (path: string) => boolean
}

export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** `name` on the PATH in `env`, or undefined. */
export function onPath(
  name: string,
  env: MachineAccess['env'],
  isExecutable: (p: string) => boolean
): string | undefined {
  return (env['PATH'] ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, name))
    .find(isExecutable)
}

/**
 * The Prometheus binary: $PROMETHEUS_BIN, else `prometheus` on the PATH, else the Debian package
 * installed once (root with apt-get only). Throws one line saying what to install otherwise.
 */
export function ensurePrometheus(m: MachineAccess): string {
  const named = m.env['PROMETHEUS_BIN']
  if (named) {
    if (m.isExecutable(named)) return named
    throw new Error(
      `PROMETHEUS_BIN=${named} is not an executable file: point it at the prometheus binary, or unset it to use prometheus on the PATH.`
    )
  }
  const found = onPath('prometheus', m.env, m.isExecutable)
  if (found) return found
  const apt = onPath('apt-get', m.env, m.isExecutable)
  if (m.isRoot && apt) {
    m.say(
      `prometheus is not installed; the tests need it, installing the Debian package once: apt-get ${APT_INSTALL.join(' ')}`
    )
    const lock = ['-o', 'DPkg::Lock::Timeout=300']
    const installed =
      m.run(apt, [...lock, 'update', '-qq']) && m.run(apt, [...lock, ...APT_INSTALL])
    const after = installed ? onPath('prometheus', m.env, m.isExecutable) : undefined
    if (after) return after
    throw new Error(
      `apt-get could not install prometheus (see its output above); install it yourself (apt-get ${APT_INSTALL.join(' ')}) or set PROMETHEUS_BIN.`
    )
  }
  throw new Error(
    'The tests need Prometheus: install it (Debian/Ubuntu: sudo apt-get install -y --no-install-recommends prometheus; or a release from https://prometheus.io/download/) and put prometheus on the PATH or set PROMETHEUS_BIN.'
  )
}
