/**
 * The part of @actions/core the action uses (inputs, state, outputs, masking, log commands, job
 * summary), with core.ts's own few lines per function over the package's command, file-command and
 * summary modules. Why not `import '@actions/core'`: its index also loads the OIDC client, hence
 * @actions/http-client and undici, which the action never uses and which cost about as much as
 * starting Node itself, on every start of main, post and the CLI (deps.ts imports this module).
 * The escaping of workflow commands and the file-command format stay @actions/core's own code.
 */
import { EOL } from 'node:os'

import { issueCommand } from '@actions/core/lib/command'
import type { AnnotationProperties } from '@actions/core/lib/core'
import { issueFileCommand, prepareKeyValueMessage } from '@actions/core/lib/file-command'
import { summary } from '@actions/core/lib/summary'
import { toCommandProperties, toCommandValue } from '@actions/core/lib/utils'

export { summary }

/** core.getInput: the `INPUT_<NAME>` variable the runner sets, trimmed; '' when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** core.getBooleanInput: the YAML 1.2 core-schema booleans, anything else is a TypeError. */
export function getBooleanInput(name: string): boolean {
  const value = getInput(name)
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
      'Support boolean input list: `true | True | TRUE | false | False | FALSE`'
  )
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) issueFileCommand('STATE', prepareKeyValueMessage(name, value))
  else issueCommand('save-state', { name }, toCommandValue(value))
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
    return
  }
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), message)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message)
}

/** core.setFailed: an error annotation, and exit code 1 once the step ends. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** core.startGroup: a foldable group in the step log, until endGroup. */
export function startGroup(name: string): void {
  issueCommand('group', {}, name)
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '')
}
