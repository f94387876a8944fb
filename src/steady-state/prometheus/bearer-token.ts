/**
 * Bearer tokens for managed Prometheus services that take short-lived tokens (Google Managed
 * Service for Prometheus, Azure Monitor managed Prometheus): read from a file a sidecar or the
 * runner refreshes, or printed by a command (`gcloud auth print-access-token`,
 * `az account get-access-token --query accessToken -o tsv`). The token is read once per
 * experiment, when its Prometheus source opens, and becomes an Authorization header, so it is
 * masked like every header. A token that cannot be read stops the experiment before any fault.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'

import type { BearerTokenSource } from '../../manifest/steady-state-model'

/** A command that has not printed its token by then is not going to. */
const COMMAND_TIMEOUT_MS = 30_000

export async function readBearerToken(from: BearerTokenSource): Promise<string> {
  const token = 'file' in from ? await fromFile(from.file) : await fromCommand(from.command)
  if (token === '')
    throw new Error(
      `the bearer token from ${'file' in from ? `file ${from.file}` : `command '${from.command.join(' ')}'`} is empty`
    )
  return token
}

async function fromFile(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim()
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error'
    throw new Error(`cannot read the bearer token file ${file} (${code})`, { cause: err })
  }
}

function fromCommand(command: readonly string[]): Promise<string> {
  const [program = '', ...args] = command
  return new Promise((resolve, reject) => {
    execFile(program, args, { timeout: COMMAND_TIMEOUT_MS }, (err, stdout, stderr) => {
      // The command's own words, which never contain the token (it failed to print one).
      if (err)
        reject(
          new Error(
            `the bearer token command '${command.join(' ')}' failed: ${stderr.trim().split('\n').at(-1) || err.message}`
          )
        )
      else resolve(stdout.trim())
    })
  })
}
