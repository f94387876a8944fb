/**
 * Typed access to the inputs only the action has (the shared ones are read through the settings
 * table, gate/read-settings.ts), collecting every problem instead of stopping at the first, so one
 * run tells the user everything to fix. Bad values are rejected, never clamped.
 */
import { choice, lines, type SettingParser } from '../gate/setting-parsers'
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

  /** A value read by one of the settings table's parsers, so it is worded as the shared settings are. */
  parse<T>(name: InputName, parser: SettingParser<T>): T | undefined {
    const parsed = parser(this.text(name), { cwd: '', nameOf: (key) => key })
    if (parsed.ok) return parsed.value
    this.reject(name, parsed.message)
    return undefined
  }

  choice<T extends string>(name: InputName, allowed: readonly T[]): T | undefined {
    return this.parse(name, choice(allowed))
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
    return lines(this.text(name))
  }
}

function defaultOf(name: InputName): string {
  const value: string = INPUT_DEFAULTS[name]
  // Expression defaults (github.token) only mean something to the runner.
  return value.startsWith('${{') ? '' : value
}
