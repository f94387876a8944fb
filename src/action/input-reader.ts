/**
 * Typed access to action inputs that collects every problem instead of stopping at the first, so
 * one run tells the user everything to fix. Bad values are rejected, never clamped.
 */
import { parseDuration } from '../util/duration'
import { InputError, truncate } from '../util/errors'
import type { ActionsCore } from './actions-core'
import { INPUT_DEFAULTS, type InputName } from './input-names'

export class InputReader {
  private readonly problems: InputError[] = []

  constructor(private readonly core: ActionsCore) {}

  /** Every problem found so far. */
  get errors(): readonly InputError[] {
    return this.problems
  }

  /** Records a problem found by the caller (a combination of inputs, say). */
  reject(name: string, message: string): void {
    this.problems.push(new InputError(name, message))
  }

  /** The trimmed value, or the action.yml default when the input is empty. */
  text(name: InputName): string {
    return this.core.getInput(name) || defaultOf(name)
  }

  /** The value, or undefined when neither the input nor its default says anything. */
  optional(name: InputName): string | undefined {
    const value = this.text(name)
    return value === '' ? undefined : value
  }

  choice<T extends string>(name: InputName, allowed: readonly T[]): T | undefined {
    const value = this.text(name)
    const match = allowed.find((a) => a === value)
    if (match === undefined) {
      this.reject(name, `expected one of ${allowed.join(', ')}; got '${truncate(value, 40)}'`)
    }
    return match
  }

  /** A whole number in [min, max]. */
  integer(name: InputName, min: number, max: number): number | undefined {
    const value = this.text(name)
    const n = /^\d+$/.test(value) ? Number(value) : NaN
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      this.reject(
        name,
        `expected a whole number from ${min} to ${max}; got '${truncate(value, 40)}'`
      )
      return undefined
    }
    return n
  }

  /** A positive duration such as `90s` or `15m`, in milliseconds. */
  duration(name: InputName): number | undefined {
    const value = this.text(name)
    const ms = parseDuration(value)
    if (ms === undefined || ms <= 0) {
      this.reject(
        name,
        `expected a positive duration like '30s', '15m' or '1h30m'; got '${truncate(value, 40)}'`
      )
      return undefined
    }
    return ms
  }

  /** A YAML 1.2 boolean; `yes`, `on` and friends are rejected rather than read as false. */
  boolean(name: InputName): boolean | undefined {
    if (this.core.getInput(name) === '') return defaultOf(name) === 'true'
    try {
      return this.core.getBooleanInput(name)
    } catch {
      this.reject(name, `expected true or false; got '${truncate(this.core.getInput(name), 40)}'`)
      return undefined
    }
  }

  /** Non-empty lines, trimmed; `#` starts a comment line. */
  lines(name: InputName): readonly string[] {
    return this.text(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
  }
}

function defaultOf(name: InputName): string {
  const value: string = INPUT_DEFAULTS[name]
  // Expression defaults (github.token) only mean something to the runner.
  return value.startsWith('${{') ? '' : value
}
